/// A homogeneous absorber: what the shower, the track lengths and the production cross sections need.
///
/// Values from the PDG "Atomic and nuclear properties of materials" tables.
public struct Material: Sendable, Hashable, Codable {
    /// Short identifier, e.g. "lead".
    public var name: String
    /// Atomic number (effective, for a compound, only where a single nucleus is meaningful).
    public var atomicNumber: Double
    /// Atomic mass [g/mol].
    public var atomicMassGramsPerMole: Double
    /// Density [g/cm³].
    public var densityGramsPerCm3: Double
    /// Radiation length [g/cm²].
    public var radiationLengthGramsPerCm2: Double
    /// Minimum-ionisation stopping power [MeV cm²/g] (used as the continuous ionisation loss).
    public var minimumIonizationMeVCm2PerGram: Double

    /// Memberwise initialiser.
    public init(
        name: String, atomicNumber: Double, atomicMassGramsPerMole: Double, densityGramsPerCm3: Double,
        radiationLengthGramsPerCm2: Double, minimumIonizationMeVCm2PerGram: Double
    ) {
        self.name = name
        self.atomicNumber = atomicNumber
        self.atomicMassGramsPerMole = atomicMassGramsPerMole
        self.densityGramsPerCm3 = densityGramsPerCm3
        self.radiationLengthGramsPerCm2 = radiationLengthGramsPerCm2
        self.minimumIonizationMeVCm2PerGram = minimumIonizationMeVCm2PerGram
    }

    /// Radiation length [cm].
    public var radiationLengthCm: Double { radiationLengthGramsPerCm2 / densityGramsPerCm3 }
    /// Atoms per cm³: ρ N_A / A.
    public var atomsPerCm3: Double { densityGramsPerCm3 * PhysicalConstants.avogadro / atomicMassGramsPerMole }
    /// Continuous ionisation loss [GeV/cm] at minimum ionisation.
    public var ionizationLossGeVPerCm: Double { minimumIonizationMeVCm2PerGram * densityGramsPerCm3 * 1e-3 }

    /// Lead (PDG: Z = 82, A = 207.2, ρ = 11.35 g/cm³, X₀ = 6.37 g/cm² = 0.5612 cm, dE/dx_min = 1.122 MeV cm²/g).
    public static let lead = Material(
        name: "lead", atomicNumber: 82, atomicMassGramsPerMole: 207.2, densityGramsPerCm3: 11.35,
        radiationLengthGramsPerCm2: 6.37, minimumIonizationMeVCm2PerGram: 1.122)

    /// Plastic scintillator, polyvinyltoluene base (PDG: ρ = 1.032 g/cm³, X₀ = 43.83 g/cm² = 42.47 cm,
    /// dE/dx_min = 1.956 MeV cm²/g). docs/PHYSICS.md §0 quotes polystyrene's X₀ = 43.79 g/cm² with this
    /// density; the two differ by 0.1 %, below anything the figures resolve. Z and A are the
    /// electron-weighted effective values of C₉H₁₀ (Z/A = 0.54141).
    public static let plasticScintillator = Material(
        name: "scintillator", atomicNumber: 5.6, atomicMassGramsPerMole: 10.34, densityGramsPerCm3: 1.032,
        radiationLengthGramsPerCm2: 43.83, minimumIonizationMeVCm2PerGram: 1.956)
}

/// The materials the NA64-e yield counts Z′ production on (docs/PHYSICS.md §10).
///
/// Radiative production: lead nuclei only (n_Pb is the exposure's target density; strahlung on a nucleus goes as
/// Z², so the scintillator's carbon, Z² = 36 against 6724, adds 0.1 % per unit track length and is neglected).
/// Resonant annihilation: every electron of the ECAL, in lead and in the scintillator (`ResonantTarget`).
public enum YieldTarget {
    /// Lead.
    public static let material = Material.lead
    /// The atomic-electron momentum distribution of the target's shells (docs/PHYSICS.md §6).
    public static let atomicMotionKernel = AtomicMotionKernel.lead
    /// The scintillator of the ECAL's sampling layers.
    public static let scintillator = Material.plasticScintillator
    /// Its electrons' momentum distribution, per C₉H₁₀ molecule.
    public static let scintillatorKernel = AtomicMotionKernel.polyvinyltoluene
}

/// One material whose atomic electrons the positrons of the shower annihilate on (docs/PHYSICS.md §6, §10).
///
/// The yield is written per lead atom (N = N_EOT κ n_Pb [...]), so a material enters I_res with weight
/// `electronsPerLeadAtom` = n_e(material)/n_Pb, its own positron track lengths and, with atomic motion, its own
/// shells' kernel (whose E₊-integral is normalised per electron).
public struct ResonantTarget: Sendable {
    /// The material's name (`lead`, `scintillator`: the track-length tallies' spelling).
    public let name: String
    /// T±(E) in this material [cm/GeV per primary].
    public let trackLengths: TrackLengthHistogram
    /// Electrons per cm³ of the material over lead atoms per cm³ (82 for lead itself).
    public let electronsPerLeadAtom: Double
    /// The atomic-motion kernel of the material's atoms or molecules.
    public let kernel: AtomicMotionKernel

    /// A target from its parts.
    public init(name: String, trackLengths: TrackLengthHistogram, electronsPerLeadAtom: Double, kernel: AtomicMotionKernel) {
        self.name = name
        self.trackLengths = trackLengths
        self.electronsPerLeadAtom = electronsPerLeadAtom
        self.kernel = kernel
    }

    /// The lead of the ECAL with its track lengths.
    public static func lead(_ trackLengths: TrackLengthHistogram) -> ResonantTarget {
        ResonantTarget(
            name: YieldTarget.material.name, trackLengths: trackLengths,
            electronsPerLeadAtom: YieldTarget.material.atomicNumber, kernel: YieldTarget.atomicMotionKernel)
    }

    /// The scintillator of the ECAL with its track lengths: n_e = ρ N_A (Z/A) (PDG Z/A = 0.54141 for polyvinyltoluene,
    /// `Material.plasticScintillator`), 3.37×10²³ cm⁻³ against lead's 2.70×10²⁴: 12.4 % of lead's electrons per cm.
    public static func scintillator(_ trackLengths: TrackLengthHistogram) -> ResonantTarget {
        let material = YieldTarget.scintillator
        return ResonantTarget(
            name: material.name, trackLengths: trackLengths,
            electronsPerLeadAtom: material.atomsPerCm3 * material.atomicNumber / YieldTarget.material.atomsPerCm3,
            kernel: YieldTarget.scintillatorKernel)
    }
}

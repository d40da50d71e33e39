import Foundation

/// One slab of a layered target: a material and its thickness along the beam.
public struct TargetLayer: Sendable, Hashable, Codable {
    /// The absorber.
    public var material: Material
    /// Thickness along the beam [cm].
    public var thicknessCm: Double

    /// A slab of `thicknessCm` of `material`.
    public init(material: Material, thicknessCm: Double) {
        self.material = material
        self.thicknessCm = thicknessCm
    }
}

/// A longitudinal target: a period of layers repeated `repetitions` times.
public struct TargetGeometry: Sendable, Hashable, Codable {
    /// One period, front to back.
    public var period: [TargetLayer]
    /// How many times the period is stacked.
    public var repetitions: Int

    /// `repetitions` copies of `period`.
    public init(period: [TargetLayer], repetitions: Int) {
        self.period = period
        self.repetitions = repetitions
    }

    /// The NA64-e ECAL (docs/PHYSICS.md §8): 150 × (1.5 mm lead + 1.5 mm plastic scintillator), 40.0 X₀.
    public static let na64ElectromagneticCalorimeter = TargetGeometry(
        period: [
            TargetLayer(material: .lead, thicknessCm: 0.15),
            TargetLayer(material: .plasticScintillator, thicknessCm: 0.15)
        ],
        repetitions: 150)

    /// A single homogeneous slab.
    public static func homogeneous(_ material: Material, thicknessCm: Double) -> TargetGeometry {
        TargetGeometry(period: [TargetLayer(material: material, thicknessCm: thicknessCm)], repetitions: 1)
    }

    /// Total thickness [cm].
    public var thicknessCm: Double { Double(repetitions) * period.reduce(0) { $0 + $1.thicknessCm } }

    /// Total thickness in radiation lengths.
    public var thicknessInRadiationLengths: Double {
        Double(repetitions) * period.reduce(0) { $0 + $1.thicknessCm / $1.material.radiationLengthCm }
    }

    /// The distinct materials in order of first appearance (the order of the tallies).
    public var materials: [Material] {
        var seen: [Material] = []
        for layer in period where !seen.contains(layer.material) { seen.append(layer.material) }
        return seen
    }
}

/// The charge of a shower particle, which selects the T₋ or T₊ tally.
public enum LeptonCharge: String, Sendable, Hashable, Codable, CaseIterable {
    /// e⁻: tallied in T₋.
    case electron
    /// e⁺: tallied in T₊.
    case positron
}

/// Logarithmically spaced energy bins, optionally with the top bin refined toward the upper edge E_max.
///
/// The refinement resolves the beam energy: a primary keeps E ≈ E₀ until its first hard emission, so T(E) piles up
/// within the soft-photon and ionisation loss of E₀, inside the top logarithmic bin. With `topBinCount` k > 1 that bin,
/// [e, E_max], is replaced by k − 1 bins uniform in ln(E_max − E) from E_max − e down to `topResolutionGeV`, and a last
/// bin [E_max − topResolutionGeV, E_max].
public struct LogarithmicEnergyBinning: Sendable, Hashable, Codable {
    /// Lower edge of the first bin [GeV].
    public var minimumGeV: Double
    /// Upper edge of the last bin [GeV].
    public var maximumGeV: Double
    /// Number of logarithmic bins (before the top one is refined).
    public var binCount: Int
    /// Bins the top logarithmic bin is split into (1: not refined).
    public var topBinCount: Int
    /// Width of the last bin [GeV]; used when `topBinCount` > 1, and then below the top logarithmic bin's width.
    public var topResolutionGeV: Double
    /// Where the split region starts [GeV], if not at the top logarithmic bin's lower edge (logarithmic edges at or above it
    /// are dropped); lets a finer logarithmic grid keep the same split region, for convergence checks.
    public var topFromGeV: Double?

    /// `binCount` bins equally spaced in ln E between `minimumGeV` and `maximumGeV`, the top one refined
    /// into `topBinCount` bins down to `topResolutionGeV` from `maximumGeV`.
    public init(
        minimumGeV: Double, maximumGeV: Double, binCount: Int, topBinCount: Int = 1, topResolutionGeV: Double = 0,
        topFromGeV: Double? = nil
    ) {
        self.topFromGeV = topFromGeV
        self.minimumGeV = minimumGeV
        self.maximumGeV = maximumGeV
        self.binCount = binCount
        self.topBinCount = topBinCount
        self.topResolutionGeV = topResolutionGeV
    }

    /// The number of bins after the refinement.
    public var totalBinCount: Int { edgesGeV.count - 1 }

    /// The totalBinCount + 1 edges [GeV], strictly increasing; the last edge is exactly `maximumGeV`.
    public var edgesGeV: [Double] {
        let logarithmic = LogarithmicGrid(from: minimumGeV, to: maximumGeV, count: binCount + 1, evaluation: .exponentOfStep).points
        guard topBinCount > 1 else { return logarithmic }
        let kept = topFromGeV.map { from in logarithmic.prefix { $0 < from * (1 - 1e-12) } } ?? logarithmic[..<(binCount - 1)]
        let lower = topFromGeV ?? logarithmic[binCount - 1], span = maximumGeV - lower
        precondition(topResolutionGeV > 0 && topResolutionGeV < span, "the top resolution must be inside the top bin")
        let ratio = topResolutionGeV / span
        let top = (1..<topBinCount).map { j in maximumGeV - span * pow(ratio, Double(j) / Double(topBinCount - 1)) }
        return Array(kept) + [lower] + top + [maximumGeV]
    }
}

/// Everything that defines a cascade Monte Carlo run (docs/PHYSICS.md §8, method 1).
public struct CascadeParameters: Sendable, Hashable, Codable {
    /// The target.
    public var geometry: TargetGeometry
    /// The beam particle (an electron or a positron).
    public var beamParticle: LeptonCharge
    /// Beam energy E₀ [GeV].
    public var beamEnergyGeV: Double
    /// Number of showers.
    public var showerCount: Int
    /// Seed of the random streams (one stream per shower).
    public var seed: UInt64
    /// Particles below this energy stop and deposit it [GeV].
    public var energyCutGeV: Double
    /// Photons below this energy are not produced; their energy is a continuous loss [GeV].
    public var softPhotonCutGeV: Double
    /// Continuous ionisation loss on (at the PDG minimum-ionisation rate of each material).
    public var ionizationEnabled: Bool
    /// The tally bins.
    public var binning: LogarithmicEnergyBinning

    /// A run; the defaults are the NA64-e ECAL with a 100 GeV electron beam and 0.5 GeV cuts.
    public init(
        geometry: TargetGeometry = .na64ElectromagneticCalorimeter,
        beamParticle: LeptonCharge = .electron,
        beamEnergyGeV: Double = 100,
        showerCount: Int = 100_000,
        seed: UInt64 = 1,
        energyCutGeV: Double = 0.5,
        softPhotonCutGeV: Double = 0.5,
        ionizationEnabled: Bool = true,
        binning: LogarithmicEnergyBinning = LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 100)
    ) {
        self.geometry = geometry
        self.beamParticle = beamParticle
        self.beamEnergyGeV = beamEnergyGeV
        self.showerCount = showerCount
        self.seed = seed
        self.energyCutGeV = energyCutGeV
        self.softPhotonCutGeV = softPhotonCutGeV
        self.ionizationEnabled = ionizationEnabled
        self.binning = binning
    }
}

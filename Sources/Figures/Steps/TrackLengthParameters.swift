import Physics

/// The parameters of the `track-lengths` step, decoded from figures.yaml (docs/STEPS.md, docs/PHYSICS.md §8).
struct TrackLengthParameters: Codable, Sendable {
    /// How T±(E) is obtained: the three methods of docs/PHYSICS.md §8.
    enum Method: String, Codable, Sendable {
        /// Method 1: the cascade Monte Carlo in the layered target.
        case monteCarlo = "monte-carlo"
        /// Method 2: Rossi's Approximation A with Tsai's b, homogeneous medium.
        case approximationA = "approximation-a"
        /// Method 3: an imported table (dataset input `table`).
        case table
    }

    /// One slab of the target period, as written in figures.yaml.
    struct Layer: Codable, Sendable {
        /// `lead` or `scintillator`.
        var material: String
        /// Thickness along the beam [cm].
        var thickness_cm: Double
    }

    /// The method.
    var method: Method = .monteCarlo
    /// The beam particle: `electron` or `positron`.
    var beam: LeptonCharge = .electron
    /// Beam energy E₀ [GeV].
    var beam_energy_GeV: Double = 100
    /// One period of the target, front to back (default: the NA64-e ECAL cell, docs/PHYSICS.md §8).
    var layers: [Layer] = [Layer(material: "lead", thickness_cm: 0.15), Layer(material: "scintillator", thickness_cm: 0.15)]
    /// How many times the period is stacked.
    var repetitions: Int = 150
    /// Number of Monte Carlo showers.
    var showers: Int = 100_000
    /// Seed of the per-shower random streams.
    var seed: UInt64 = 1
    /// Particles below this energy stop [GeV] (docs/PHYSICS.md §8: ≤ 0.5 GeV).
    var energy_cut_GeV: Double = 0.5
    /// Photons below this energy are a continuous loss [GeV].
    var soft_photon_cut_GeV: Double = 0.5
    /// Continuous ionisation loss on (off reproduces Approximation A's assumptions).
    var ionization: Bool = true
    /// Lower edge of the first energy bin [GeV].
    var energy_min_GeV: Double = 0.5
    /// Upper edge of the last energy bin [GeV]; nil means the beam energy.
    var energy_max_GeV: Double?
    /// Number of logarithmic energy bins.
    var energy_bins: Int = 100

    init() {}
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self()
        method = try c.decodeIfPresent(Method.self, forKey: .method) ?? d.method
        beam = try c.decodeIfPresent(LeptonCharge.self, forKey: .beam) ?? d.beam
        beam_energy_GeV = try c.decodeIfPresent(Double.self, forKey: .beam_energy_GeV) ?? d.beam_energy_GeV
        layers = try c.decodeIfPresent([Layer].self, forKey: .layers) ?? d.layers
        repetitions = try c.decodeIfPresent(Int.self, forKey: .repetitions) ?? d.repetitions
        showers = try c.decodeIfPresent(Int.self, forKey: .showers) ?? d.showers
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? d.seed
        energy_cut_GeV = try c.decodeIfPresent(Double.self, forKey: .energy_cut_GeV) ?? d.energy_cut_GeV
        soft_photon_cut_GeV = try c.decodeIfPresent(Double.self, forKey: .soft_photon_cut_GeV) ?? d.soft_photon_cut_GeV
        ionization = try c.decodeIfPresent(Bool.self, forKey: .ionization) ?? d.ionization
        energy_min_GeV = try c.decodeIfPresent(Double.self, forKey: .energy_min_GeV) ?? d.energy_min_GeV
        energy_max_GeV = try c.decodeIfPresent(Double.self, forKey: .energy_max_GeV)
        energy_bins = try c.decodeIfPresent(Int.self, forKey: .energy_bins) ?? d.energy_bins
    }

    /// The materials this step knows, by their figures.yaml names (the `Material.name`s).
    static let knownMaterials: [Material] = [.lead, .plasticScintillator]

    /// The upper edge of the binning [GeV].
    var energyMaximumGeV: Double { energy_max_GeV ?? beam_energy_GeV }

    /// The target geometry; nil if a layer names an unknown material (reported by `validate`).
    var geometry: TargetGeometry? {
        var period: [TargetLayer] = []
        for layer in layers {
            guard let material = Self.knownMaterials.first(where: { $0.name == layer.material }) else { return nil }
            period.append(TargetLayer(material: material, thicknessCm: layer.thickness_cm))
        }
        return TargetGeometry(period: period, repetitions: repetitions)
    }

    /// The energy bins.
    var binning: LogarithmicEnergyBinning {
        LogarithmicEnergyBinning(minimumGeV: energy_min_GeV, maximumGeV: energyMaximumGeV, binCount: energy_bins)
    }

    /// The cascade Monte Carlo run these parameters describe (method 1).
    func cascadeParameters(geometry: TargetGeometry) -> CascadeParameters {
        CascadeParameters(geometry: geometry, beamParticle: beam, beamEnergyGeV: beam_energy_GeV, showerCount: showers,
                          seed: seed, energyCutGeV: energy_cut_GeV, softPhotonCutGeV: soft_photon_cut_GeV,
                          ionizationEnabled: ionization, binning: binning)
    }

    /// The first problem with the parameters, or nil.
    func problem() -> String? {
        if !(beam_energy_GeV > 0 && beam_energy_GeV.isFinite) { return "beam_energy_GeV: expected a positive number" }
        if !(energy_min_GeV > 0 && energyMaximumGeV > energy_min_GeV) { return "expected 0 < energy_min_GeV < energy_max_GeV" }
        if energyMaximumGeV > beam_energy_GeV { return "energy_max_GeV: expected at most beam_energy_GeV (\(beam_energy_GeV))" }
        if energy_bins < 1 || energy_bins > 100_000 { return "energy_bins: expected 1 to 100000" }
        if method == .table { return nil }
        if layers.isEmpty { return "layers: expected at least one layer" }
        for layer in layers {
            if !Self.knownMaterials.contains(where: { $0.name == layer.material }) {
                return "layers: unknown material '\(layer.material)'; known: \(Self.knownMaterials.map(\.name).joined(separator: ", "))"
            }
            if !(layer.thickness_cm > 0 && layer.thickness_cm.isFinite) { return "layers: thickness_cm must be positive" }
        }
        if repetitions < 1 { return "repetitions: expected at least 1" }
        switch method {
        case .monteCarlo:
            if showers < 2 || showers > 100_000_000 { return "showers: expected 2 to 100000000 (errors need two showers)" }
            if !(energy_cut_GeV > 0 && energy_cut_GeV < beam_energy_GeV) { return "energy_cut_GeV: expected between 0 and beam_energy_GeV" }
            if !(soft_photon_cut_GeV > 0 && soft_photon_cut_GeV < beam_energy_GeV) { return "soft_photon_cut_GeV: expected between 0 and beam_energy_GeV" }
        case .approximationA:
            if Set(layers.map(\.material)).count != 1 {
                return "approximation-a is for a homogeneous medium: all layers must be of one material"
            }
        case .table:
            break
        }
        return nil
    }
}

import BuildEngine
import Physics
import DataFormats

/// The parameters of the `track-lengths` step, decoded from figures.yaml (docs/STEPS.md, docs/PHYSICS.md §8).
struct TrackLengthParameters: ParameterSet {
    /// How T±(E) is obtained: the three methods of docs/PHYSICS.md §8.
    enum Method: String, ParameterChoice, CaseIterable {
        /// Method 1: the cascade Monte Carlo in the layered target.
        case monteCarlo = "monte-carlo"
        /// Method 2: Rossi's Approximation A with Tsai's b, homogeneous medium.
        case approximationA = "approximation-a"
        /// Method 3: an imported table (dataset input `table`).
        case table
    }

    /// One slab of the target period, as written in figures.yaml.
    struct Layer: ParameterSet {
        var material: String
        var thickness_cm: Double

        /// Both keys are required: the values here are placeholders that are never used.
        static let defaults = Layer(material: "lead", thickness_cm: 1)
        static let blockName = "layer block"
        static let parameterDocs: [ParameterDoc] = [
            .required("material", "`lead` or `scintillator`"),
            .required("thickness_cm", unit: "cm", "thickness along the beam, > 0")
        ]
    }

    var method: Method = .monteCarlo
    var beam: LeptonCharge = TrackLengthParameters.standard.beamParticle
    var beam_energy_GeV: Double = TrackLengthParameters.standard.beamEnergyGeV
    var layers: [Layer] = TrackLengthParameters.standard.geometry.period.map {
        Layer(material: $0.material.name, thickness_cm: $0.thicknessCm)
    }
    var repetitions: Int = TrackLengthParameters.standard.geometry.repetitions
    var showers: Int = TrackLengthParameters.standard.showerCount
    var seed: UInt64 = TrackLengthParameters.standard.seed
    var energy_cut_GeV: Double = TrackLengthParameters.standard.energyCutGeV
    var soft_photon_cut_GeV: Double = TrackLengthParameters.standard.softPhotonCutGeV
    var ionization: Bool = TrackLengthParameters.standard.ionizationEnabled
    var energy_min_GeV: Double = TrackLengthParameters.standard.binning.minimumGeV
    var energy_max_GeV: Double?
    var energy_bins: Int = TrackLengthParameters.standard.binning.binCount
    var energy_top_bins: Int = TrackLengthParameters.standard.binning.topBinCount
    var energy_top_resolution_GeV: Double?
    var energy_top_from_GeV: Double?

    /// The Physics module's standard run (the NA64-e ECAL, a 100 GeV electron beam, 0.5 GeV cuts): the defaults.
    private static let standard = CascadeParameters()
    static let defaults = TrackLengthParameters()
    static let parameterDocs: [ParameterDoc] = [
        ParameterDoc(
            "method",
            "`monte-carlo` (cascade MC in the layered target), `approximation-a` (Rossi's Approximation A with"
                + " Tsai's b, homogeneous medium, depth-integrated), `table` (import the dataset input `table`)"),
        ParameterDoc("beam", "the beam particle"),
        ParameterDoc("beam_energy_GeV", unit: "GeV", "beam energy E₀, > 0 and ≤ 1000 GeV (the cascade's time grows with E₀)"),
        ParameterDoc("layers", "one period of the target, front to back (default: the NA64-e ECAL cell, PHYSICS.md §8)"),
        ParameterDoc("repetitions", unit: "1", "how many times the period is stacked"),
        ParameterDoc("showers", unit: "1", "Monte Carlo showers, 2 to 10⁸ (errors need two)"),
        ParameterDoc("seed", "seed of the per-shower random streams"),
        ParameterDoc("energy_cut_GeV", unit: "GeV", "particles below it stop and deposit their energy (PHYSICS.md §8: ≤ 0.5 GeV)"),
        ParameterDoc("soft_photon_cut_GeV", unit: "GeV", "photons below it are not produced; their energy is a continuous loss"),
        ParameterDoc("ionization", "continuous ionisation loss on (false reproduces Approximation A's assumptions)"),
        ParameterDoc("energy_min_GeV", unit: "GeV", "lower edge of the first energy bin"),
        .optional("energy_max_GeV", unit: "GeV", "upper edge of the last energy bin, ≤ E₀", whenAbsent: "the beam energy E₀"),
        ParameterDoc("energy_bins", unit: "1", "number of logarithmic energy bins, 1 to 100000"),
        ParameterDoc(
            "energy_top_bins", unit: "1",
            "bins the top logarithmic bin is split into, uniform in ln(E_max − E) toward E_max (1: not split; PHYSICS.md §8)"),
        .optional(
            "energy_top_resolution_GeV", unit: "GeV", "width of the last bin, below E_max, when energy_top_bins > 1",
            whenAbsent: "required when energy_top_bins > 1"),
        .optional(
            "energy_top_from_GeV", unit: "GeV", "lower edge of the split region (for convergence checks with finer bins)",
            whenAbsent: "the top logarithmic bin's lower edge")
    ]

    /// The largest beam energy accepted [GeV]: ten times the SPS beams the papers use, and a bound on the
    /// number of particles a shower holds.
    static let maximumBeamEnergyGeV = 1000.0

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
        LogarithmicEnergyBinning(
            minimumGeV: energy_min_GeV, maximumGeV: energyMaximumGeV, binCount: energy_bins, topBinCount: energy_top_bins,
            topResolutionGeV: energy_top_resolution_GeV ?? 0, topFromGeV: energy_top_from_GeV)
    }

    /// The cascade Monte Carlo run these parameters describe (method 1).
    func cascadeParameters(geometry: TargetGeometry) -> CascadeParameters {
        CascadeParameters(
            geometry: geometry, beamParticle: beam, beamEnergyGeV: beam_energy_GeV, showerCount: showers,
            seed: seed, energyCutGeV: energy_cut_GeV, softPhotonCutGeV: soft_photon_cut_GeV,
            ionizationEnabled: ionization, binning: binning)
    }

    /// The first problem with the parameters, or nil.
    func problem() -> String? {
        // The cascade's work grows with E₀ / energy_cut_GeV: the bound keeps every run finite in time.
        if !(beam_energy_GeV > 0 && beam_energy_GeV <= Self.maximumBeamEnergyGeV) {
            return "beam_energy_GeV: expected a number greater than 0 and at most \(Int(Self.maximumBeamEnergyGeV))"
        }
        if !(energy_min_GeV > 0 && energyMaximumGeV > energy_min_GeV) { return "expected 0 < energy_min_GeV < energy_max_GeV" }
        if energyMaximumGeV > beam_energy_GeV { return "energy_max_GeV: expected at most beam_energy_GeV (\(beam_energy_GeV))" }
        if energy_bins < 1 || energy_bins > 100_000 { return "energy_bins: expected 1 to 100000" }
        if let problem = topBinProblem() { return problem }
        if method == .table { return nil }
        if layers.isEmpty { return "layers: expected at least one layer" }
        for (index, layer) in layers.enumerated() {
            if !Self.knownMaterials.contains(where: { $0.name == layer.material }) {
                let names = Self.knownMaterials.map { "'\($0.name)'" }.joined(separator: ", ")
                return "layers[\(index)].material: expected one of \(names)"
            }
            if !(layer.thickness_cm > 0 && layer.thickness_cm.isFinite) {
                return "layers[\(index)].thickness_cm: expected a number greater than 0"
            }
        }
        if repetitions < 1 { return "repetitions: expected at least 1" }
        switch method {
        case .monteCarlo:
            if showers < 2 || showers > 100_000_000 { return "showers: expected 2 to 100000000 (errors need two showers)" }
            if !(energy_cut_GeV > 0 && energy_cut_GeV < beam_energy_GeV) { return "energy_cut_GeV: expected between 0 and beam_energy_GeV" }
            if !(soft_photon_cut_GeV > 0 && soft_photon_cut_GeV < beam_energy_GeV) {
                return "soft_photon_cut_GeV: expected between 0 and beam_energy_GeV"
            }
        case .approximationA:
            if Set(layers.map(\.material)).count != 1 {
                return "approximation-a is for a homogeneous medium: all layers must be of one material"
            }
        case .table:
            break
        }
        return nil
    }

    /// The problem with `energy_top_bins` / `energy_top_resolution_GeV`, or nil.
    private func topBinProblem() -> String? {
        if energy_top_bins < 1 || energy_top_bins > 1000 { return "energy_top_bins: expected 1 to 1000" }
        guard energy_top_bins > 1 else { return nil }
        let plain = LogarithmicEnergyBinning(minimumGeV: energy_min_GeV, maximumGeV: energyMaximumGeV, binCount: energy_bins)
        if let from = energy_top_from_GeV, !(from > energy_min_GeV && from < energyMaximumGeV) {
            return "energy_top_from_GeV: expected a number between energy_min_GeV and the upper edge"
        }
        let topWidth = energyMaximumGeV - (energy_top_from_GeV ?? plain.edgesGeV[energy_bins - 1])
        guard let resolution = energy_top_resolution_GeV, resolution > 0, resolution < topWidth else {
            return "energy_top_resolution_GeV: expected a number greater than 0 and below the top bin's width"
                + " (\(canonicalNumber(topWidth)) GeV) when energy_top_bins > 1"
        }
        return nil
    }
}

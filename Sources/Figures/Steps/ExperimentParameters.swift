import BuildEngine
import Physics

/// One NA64-e data set or projection as figures.yaml declares it: exposure, beam and event counts (docs/PHYSICS.md §10).
struct ExperimentParameters: ParameterSet, Hashable {
    /// The beam lepton, which fixes the track-length input: the primary sits in T₋ for e⁻, in T₊ for e⁺.
    enum Beam: String, ParameterChoice, Hashable, CaseIterable {
        case electron
        case positron

        /// Input role holding the track lengths of this beam.
        var trackLengthRole: String {
            switch self {
            case .electron: "track-lengths-e-minus"
            case .positron: "track-lengths-e-plus"
            }
        }
    }

    var name: String
    var eot: Double
    var kappa: Double = 0.5
    var beam: Beam = .electron
    var observed_events: Int = 0
    var background_events: Double = 0
    var background_relative_uncertainty: Double = 0
    /// σ_B in events; when given it replaces `background_relative_uncertainty`.
    var background_uncertainty_events: Double?
    var signal_relative_uncertainty: Double = 0
    /// E_ECAL^thr sampled over run periods: the yield's spread over them joins `signal_relative_uncertainty` in quadrature.
    var ecal_thresholds: [ThresholdSampleParameters] = []
    /// The step's `method` for this experiment's curves when absent.
    var method: LimitsStep.Method?

    /// An experiment with the given name and exposure, other fields at their defaults.
    init(name: String, eot: Double) {
        self.name = name
        self.eot = eot
    }

    /// `name` and `eot` are required: their values here are placeholders that are never used.
    static let defaults = ExperimentParameters(name: "experiment", eot: 1)
    static let blockName = "experiment block"
    static let parameterDocs: [ParameterDoc] = [
        .required("name", "curve name (artifact prefix), e.g. `na64e-2016-2022`; no '/'"),
        .required("eot", unit: "1", "electrons (or positrons) on target"),
        ParameterDoc("kappa", unit: "1", "overall signal efficiency κ, in (0, 1] (PHYSICS.md §9; cancels in the ratio method)"),
        ParameterDoc("beam", "the beam lepton, which picks the track-length input"),
        ParameterDoc("observed_events", unit: "events", "observed events n_obs"),
        ParameterDoc("background_events", unit: "events", "expected background B"),
        ParameterDoc("background_relative_uncertainty", unit: "1", "relative uncertainty σ_B/B"),
        .optional(
            "background_uncertainty_events", unit: "events", "σ_B (the letters quote B = 0.3 ± 0.2)",
            whenAbsent: "B × `background_relative_uncertainty`"),
        ParameterDoc("signal_relative_uncertainty", unit: "1", "relative uncertainty on the signal expectation"),
        ParameterDoc(
            "ecal_thresholds",
            "E_ECAL^thr by run period (`{threshold_GeV, weight}`): r_s(m) = √(r_s² + r_thr(m)²), r_thr the σ/mean of the"
                + " yield over them; the central yield stays at the efficiency's threshold; empty: no sampling"),
        .optional(
            "method", "`absolute` or `ratio` for this experiment's curves (e.g. the 2016–2018 data by the ratio method)",
            whenAbsent: "the step's `method`")
    ]

    /// N_EOT, κ and the atom density of the yield target (lead in the NA64 ECAL, docs/PHYSICS.md §10).
    var exposure: Exposure {
        Exposure(particlesOnTarget: eot, overallEfficiency: kappa, targetAtomsPerCm3: YieldTarget.material.atomsPerCm3)
    }

    /// The counting experiment whose N_up the absolute method solves for.
    func eventUpperLimit(confidenceLevel: Double, method: UpperLimitMethod) -> EventUpperLimit {
        EventUpperLimit(
            observedEvents: observed_events, expectedBackground: background_events,
            relativeBackgroundUncertainty: backgroundRelativeUncertainty,
            relativeSignalUncertainty: signal_relative_uncertainty,
            confidenceLevel: confidenceLevel, method: method)
    }

    /// σ_B/B (0 without background).
    var backgroundRelativeUncertainty: Double {
        guard let absolute = background_uncertainty_events else { return background_relative_uncertainty }
        return background_events > 0 ? absolute / background_events : 0
    }

    /// A message for the first unphysical field, `KEY: expected …` (the caller prefixes the block's key
    /// path, so that the message is located at the key), or nil.
    var problem: String? {
        if name.isEmpty || name.contains("/") { return "name: expected a non-empty name without '/'" }
        if !(eot > 0 && eot.isFinite) { return "eot: expected a number greater than 0 (eot must be positive)" }
        if !(kappa > 0 && kappa <= 1) { return "kappa: expected a number in (0, 1]" }
        if observed_events < 0 { return "observed_events: expected a number ≥ 0" }
        if !(background_events >= 0 && background_events.isFinite) { return "background_events: expected a number ≥ 0" }
        if !(background_relative_uncertainty >= 0) { return "background_relative_uncertainty: expected a number ≥ 0" }
        if !(signal_relative_uncertainty >= 0) { return "signal_relative_uncertainty: expected a number ≥ 0" }
        if !((background_uncertainty_events ?? 0) >= 0) { return "background_uncertainty_events: expected a number ≥ 0" }
        return thresholdProblem
    }
}

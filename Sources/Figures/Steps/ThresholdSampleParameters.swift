import BuildEngine
import Physics

/// One sampled ECAL threshold E_ECAL^thr of an experiment with its weight (e.g. a run period's EOT), docs/PHYSICS.md §10.
struct ThresholdSampleParameters: ParameterSet, Hashable {
    var threshold_GeV: Double
    var weight: Double = 1

    /// A sample at `thresholdGeV` with weight `weight`.
    init(threshold_GeV: Double, weight: Double = 1) {
        self.threshold_GeV = threshold_GeV
        self.weight = weight
    }

    /// `threshold_GeV` is required: its value here is a placeholder that is never used.
    static let defaults = ThresholdSampleParameters(threshold_GeV: 50)
    static let blockName = "threshold sample"
    static let parameterDocs: [ParameterDoc] = [
        .required("threshold_GeV", unit: "GeV", "the ECAL threshold E_ECAL^thr of a run period (or a quadrature node), > 0"),
        ParameterDoc("weight", unit: "1", "its weight (the period's EOT, any normalisation), ≥ 0")
    ]

    /// `KEY: expected …` for the first unphysical field, or nil.
    var problem: String? {
        if !(threshold_GeV > 0 && threshold_GeV.isFinite) { return "threshold_GeV: expected a number greater than 0" }
        if !(weight >= 0 && weight.isFinite) { return "weight: expected a number ≥ 0" }
        return nil
    }
}

extension ExperimentParameters {
    /// The distribution of E_ECAL^thr, or nil when the experiment samples none (r_s is then its own alone).
    var thresholdDistribution: ThresholdDistribution? {
        guard !ecal_thresholds.isEmpty else { return nil }
        return ThresholdDistribution(thresholdsGeV: ecal_thresholds.map(\.threshold_GeV), weights: ecal_thresholds.map(\.weight))
    }

    /// `ecal_thresholds…: expected …` for the first bad sample, or nil.
    var thresholdProblem: String? {
        for (index, sample) in ecal_thresholds.enumerated() {
            if let problem = sample.problem { return "ecal_thresholds[\(index)].\(problem)" }
        }
        if !ecal_thresholds.isEmpty && !(ecal_thresholds.reduce(0) { $0 + $1.weight } > 0) {
            return "ecal_thresholds: expected at least one positive weight"
        }
        return nil
    }

    /// This experiment with the relative signal uncertainty r_s = `relativeSignalUncertainty`.
    func withSignalUncertainty(_ relativeSignalUncertainty: Double) -> ExperimentParameters {
        var experiment = self
        experiment.signal_relative_uncertainty = relativeSignalUncertainty
        return experiment
    }
}

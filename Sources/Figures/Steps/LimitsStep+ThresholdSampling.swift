import Foundation
import Physics
import BuildEngine
import DataFormats

extension LimitsStep {
    /// Sampling E_ECAL^thr (docs/PHYSICS.md §10): the yield calculators of the sampled thresholds, one per distinct
    /// (beam, threshold) among the experiments' `ecal_thresholds` other than the efficiency table's own threshold, whose
    /// integrals are the nominal ones. η at each threshold is the efficiency model of the table (Physics) moved to it.
    struct ThresholdSamplingPlan: Sendable {
        /// One sampled threshold of one beam.
        struct Sample: Sendable {
            let beam: ExperimentParameters.Beam
            let thresholdGeV: Double
            let calculator: YieldIntegralCalculator
        }

        /// The efficiency table's threshold: the central yield's.
        let nominalThresholdGeV: Double
        let samples: [Sample]

        /// No sampling (no experiment lists `ecal_thresholds`).
        init() {
            nominalThresholdGeV = .nan
            samples = []
        }

        /// The samples that `p`'s experiments need, with `makeCalculator` building a beam's calculator for an efficiency.
        init(
            _ p: Parameters, efficiencyData: Data, source: String,
            makeCalculator: (ExperimentParameters.Beam, TabulatedEfficiency) throws -> YieldIntegralCalculator
        ) throws {
            let (model, grid) = try YieldInputTables.efficiencyModel(efficiencyData, source: source)
            nominalThresholdGeV = model.thresholdGeV
            var seen = Set<String>()
            var samples: [Sample] = []
            for experiment in p.experiments {
                for threshold in experiment.ecal_thresholds.map(\.threshold_GeV) where threshold != model.thresholdGeV {
                    guard threshold < model.beamEnergyGeV else {
                        throw StepFailure(
                            "experiment '\(experiment.name)': ecal_thresholds has \(canonicalNumber(threshold)) GeV, at or above "
                                + "the beam energy \(canonicalNumber(model.beamEnergyGeV)) GeV of input 'efficiency'")
                    }
                    guard seen.insert("\(experiment.beam.rawValue) \(threshold)").inserted else { continue }
                    let efficiency = model.withThreshold(threshold).tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV)
                    samples.append(
                        Sample(beam: experiment.beam, thresholdGeV: threshold, calculator: try makeCalculator(experiment.beam, efficiency)))
                }
            }
            self.samples = samples
        }

        /// r_thr of `experiment` at one mass: the spread of its yield over its thresholds, from the nominal integrals of
        /// its beam and the samples' totals at that mass (the yield is (I_rad + I_res) × the same factor at every
        /// threshold, so the spread depends on neither the coupling nor the scenario); nil without sampling.
        func thresholdSpread(
            of experiment: ExperimentParameters, nominal: PerUnitYieldIntegrals, sampledTotals: [Double]
        ) -> Double? {
            guard let distribution = experiment.thresholdDistribution else { return nil }
            let yields = distribution.thresholdsGeV.map { threshold -> Double in
                if threshold == nominalThresholdGeV { return nominal.radiativeCm3 + nominal.resonantCm3 }
                let index = samples.firstIndex { $0.beam == experiment.beam && $0.thresholdGeV == threshold }!
                return sampledTotals[index]
            }
            return distribution.relativeSpread(of: yields)
        }
    }

    /// What sets N_up for one experiment: a number, or for a sampling experiment N_up(r_thr) on its nodes.
    enum UpperLimitRule: Sendable {
        case fixed(Double)
        case sampled(SignalUncertaintyLimitCurve)
    }

    /// N_up for every experiment in order: a fixed value, or for an experiment that samples E_ECAL^thr, the curve
    /// N_up(r_thr) on the nodes covering its largest r_thr(m) (`spreads[e]`, one per mass), with r_s = √(r₀² + r_thr²)
    /// and r₀ its `signal_relative_uncertainty`. Toys run in parallel (each node with the same seed); results in order.
    static func upperLimitRules(
        _ p: Parameters, settings: EventLimitSettings, spreads: [[Double]?], masses: [Double]
    ) throws -> [UpperLimitRule] {
        struct Job: Sendable {
            let experiment: Int
            let spread: Double?
        }
        var jobs: [Job] = []
        for (index, experiment) in p.experiments.enumerated() {
            guard let spread = spreads[index] else {
                jobs.append(Job(experiment: index, spread: nil))
                continue
            }
            let largest = spread.max() ?? 0
            guard let nodes = SignalUncertaintyLimitCurve.nodes(covering: largest) else {
                let mass = masses[spread.firstIndex(of: largest) ?? 0]
                throw StepFailure(
                    "experiment '\(experiment.name)': sampling the ECAL threshold spreads the yield by r_thr = "
                        + "\(canonicalNumber(largest)) at m = \(canonicalNumber(mass)) GeV, beyond the largest tabulated "
                        + "\(canonicalNumber(SignalUncertaintyLimitCurve.candidateNodes.last!)) (no upper limit exists there)")
            }
            jobs += nodes.map { Job(experiment: index, spread: $0) }
        }
        let experiments = p.experiments, method = p.method, allJobs = jobs
        let results: [Result<Double, StepFailure>] = OrderedParallelMap.map(count: jobs.count) { index in
            let job = allJobs[index]
            var experiment = experiments[job.experiment]
            // The ratio method does not use N_up (NaN, written as such in the table's metadata).
            if (experiment.method ?? method) == .ratio { return .success(.nan) }
            if let spread = job.spread {
                experiment = experiment.withSignalUncertainty(
                    SignalUncertaintyLimitCurve.signalUncertainty(base: experiment.signal_relative_uncertainty, thresholdSpread: spread))
            }
            do { return .success(try experiment.upperLimitEvents(settings)) } catch {
                let at = job.spread.map { _ in " at r_s = \(canonicalNumber(experiment.signal_relative_uncertainty))" } ?? ""
                return .failure(StepFailure("experiment '\(experiment.name)': no upper limit on the signal\(at) (\(error))"))
            }
        }
        var rules: [UpperLimitRule] = []
        var cursor = 0
        for index in p.experiments.indices {
            let count = jobs[cursor...].prefix { $0.experiment == index }.count
            let slice = jobs[cursor..<(cursor + count)]
            let values = try results[cursor..<(cursor + count)].map { try $0.get() }
            if slice.first?.spread == nil {
                rules.append(.fixed(values[0]))
            } else {
                rules.append(.sampled(SignalUncertaintyLimitCurve(thresholdSpreads: slice.map { $0.spread! }, upperLimits: values)))
            }
            cursor += count
        }
        return rules
    }

    /// The `EXPERIMENT-signal-uncertainty` table of a sampling experiment: per mass r_thr, r_s and N_up.
    static func signalUncertaintyTable(
        masses: [Double], spreads: [Double], base: Double, curve: SignalUncertaintyLimitCurve, thresholds: [ThresholdSampleParameters]
    ) throws -> Data {
        let nodes = zip(curve.thresholdSpreads, curve.upperLimits).map { "\(canonicalNumber($0)):\(canonicalNumber($1))" }
        return try Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z′ mass", masses),
                .init("threshold_spread", unit: "1", "r_thr: σ/mean of the yield over the ECAL thresholds", spreads),
                .init(
                    "signal_uncertainty", unit: "1", "r_s = sqrt(r0^2 + r_thr^2)",
                    spreads.map { SignalUncertaintyLimitCurve.signalUncertainty(base: base, thresholdSpread: $0) }),
                .init(
                    "upper_limit_events", unit: "events", "N_up at r_s (monotone cubic in r_thr between the nodes)",
                    spreads.map { curve.upperLimit(thresholdSpread: $0)! })
            ],
            metadata: [
                (
                    "ecal_thresholds",
                    thresholds.map { "\(canonicalNumber($0.threshold_GeV)) GeV x \(canonicalNumber($0.weight))" }
                        .joined(separator: ", ")
                ),
                ("yield_relative_uncertainty", canonicalNumber(base)),
                ("upper_limit_nodes", nodes.joined(separator: " "))
            ]
        ).encoded()
    }

    /// The artifact name of a sampling experiment's r_thr(m) table.
    static func signalUncertaintyArtifact(_ experiment: ExperimentParameters) -> String {
        experiment.name + "-signal-uncertainty"
    }
    /// Its columns.
    static let signalUncertaintyColumns = ["m_GeV", "threshold_spread", "signal_uncertainty", "upper_limit_events"]
}

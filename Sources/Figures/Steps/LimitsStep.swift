import Foundation
import Physics
import BuildEngine
import DataFormats

/// `limits`: 90 % CL upper limits g_up(m_Z′) for every experiment × scenario (docs/PHYSICS.md §10).
///
/// Per mass, the coupling-independent integrals I_rad, I_res are computed once per beam and shared by all
/// experiments and scenarios; the width iteration of `CouplingLimitSolver` then only rescales them.
/// Outputs: one `LimitCurveTable` per curve, named EXPERIMENT + scenario suffix (e.g. `na64e-2016-2022`,
/// `na64e-2016-2022-alpha-d-0.1`), columns m_GeV, g_limit, iterations; masses without
/// sensitivity (or outside the external curve, for the ratio method) have no row. A mass where the
/// width iteration does not converge fails the step, naming the curve and the mass. An experiment with
/// `ecal_thresholds` also gets `EXPERIMENT-signal-uncertainty` (m_GeV, threshold_spread, signal_uncertainty,
/// upper_limit_events): its N_up follows r_s(m) = √(r₀² + r_thr(m)²) (docs/PHYSICS.md §10). Output `yield-integrals`
/// (`YieldIntegralTable`): the per-mass integrals of every beam, which a `yields` step reads through its input `integrals`.
struct LimitsStep: StepKind {
    /// How g_up is obtained from the yield (docs/PHYSICS.md §10).
    enum Method: String, ParameterChoice, Hashable, CaseIterable {
        /// Solve N(g) = N_up.
        case absolute
        /// g_up² = ε_up(m)² I_A′/(I_Z′(g)/g²) against the external dark-photon limit (input `dark-photon-limit`).
        case ratio
    }

    struct Parameters: ParameterSet {
        var experiments: [ExperimentParameters] = []
        var scenarios: [ScenarioParameters] = [.vanilla]
        var method: Method = .absolute
        var confidence_level: Double = 0.9
        var upper_limit_method: EventLimitChoice = .profileLikelihood
        var profile_likelihood_distribution: ProfileLikelihoodDistributionChoice = .hybridToys
        var profile_likelihood_criterion: ProfileLikelihoodCriterionChoice = .signalPlusBackground
        var toys: Int = 10_000
        var toy_seed: Int = 1
        var threshold_sampling_stride: Int = 3
        var atomic_motion: Bool = true
        var scintillator_electrons: Bool = true
        var approximation: StrahlungChoice = .etl
        var mass_min_GeV: Double = MassGridParameters().mass_min_GeV
        var mass_max_GeV: Double = MassGridParameters().mass_max_GeV
        var points_per_decade: Int = MassGridParameters().points_per_decade
        var resonance_points: Int = MassGridParameters().resonance_points
        var bend_points: Int = MassGridParameters().bend_points

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] =
            [
                .required("experiments", "the data sets and projections; every experiment gets every scenario"),
                ParameterDoc("scenarios", "the Z′ scenarios"),
                ParameterDoc(
                    "method",
                    "`absolute`: N(g) = N_up; `ratio`: g² = ε_up² I_A′/(I_Z′/g²) against `dark-photon-limit`"
                        + " (normalisations cancel, so it describes the exposure that produced ε_up, whatever `eot` says)"),
                ParameterDoc("confidence_level", unit: "1", "CL of N_up, in (0, 1)"),
                ParameterDoc(
                    "upper_limit_method",
                    "N_up from the one-sided profile-likelihood test q̃_μ (the 2024 letters), CL_s or `classical` Poisson"
                        + " (Cousins–Highland), with the experiment's background and systematics"),
                ParameterDoc(
                    "profile_likelihood_distribution",
                    "distribution of q̃_μ: `toys` (frequentist), `asymptotic` (Asimov; far off at n = 0) or `hybrid-toys`"),
                ParameterDoc("profile_likelihood_criterion", "p_{s+b} = 1 − CL (`signal-plus-background`) or CL_s = 1 − CL"),
                ParameterDoc(
                    "toys", unit: "1",
                    "toy experiments per p-value, 100 to 10⁶ (10⁴: N_up to ±0.03 events, about ±0.7 % on g)"),
                ParameterDoc("toy_seed", unit: "1", "seed of the toys' random streams, ≥ 0"),
                ParameterDoc(
                    "threshold_sampling_stride", unit: "1",
                    "yields at an experiment's `ecal_thresholds` at every k-th grid mass (and the last), r_thr linear in m"
                        + " between: k times cheaper; 1 to 100")
            ] + MassGridParameters.sharedDocs

        var massGrid: MassGridParameters {
            MassGridParameters(
                mass_min_GeV: mass_min_GeV, mass_max_GeV: mass_max_GeV, points_per_decade: points_per_decade,
                resonance_points: resonance_points, bend_points: bend_points)
        }
    }

    static let name = "limits"
    static let summary = "90% CL limits g_up(m_Z′) per experiment × scenario, absolute or ratio method (PHYSICS.md §10)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs = ["efficiency"]
    static let optionalInputs = ["track-lengths-e-minus", "track-lengths-e-plus", "dark-photon-limit", YieldInputTables.kFactorRole]

    static func validate(_ p: Parameters) -> String? {
        if p.experiments.isEmpty { return "experiments: expected at least one" }
        if p.scenarios.isEmpty { return "scenarios: expected at least one" }
        if let problem = p.massGrid.problem { return problem }
        if !(p.confidence_level > 0 && p.confidence_level < 1) { return "confidence_level: expected 0 < CL < 1" }
        if p.toys < 100 || p.toys > 1_000_000 { return "toys: expected 100 to 1000000" }
        if p.toy_seed < 0 { return "toy_seed: expected ≥ 0" }
        if !(1...100).contains(p.threshold_sampling_stride) { return "threshold_sampling_stride: expected 1 to 100" }
        for (index, experiment) in p.experiments.enumerated() {
            if let problem = experiment.problem { return "experiments[\(index)].\(problem)" }
            if !experiment.ecal_thresholds.isEmpty && (experiment.method ?? p.method) == .ratio {
                return "experiments[\(index)].ecal_thresholds: expected none with the ratio method (it does not use N_up)"
            }
        }
        for (index, scenario) in p.scenarios.enumerated() {
            if let problem = scenario.problem { return "scenarios[\(index)].\(problem)" }
        }
        let names =
            p.experiments.flatMap { experiment in p.scenarios.map { experiment.name + $0.suffix } }
            + p.experiments.filter { !$0.ecal_thresholds.isEmpty }.map(signalUncertaintyArtifact)
        if Set(names).count != names.count { return "two curves share a name (experiment name + scenario suffix must be unique)" }
        if names.contains(YieldIntegralSharing.artifactName) {
            return "a curve is named '\(YieldIntegralSharing.artifactName)', the name of the step's table of yield integrals"
        }
        return nil
    }

    /// One curve being filled: its experiment, scenario and N_up (fixed, or per mass from r_thr(m)).
    struct Curve: Sendable {
        let name: String
        let experiment: ExperimentParameters
        let scenario: ScenarioParameters
        let upperLimit: UpperLimitRule
        /// r_thr per grid mass for an experiment that samples E_ECAL^thr.
        let thresholdSpreads: [Double]?

        /// N_up at grid mass `index`.
        func upperLimitEvents(atMassIndex index: Int) -> Double {
            switch upperLimit {
            case .fixed(let value): value
            case .sampled(let curve): curve.upperLimit(thresholdSpread: thresholdSpreads![index])!
            }
        }

        /// How the table's metadata states N_up.
        var upperLimitDescription: String {
            switch upperLimit {
            case .fixed(let value): value.isNaN ? "unused (ratio method)" : canonicalNumber(value)
            case .sampled:
                "per mass, at r_s = sqrt(r0^2 + r_thr(m)^2) (table \(LimitsStep.signalUncertaintyArtifact(experiment)))"
            }
        }
    }

    /// The integrals at one mass: per beam at the nominal threshold, and I_rad + I_res per sampled threshold.
    struct MassIntegrals: Sendable {
        let nominal: [ExperimentParameters.Beam: PerUnitYieldIntegrals]
        /// Nil at the masses the threshold sampling skips (`threshold_sampling_stride`).
        let sampledTotals: [Double]?
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        DeclaredOutputs(
            p.experiments.flatMap { experiment in
                p.scenarios.map { DeclaredOutputs.Output(name: experiment.name + $0.suffix, columns: LimitCurveTable.columnNames) }
            }
                + p.experiments.filter { !$0.ecal_thresholds.isEmpty }.map {
                    DeclaredOutputs.Output(name: signalUncertaintyArtifact($0), columns: signalUncertaintyColumns)
                }
                + [
                    DeclaredOutputs.Output(
                        name: YieldIntegralSharing.artifactName,
                        columns: YieldIntegralTable.columnNames(beams: beams(of: p).map(\.rawValue)))
                ])
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let efficiency = try YieldInputTables.efficiency(inputs.data("efficiency"), source: inputs.sources["efficiency"] ?? "efficiency")
        let kFactors = try YieldInputTables.exactTreeLevelFactors(
            p.approximation, inputs: inputs, massRangeGeV: p.mass_min_GeV, p.mass_max_GeV)
        let beams = beams(of: p)
        var calculators: [ExperimentParameters.Beam: YieldIntegralCalculator] = [:]
        for beam in beams {
            let role = beam.trackLengthRole
            guard inputs.artifacts[role] != nil else { throw StepFailure("a \(beam.rawValue) experiment needs input '\(role)'") }
            calculators[beam] = try YieldInputTables.calculator(
                trackLengthData: inputs.data(role), source: inputs.sources[role] ?? role, efficiency: efficiency,
                approximation: p.approximation.approximation, atomicMotion: p.atomic_motion,
                scintillatorElectrons: p.scintillator_electrons, exactTreeLevelFactors: kFactors)
        }
        let usesRatio = p.experiments.contains { ($0.method ?? p.method) == .ratio }
        let darkPhotonLimit: [DarkPhotonLimitCurve]? = usesRatio ? try darkPhotonCurves(inputs) : nil

        let settings = EventLimitSettings(
            choice: p.upper_limit_method, confidenceLevel: p.confidence_level, distribution: p.profile_likelihood_distribution,
            criterion: p.profile_likelihood_criterion, toys: p.toys, toySeed: UInt64(p.toy_seed))
        let sampling =
            p.experiments.contains { !$0.ecal_thresholds.isEmpty }
            ? try ThresholdSamplingPlan(p, efficiencyData: inputs.data("efficiency"), source: inputs.sources["efficiency"] ?? "efficiency")
            {
                beam, sampledEfficiency in
                try YieldInputTables.calculator(
                    trackLengthData: inputs.data(beam.trackLengthRole),
                    source: inputs.sources[beam.trackLengthRole] ?? beam.trackLengthRole,
                    efficiency: sampledEfficiency, approximation: p.approximation.approximation, atomicMotion: p.atomic_motion,
                    scintillatorElectrons: p.scintillator_electrons, exactTreeLevelFactors: kFactors)
            } : ThresholdSamplingPlan()

        // The grid is shared by all curves: the union over beams of their resonance windows.
        let grid = resonanceResolvingMassGrid(
            fromGeV: p.mass_min_GeV, toGeV: p.mass_max_GeV, pointsPerDecade: p.points_per_decade,
            resonancePoints: p.resonance_points, trackLengths: calculators.values.map(\.trackLengths),
            lowestSignalEnergyGeV: efficiency.lowestEnergy(aboveFractionOfMaximum: MassGridParameters.negligibleEfficiency),
            bendPoints: p.bend_points)

        // Per mass, the integrals of every beam at the nominal threshold and I_rad + I_res at each sampled threshold.
        let calculatorList = beams.map { calculators[$0]! }
        let progress = context.reportProgress
        let perMass: [MassIntegrals] = OrderedParallelMap.map(count: grid.count, progress: progress) { index in
            let mass = grid[index]
            let sampled = index % p.threshold_sampling_stride == 0 || index == grid.count - 1
            // Every integral of this mass in one call, which does the work they share once (the same numbers).
            let all = YieldIntegralCalculator.integrals(
                massGeV: mass, calculators: calculatorList + (sampled ? sampling.samples.map(\.calculator) : []))
            return MassIntegrals(
                nominal: Dictionary(uniqueKeysWithValues: zip(beams, all)),
                sampledTotals: sampled ? all.dropFirst(beams.count).map { $0.radiativeCm3 + $0.resonantCm3 } : nil)
        }
        // r_thr(m) of the experiments that sample E_ECAL^thr, then N_up (per experiment, or on r_thr nodes).
        let spreads: [[Double]?] = p.experiments.map { experiment in
            guard experiment.thresholdDistribution != nil else { return nil }
            let sampledIndices = perMass.indices.filter { perMass[$0].sampledTotals != nil }
            let computed = sampledIndices.map {
                sampling.thresholdSpread(
                    of: experiment, nominal: perMass[$0].nominal[experiment.beam]!, sampledTotals: perMass[$0].sampledTotals!)!
            }
            guard sampledIndices.count >= 2 else { return computed }
            let line = LinearInterpolator(x: sampledIndices.map { grid[$0] }, y: computed)
            return grid.map { line($0)! }
        }
        let rules = try upperLimitRules(p, settings: settings, spreads: spreads, masses: grid)
        let curves: [Curve] = zip(p.experiments.indices, rules).flatMap { index, rule in
            p.scenarios.map { scenario in
                Curve(
                    name: p.experiments[index].name + scenario.suffix, experiment: p.experiments[index], scenario: scenario,
                    upperLimit: rule, thresholdSpreads: spreads[index])
            }
        }

        let rows: [[Result<CouplingLimit?, CouplingLimitError>]] = OrderedParallelMap.map(count: grid.count) { index in
            let mass = grid[index]
            let epsilon = darkPhotonLimit.flatMap { YieldLimit.strongestEpsilon(of: $0, atMassGeV: mass) }
            return curves.map { curve in
                let method: YieldLimitMethod =
                    (curve.experiment.method ?? p.method) == .absolute
                    ? .absolute(exposure: curve.experiment.exposure, upperLimitEvents: curve.upperLimitEvents(atMassIndex: index))
                    : .ratio(darkPhotonEpsilon: epsilon)
                return Result { () throws(CouplingLimitError) -> CouplingLimit? in
                    try YieldLimit.coupling(integrals: perMass[index].nominal[curve.experiment.beam]!, method: method) { g in
                        curve.scenario.piSquaredTimesBranching(massGeV: mass, coupling: g)
                    }
                }
            }
        }

        var artifacts: [Artifact] = []
        for (curveIndex, curve) in curves.enumerated() {
            var masses: [Double] = [], couplings: [Double] = [], iterations: [Int] = []
            for (index, mass) in grid.enumerated() {
                // A mass without sensitivity (N(g) = 0, or no external limit for the ratio method) is a gap, as
                // documented. A width iteration that does not converge is a numerical failure, not a gap: left
                // out silently it would draw a published limit with a hole nobody can tell from a real one, so
                // the step fails, naming the curve and the mass (the first one in mass order, so the message is
                // the same whatever the thread count).
                let result: CouplingLimit?
                switch rows[index][curveIndex] {
                case .success(let value): result = value
                case .failure(let error): throw StepFailure(nonConvergenceMessage(curve: curve.name, massGeV: mass, error: error))
                }
                guard let result else { continue }
                masses.append(mass)
                couplings.append(result.coupling)
                iterations.append(result.iterations)
            }
            let table = LimitCurveTable(
                massesGeV: masses, couplingLimits: couplings, iterations: iterations,
                confidenceLevel: canonicalNumber(p.confidence_level),
                metadata: [
                    ("experiment", curve.experiment.name), ("scenario", curve.scenario.name),
                    ("method", (curve.experiment.method ?? p.method).rawValue), ("upper_limit_method", p.upper_limit_method.rawValue),
                    ("upper_limit_events", curve.upperLimitDescription),
                    ("atomic_motion", p.atomic_motion ? "on" : "off"), ("approximation", p.approximation.rawValue),
                    ("annihilation_targets", p.scintillator_electrons ? "lead, scintillator" : "lead")
                ])
            artifacts.append(Artifact(name: curve.name, data: try table.encoded()))
        }
        for (experiment, spread) in zip(p.experiments, spreads) {
            guard let spread, let rule = curves.first(where: { $0.experiment == experiment })?.upperLimit,
                case .sampled(let curve) = rule
            else { continue }
            artifacts.append(
                Artifact(
                    name: signalUncertaintyArtifact(experiment),
                    data: try signalUncertaintyTable(
                        masses: grid, spreads: spread, base: experiment.signal_relative_uncertainty, curve: curve,
                        thresholds: experiment.ecal_thresholds)))
        }
        let integralTable = YieldIntegralSharing.table(
            massesGeV: grid, beams: beams, perMass: perMass.map { masses in beams.map { masses.nominal[$0]! } },
            settings: YieldIntegralSharing.settings(
                approximation: p.approximation, atomicMotion: p.atomic_motion, scintillatorElectrons: p.scintillator_electrons,
                massGrid: p.massGrid))
        artifacts.append(Artifact(name: YieldIntegralSharing.artifactName, data: try integralTable.encoded()))
        return artifacts
    }

    /// The experiments' beams, in name order (the order of the integrals' columns).
    static func beams(of p: Parameters) -> [ExperimentParameters.Beam] {
        Array(Set(p.experiments.map(\.beam))).sorted { $0.rawValue < $1.rawValue }
    }

    /// The failure of a curve whose width iteration did not converge at one mass.
    static func nonConvergenceMessage(curve: String, massGeV: Double, error: CouplingLimitError) -> String {
        let detail: String
        switch error {
        case .notConverged(let last, let iterations):
            detail = "the width iteration did not converge in \(iterations) iterations (last g = \(canonicalNumber(last)))"
        case .noSensitivity(let coupling):
            detail = "no sensitivity at g = \(canonicalNumber(coupling))"
        }
        return "curve '\(curve)' at m = \(canonicalNumber(massGeV)) GeV: \(detail); "
            + "no limit can be given there (narrow the mass range or report the case)"
    }

    /// ε_up(m) segments of the external dark-photon limit (input `dark-photon-limit`).
    static func darkPhotonCurves(_ inputs: StepInputs) throws -> [DarkPhotonLimitCurve] {
        let role = "dark-photon-limit"
        guard let outputs = inputs.artifacts[role], let data = outputs.values.first, outputs.count == 1 else {
            throw StepFailure("method 'ratio' needs input '\(role)' (an external dark-photon limit dataset)")
        }
        let source = inputs.sources[role] ?? role
        guard let text = String(data: data, encoding: .utf8) else { throw StepFailure("\(source): not UTF-8 text") }
        let dataset: ExternalLimitDataset
        do { dataset = try ExternalLimitDatasetParser.parse(text: text, file: source) } catch { throw StepFailure("\(error)") }
        return dataset.segments.filter { $0.massesInGeV.count >= 2 }.map {
            DarkPhotonLimitCurve(massesGeV: $0.massesInGeV, epsilons: $0.couplings)
        }
    }
}

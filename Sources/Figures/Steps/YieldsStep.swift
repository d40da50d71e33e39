import Foundation
import Physics
import BuildEngine
import DataFormats

/// `yields`: expected signal events of one experiment vs m_Z′ at a fixed coupling, split into the
/// radiative (strahlung) and resonant (e⁺e⁻ annihilation) terms (docs/PHYSICS.md §10).
///
/// The coupling-independent integrals come either from input `integrals` (a `limits` step's `yield-integrals`, computed
/// there with the same settings: checked) or are computed here from the track lengths and the efficiency.
/// Output `table`: a `YieldTable` (m_GeV, radiative, resonant, total [events], resonant_fraction).
struct YieldsStep: StepKind {
    struct Parameters: ParameterSet {
        var experiment: ExperimentParameters = ExperimentParameters(name: "na64e-2016-2022", eot: 9.1e11)
        var scenario: ScenarioParameters = .vanilla
        var coupling: Double = 1e-3
        var atomic_motion: Bool = true
        var scintillator_electrons: Bool = true
        var approximation: StrahlungChoice = .etl
        var mass_min_GeV: Double = MassGridParameters().mass_min_GeV
        var mass_max_GeV: Double = MassGridParameters().mass_max_GeV
        var points_per_decade: Int = MassGridParameters().points_per_decade
        var resonance_points: Int = MassGridParameters().resonance_points
        var bend_points: Int = MassGridParameters().bend_points

        /// `experiment` is required: its value here is a placeholder that is never used.
        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] =
            [
                .required("experiment", "the data set (exposure, beam)"),
                ParameterDoc("scenario", "the Z′ scenario"),
                ParameterDoc("coupling", unit: "1", "g_Z′ at which the events are counted, in (0, 1)")
            ] + MassGridParameters.sharedDocs

        var massGrid: MassGridParameters {
            MassGridParameters(
                mass_min_GeV: mass_min_GeV, mass_max_GeV: mass_max_GeV, points_per_decade: points_per_decade,
                resonance_points: resonance_points, bend_points: bend_points)
        }
    }

    static let name = "yields"
    static let summary = "expected signal events vs m_Z′ at fixed g, radiative and resonant (PHYSICS.md §10)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []
    static let optionalInputs = [
        "efficiency", "track-lengths-e-minus", "track-lengths-e-plus", YieldInputTables.kFactorRole, YieldIntegralSharing.role
    ]

    static func validate(_ p: Parameters) -> String? {
        if let problem = p.massGrid.problem { return problem }
        if let problem = p.experiment.problem { return "experiment.\(problem)" }
        if let problem = p.scenario.problem { return "scenario.\(problem)" }
        if !(p.coupling > 0 && p.coupling < 1) { return "coupling: expected 0 < g < 1" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: YieldTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let settings = YieldIntegralSharing.settings(
            approximation: p.approximation, atomicMotion: p.atomic_motion, scintillatorElectrons: p.scintillator_electrons,
            massGrid: p.massGrid)
        let (grid, integrals) =
            inputs.artifacts[YieldIntegralSharing.role] != nil
            ? try YieldIntegralSharing.read(inputs, beam: p.experiment.beam, settings: settings)
            : try computedIntegrals(p, inputs: inputs, context: context)
        let exposure = p.experiment.exposure
        let events = grid.indices.map { index in
            let strength = p.scenario.piSquaredTimesBranching(massGeV: grid[index], coupling: p.coupling)
            return integrals[index].events(exposure: exposure, piSquaredTimesBranching: strength)
        }
        let table = YieldTable(
            massesGeV: grid, radiativeEvents: events.map(\.radiative), resonantEvents: events.map(\.resonant),
            metadata: [
                ("experiment", p.experiment.name), ("scenario", p.scenario.name),
                ("coupling", canonicalNumber(p.coupling)), ("eot", canonicalNumber(p.experiment.eot)),
                ("kappa", canonicalNumber(p.experiment.kappa)), ("atomic_motion", p.atomic_motion ? "on" : "off"),
                ("approximation", p.approximation.rawValue),
                ("annihilation_targets", p.scintillator_electrons ? "lead, scintillator" : "lead")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }

    /// The masses and integrals computed from the track lengths, the efficiency and K(m) (without input `integrals`).
    static func computedIntegrals(
        _ p: Parameters, inputs: StepInputs, context: StepContext
    ) throws -> (massesGeV: [Double], integrals: [PerUnitYieldIntegrals]) {
        guard inputs.artifacts["efficiency"] != nil else {
            throw StepFailure("needs input 'efficiency' (with the beam's track lengths), or input '\(YieldIntegralSharing.role)'")
        }
        let efficiency = try YieldInputTables.efficiency(inputs.data("efficiency"), source: inputs.sources["efficiency"] ?? "efficiency")
        let kFactors = try YieldInputTables.exactTreeLevelFactors(
            p.approximation, inputs: inputs, massRangeGeV: p.mass_min_GeV, p.mass_max_GeV)
        let role = p.experiment.beam.trackLengthRole
        guard inputs.artifacts[role] != nil else { throw StepFailure("a \(p.experiment.beam.rawValue) beam needs input '\(role)'") }
        let calculator = try YieldInputTables.calculator(
            trackLengthData: inputs.data(role), source: inputs.sources[role] ?? role, efficiency: efficiency,
            approximation: p.approximation.approximation, atomicMotion: p.atomic_motion,
            scintillatorElectrons: p.scintillator_electrons, exactTreeLevelFactors: kFactors)
        let grid = resonanceResolvingMassGrid(
            fromGeV: p.mass_min_GeV, toGeV: p.mass_max_GeV, pointsPerDecade: p.points_per_decade,
            resonancePoints: p.resonance_points, trackLengths: calculator.trackLengths,
            lowestSignalEnergyGeV: efficiency.lowestEnergy(aboveFractionOfMaximum: MassGridParameters.negligibleEfficiency),
            bendPoints: p.bend_points)
        let integrals = OrderedParallelMap.map(count: grid.count, progress: context.reportProgress) {
            calculator.integrals(massGeV: grid[$0])
        }
        return (grid, integrals)
    }
}

import Foundation
import Testing
import TestSupport
import Physics
@testable import Figures
@testable import BuildEngine
@testable import DataFormats

/// The recast step kinds: parameter decoding, the table against the Physics curve, the dataset file.
@Suite("Recast steps")
struct RecastStepTests {
    /// Parses a one-step configuration with the project's kinds.
    func project(_ steps: String) throws -> Project {
        try Project.parse(
            text: "version: 1\nsteps:\n" + steps, rootDirectory: "/p", configFile: "figures.yaml",
            registry: ProjectKinds.registry)
    }

    /// The configuration error of a one-step configuration, or "no error".
    func message(_ steps: String) -> String {
        do {
            _ = try project(steps)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    /// Runs step `name` of a one-step configuration and returns its artifacts by name.
    func run(_ steps: String, name: String) throws -> [String: Data] {
        let node = try #require(try project(steps).nodes[name])
        let artifacts = try node.step.run(StepInputs(artifacts: [:], sources: [:]), StepContext(stepName: name))
        return Dictionary(uniqueKeysWithValues: artifacts.map { ($0.name, $0.data) })
    }

    // MARK: decoding

    @Test func misspelledKeyIsLocatedAndCorrected() {
        let text = message("  b:\n    kind: recast-borexino\n    params: {delta_chi: 4}\n")
        #expect(text.hasPrefix("figures.yaml:5:14: steps.b.params.delta_chi: unknown key; did you mean 'delta_chi2'?"), "\(text)")
    }

    @Test func wrongTypeIsLocated() {
        #expect(
            message("  n:\n    kind: recast-na64mu\n    params:\n      muons_on_target: many\n")
                == "figures.yaml:6:24: steps.n.params.muons_on_target: expected a number, found 'many'")
    }

    @Test func invertedMassRangeIsRefused() {
        #expect(
            message("  c:\n    kind: recast-ccfr\n    params: {mass_min_GeV: 2, mass_max_GeV: 1}\n")
                == "figures.yaml:5:13: steps.c.params: expected 0 < mass_min_GeV < mass_max_GeV, found 2.0 and 1.0")
    }

    /// The same mass-range check, through every other kind with a mass grid: located at `params`.
    @Test(arguments: ["thermal-target", "averaged-coupling", "muon-g2-band", "strahlung-k-factors"])
    func invertedMassRangeIsRefusedByEveryGridKind(kind: String) {
        let required = kind == "thermal-target" ? "alpha_dark: 0.1, " : ""
        #expect(
            message("  c:\n    kind: \(kind)\n    params: {\(required)mass_min_GeV: 2, mass_max_GeV: 1}\n")
                == "figures.yaml:5:13: steps.c.params: expected 0 < mass_min_GeV < mass_max_GeV")
    }

    @Test func efficiencyTableMustMatchItsMasses() {
        let text = message(
            """
              n:
                kind: recast-na64mu
                params: {efficiency_table_masses_GeV: [0.01, 0.1, 1], efficiency_table_values: [0.1, 0.12]}

            """)
        #expect(
            text.hasSuffix("efficiency_table_masses_GeV has 3 entries and efficiency_table_values 2; expected the same number"), "\(text)")
    }

    /// The dark-scenario keys of the NA64-μ recast: α_D must be positive, and m_Z′/m_χ > 2 so that Z′ → χχ̄ is open.
    @Test func darkScenarioKeysAreChecked() {
        #expect(
            message("  n:\n    kind: recast-na64mu\n    params: {alpha_dark: -0.1}\n")
                == "figures.yaml:5:26: steps.n.params.alpha_dark: expected a positive number, found -0.1")
        #expect(
            message("  n:\n    kind: recast-na64mu\n    params: {alpha_dark: 0.1, mass_ratio: 1.5}\n")
                == "figures.yaml:5:43: steps.n.params.mass_ratio: expected m_Z'/m_chi > 2 (so that Z' -> chi chi is open), found 1.5")
    }

    @Test func ccfrBoundBelowTheStandardModelIsRefused() {
        let text = message(
            "  c:\n    kind: recast-ccfr\n    params: {measured_ratio: 0.2, standard_deviations: 1, measured_ratio_uncertainty: 0.1}\n")
        #expect(text.contains("expected above 1 (the Standard Model), or no coupling is allowed"), "\(text)")
    }

    @Test func defaultsAreThePhysicsDefaults() throws {
        #expect(BorexinoRecastStep.Parameters().physics == .standard)
        #expect(TridentRecastStep.Parameters().physics == .standard)
        #expect(NA64MuonRecastStep.Parameters().physics == .run2022)
        // The grid spans 1 MeV to 1 GeV, dense enough to draw (docs/PHYSICS.md section 12 curves are smooth in log m).
        let grid = RecastMassGridParameters().massesGeV
        #expect(grid.first == 1e-3 && grid.last == 1 && grid.count == 91)
    }

    // MARK: the table is the Physics curve

    /// Checks that the table holds exactly the curve's masses with a limit, and nothing else.
    /// Exact equality: the step calls the same deterministic code, and tables store shortest round-trip decimals.
    func expectTable(_ data: Data?, equals curve: CouplingLimitCurve) throws {
        let table = try Table(decoding: try #require(data))
        let expected = zip(curve.massesGeV, curve.couplingLimits).compactMap { mass, limit in limit.map { (mass, $0) } }
        #expect(try table.column("m_GeV") == expected.map { $0.0 })
        #expect(try table.column("g_limit") == expected.map { $0.1 })
        #expect(!expected.isEmpty)
    }

    @Test func borexinoTableIsThePhysicsCurve() throws {
        let outputs = try run("  borexino:\n    kind: recast-borexino\n    params: {sin2_theta23: 0.55}\n", name: "borexino")
        var parameters = BorexinoParameters.standard
        parameters.oscillation.sin2Theta23 = 0.55
        try expectTable(
            outputs["table"], equals: BorexinoRecast(parameters: parameters).limitCurve(massesGeV: RecastMassGridParameters().massesGeV))
    }

    @Test func ccfrTableIsThePhysicsCurve() throws {
        // A coarse phase-space sampling keeps the test fast; the comparison is exact at any sampling.
        let outputs = try run(
            """
              ccfr:
                kind: recast-ccfr
                params: {invariant_mass_nodes: 6, points_per_node: 64, points_per_decade: 4}

            """, name: "ccfr")
        var parameters = TridentParameters.standard
        parameters.invariantMassNodes = 6
        parameters.pointsPerNode = 64
        let masses = RecastMassGridParameters(pointsPerDecade: 4).massesGeV
        try expectTable(outputs["table"], equals: TridentRecast(parameters: parameters).limitCurve(massesGeV: masses))
    }

    @Test func na64muTableIsThePhysicsCurve() throws {
        let outputs = try run(
            """
              na64mu:
                kind: recast-na64mu
                params: {muons_on_target: 1.0e11, mass_min_GeV: 0.01, points_per_decade: 2}

            """, name: "na64mu")
        let masses = RecastMassGridParameters(massMinimumGeV: 0.01, pointsPerDecade: 2).massesGeV
        try expectTable(outputs["table"], equals: NA64MuonRecast(parameters: .projection1e11).limitCurve(massesGeV: masses))
    }

    // MARK: the dataset file

    @Test func datasetFileParsesBackWithItsProvenance() throws {
        let outputs = try run("  borexino:\n    kind: recast-borexino\n", name: "borexino")
        let text = String(decoding: try #require(outputs["dataset.csv"]), as: UTF8.self)
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "borexino/dataset.csv")
        let table = try Table(decoding: try #require(outputs["table"]))
        #expect(dataset.name == "borexino")
        #expect(dataset.experiment == "Borexino")
        #expect(dataset.model == .lMuLTauAnyDecay)
        #expect(dataset.kind == .upperLimitCurve)
        #expect(dataset.coupling == .gPrime)
        #expect(dataset.confidenceLevel == "90%")
        #expect(dataset.provenance.origin.category == .computed)
        #expect(dataset.provenance.origin.text.hasPrefix("computed by ZPrimePaper, figures.yaml step 'borexino' (kind recast-borexino)"))
        #expect(dataset.provenance.notes.contains("parameter delta_chi2 = 2.71"))
        #expect(dataset.provenance.notes.contains("parameter sin2_theta23 = 0.451"))
        #expect(dataset.segments.count == 1)
        #expect(dataset.segments.flatMap(\.massesInGeV) == (try table.column("m_GeV")))
        #expect(dataset.segments.flatMap(\.couplings) == (try table.column("g_limit")))
    }

    @Test func na64muProjectionSaysItIsAProjection() throws {
        let outputs = try run(
            """
              na64mu-projection-1e11:
                kind: recast-na64mu
                params: {muons_on_target: 1.0e11, projection: true, mass_min_GeV: 0.1, points_per_decade: 2}

            """, name: "na64mu-projection-1e11")
        let text = String(decoding: try #require(outputs["dataset.csv"]), as: UTF8.self)
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "dataset.csv")
        #expect(dataset.name == "na64mu-projection-1e11")
        #expect(dataset.confidenceLevel == "90%")
        #expect(dataset.model == .lMuLTauVanilla)
        #expect(dataset.provenance.notes.first?.hasPrefix("a projection for 1e+11 muons on target") == true)
        #expect(dataset.provenance.notes.contains("parameter muons_on_target = 100000000000.0"))
    }

    @Test func massesWithoutLimitSplitTheDatasetAndAreLeftOutOfTheTable() throws {
        let curve = CouplingLimitCurve(
            massesGeV: [0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008],
            couplingLimits: [1e-3, 2e-3, nil, 3e-3, nil, 4e-3, 5e-3, 6e-3])
        let provenance = BorexinoRecastStep.provenance(BorexinoRecastStep.Parameters())
        let artifacts = try RecastCurveOutput.artifacts(
            curve: curve, stepName: "test_step", kindName: "recast-test",
            provenance: provenance, parameterNotes: ["parameter a = 1"])
        let byName = Dictionary(uniqueKeysWithValues: artifacts.map { ($0.name, $0.data) })
        let table = try Table(decoding: try #require(byName["table"]))
        #expect(try table.column("m_GeV") == [0.001, 0.002, 0.004, 0.006, 0.007, 0.008])
        let dataset = try ExternalLimitDatasetParser.parse(
            text: String(decoding: try #require(byName["dataset.csv"]), as: UTF8.self),
            file: "dataset.csv")
        #expect(dataset.name == "test-step")
        // The lone point at 4 MeV cannot be drawn as a segment: left out of the dataset, and said so.
        #expect(dataset.segments.map(\.massesInGeV) == [[0.001, 0.002], [0.006, 0.007, 0.008]])
        #expect(dataset.provenance.notes.contains("left out: isolated points with no limit at the neighbouring masses, at m = 0.004 GeV"))
        #expect(dataset.provenance.notes.last == "parameter a = 1")
    }

    @Test func aCurveWithoutAnyLimitIsAFailure() {
        let curve = CouplingLimitCurve(massesGeV: [0.001, 0.01], couplingLimits: [nil, nil])
        #expect(
            RecastCurveOutput.noLimitMessage(curve: curve)
                == "the recast sets no limit at any of the 2 masses (0.001 to 0.01 GeV); check the parameters")
        #expect(throws: StepFailure.self) {
            try RecastCurveOutput.artifacts(
                curve: curve, stepName: "s", kindName: "k",
                provenance: BorexinoRecastStep.provenance(BorexinoRecastStep.Parameters()), parameterNotes: [])
        }
    }

    @Test func nonFiniteLimitIsAFailureNotAGap() {
        let curve = CouplingLimitCurve(massesGeV: [0.001, 0.01], couplingLimits: [1e-3, .infinity])
        #expect(throws: StepFailure.self) { try RecastCurveOutput.limitPoints(of: curve) }
    }

    @Test func confidenceLevelsFromTheStatistics() {
        // Δχ² = 2.71 → erf(√1.355) = 0.90004; 1.96 σ two-sided → 0.95000; N_up = 2.3 → 1 − e^−2.3 = 0.89974.
        #expect(RecastCurveOutput.percentText(probability: erf((2.71 / 2).squareRoot())) == "90%")
        #expect(RecastCurveOutput.percentText(probability: erf(1.96 / 2.0.squareRoot())) == "95%")
        #expect(RecastCurveOutput.percentText(probability: 1 - exp(-2.3)) == "90%")
        #expect(RecastCurveOutput.percentText(probability: erf(1 / 2.0.squareRoot())) == "68.3%")
    }

    @Test func datasetNamesAreKebabCase() {
        #expect(RecastCurveOutput.datasetName(forStep: "na64mu-2022") == "na64mu-2022")
        #expect(RecastCurveOutput.datasetName(forStep: "My_Step.v2") == "my-step-v2")
        #expect(RecastCurveOutput.datasetName(forStep: "__") == "recast")
    }

    @Test func projectDeclaresTheRecastSteps() throws {
        let root = Repository.root.path
        let project = try Project.load(rootDirectory: root, registry: ProjectKinds.registry)
        #expect(project.nodes["ccfr"]?.step.kindName == "recast-ccfr")
        #expect(project.nodes["borexino"]?.step.kindName == "recast-borexino")
        #expect(project.nodes["na64mu-2022"]?.step.kindName == "recast-na64mu")
        #expect(project.nodes["na64mu-projection-1e11"]?.step.kindName == "recast-na64mu")
        #expect(project.nodes["na64mu-projection-1e11"]?.step.flatParameters["muons_on_target"] == "100000000000.0")
    }
}

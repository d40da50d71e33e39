import Foundation
import Testing
@testable import Figures
@testable import BuildEngine

/// The kinds document themselves: every parameter has a doc entry, and docs/STEPS.md is their generated text.
@Suite("Step kind documentation")
struct StepKindDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every coding key of every registered kind (nested blocks included) has one ParameterDoc, and every
    /// ParameterDoc names a coding key; only the figure kind keeps its own schema.
    @Test func everyParameterOfEveryKindIsDocumented() throws {
        let registry = ProjectKinds.registry
        #expect(registry.kindNames.count == 20)
        for kind in registry.kindNames {
            let documentation = try #require(registry.documentation(of: kind))
            guard kind != FigureStep.name else {
                #expect(documentation.parameters == nil)
                continue
            }
            let parameters = try #require(documentation.parameters, "kind '\(kind)' has no ParameterSet")
            #expect(!parameters.entries.isEmpty, "kind '\(kind)'")
            #expect(parameters.problems.isEmpty, "kind '\(kind)': \(parameters.problems)")
            for entry in parameters.entries {
                #expect(!entry.meaning.isEmpty && entry.type != "?", "\(kind).\(entry.key)")
            }
        }
    }

    @Test func docsStepsIsTheGeneratedMarkdown() throws {
        let path = Self.packageRoot.appendingPathComponent("docs/STEPS.md").path
        let file = try String(contentsOfFile: path, encoding: .utf8)
        let generated = StepKindsDocument.markdown()
        let firstDifference = zip(
            file.split(separator: "\n", omittingEmptySubsequences: false),
            generated.split(separator: "\n", omittingEmptySubsequences: false)
        )
        .enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            file == generated,
            """
            docs/STEPS.md is out of date (first difference at line \((firstDifference?.offset ?? -1) + 1)); \
            regenerate it with `\(StepKindsDocument.regenerateCommand)`
            """)
    }

    /// The defaults shown are the decoded defaults: a step with no params decodes to the encoded `defaults`.
    @Test func shownDefaultsAreWhatAnEmptyStepDecodesTo() throws {
        let project = try Project.parse(
            text: "version: 1\nsteps:\n  b: {kind: recast-borexino}\n  t: {kind: track-lengths}\n",
            rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
        #expect(project.nodes["b"]?.step.canonicalParameters == (try CanonicalEncoder().encode(BorexinoRecastStep.Parameters.defaults)))
        #expect(project.nodes["t"]?.step.canonicalParameters == (try CanonicalEncoder().encode(TrackLengthParameters.defaults)))
        let schema = try #require(ProjectKinds.registry.documentation(of: "track-lengths")?.parameters)
        #expect(schema.entries.first { $0.key == "showers" }?.defaultText == "100000")
        #expect(schema.entries.first { $0.key == "energy_max_GeV" }?.defaultText == "absent: the beam energy E₀")
    }
}

/// Golden messages for bad parameters of the project's kinds: file:line:col, key path, what was expected and found.
@Suite("Step parameter errors")
struct StepParameterErrorTests {
    func message(_ steps: String) -> String {
        do {
            _ = try Project.parse(
                text: "version: 1\nsteps:\n" + steps, rootDirectory: "/p", configFile: "figures.yaml",
                registry: ProjectKinds.registry)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func unknownKeySuggestsTheClosestAndListsTheKnownOnes() {
        #expect(
            message("  g2:\n    kind: muon-g2-band\n    params: {sigma_a_m: 6e-10}\n") == """
                figures.yaml:5:14: steps.g2.params.sigma_a_m: unknown key; did you mean 'sigma_a_mu'? \
                (expected one of: delta_a_mu, discrepancy, mass_max_GeV, mass_min_GeV, points, sigma_a_mu, standard_deviations)
                """)
    }

    @Test func wrongTypeSaysWhatWasExpectedAndFound() {
        #expect(
            message("  tl:\n    kind: track-lengths\n    params:\n      showers: many\n")
                == "figures.yaml:6:16: steps.tl.params.showers: expected an integer, found 'many'")
        #expect(
            message("  tl:\n    kind: track-lengths\n    params:\n      layers: [{material: lead, thickness_cm: thin}]\n")
                == "figures.yaml:6:47: steps.tl.params.layers[0].thickness_cm: expected a number, found 'thin'")
    }

    @Test func wrongChoiceListsTheChoices() {
        #expect(
            message("  tl:\n    kind: track-lengths\n    params: {method: geant4}\n") == """
                figures.yaml:5:22: steps.tl.params.method: expected one of 'monte-carlo', 'approximation-a', 'table', found 'geant4'
                """)
    }

    @Test func valueOutOfRangeIsReportedAtItsKey() {
        #expect(
            message("  b:\n    kind: recast-borexino\n    params:\n      recoil_quadrature_points: 5000\n")
                == "figures.yaml:6:33: steps.b.params.recoil_quadrature_points: expected 2 to 1000, found 5000")
    }

    @Test func missingRequiredKeyOfAListedBlock() {
        #expect(
            message(
                "  l:\n    kind: limits\n    inputs: {efficiency: e}\n    params: {experiments: [{name: a}]}\n"
                    + "  e: {kind: efficiency}\n")
                == "figures.yaml:6:28: steps.l.params.experiments[0]: missing required key 'eot'")
    }
}

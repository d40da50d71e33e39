import Foundation
import Testing
import BuildEngine
import DataFormats
@testable import Figures

/// `yields` reading the integrals `limits` wrote (input `integrals`, artifact `yield-integrals`) instead of computing them.
@Suite("yield integrals shared by limits and yields")
struct YieldIntegralSharingTests {
    /// A limits step with one e⁻ and one e⁺ experiment on a small grid, with atomic motion (the resonant term's
    /// expensive path) and the scintillator's electrons.
    static func limitsParameters() -> LimitsStep.Parameters {
        var p = LimitsStep.Parameters()
        p.experiments = [ExperimentParameters(name: "run", eot: 9.1e11), ExperimentParameters(name: "e-plus", eot: 1e13)]
        p.experiments[1].beam = .positron
        p.approximation = .iww
        p.upper_limit_method = .cls
        p.points_per_decade = 4
        p.resonance_points = 9
        p.bend_points = 3
        return p
    }

    /// The yields step with the same switches and grid.
    static func yieldsParameters(beam: ExperimentParameters.Beam = .electron) -> YieldsStep.Parameters {
        var p = YieldsStep.Parameters()
        p.experiment = ExperimentParameters(name: "run", eot: 9.1e11)
        p.experiment.beam = beam
        p.approximation = .iww
        p.points_per_decade = 4
        p.resonance_points = 9
        p.bend_points = 3
        return p
    }

    static func limitsOutputs() throws -> [String: Data] {
        let artifacts = try LimitsStep.run(limitsParameters(), inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
        return Dictionary(uniqueKeysWithValues: artifacts.map { ($0.name, $0.data) })
    }

    static func sharedInputs(_ outputs: [String: Data]) -> StepInputs {
        StepInputs(artifacts: [YieldIntegralSharing.role: outputs], sources: [YieldIntegralSharing.role: "limits"])
    }

    static func failure(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    /// The yields computed from the shared integrals are the yields computed from the track lengths, byte for byte,
    /// for both beams (the fixture's e⁺ histogram has the e⁻ one's top edge, so the union grid is each beam's own).
    @Test func sharedIntegralsGiveTheSameTableByteForByte() throws {
        let outputs = try Self.limitsOutputs()
        for beam in [ExperimentParameters.Beam.electron, .positron] {
            let p = Self.yieldsParameters(beam: beam)
            let computed = try YieldsStep.run(p, inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
            let shared = try YieldsStep.run(p, inputs: Self.sharedInputs(outputs), context: YieldLimitFixtures.context)
            #expect(shared == computed, "\(beam)")
            // Not a comparison of two empty tables: resonant events exist in the window.
            let table = try Table(decoding: shared[0].data)
            let resonant = try table.column("resonant")
            #expect(table.rowCount > 20 && resonant.contains { $0 > 0 })
        }
    }

    /// The table lists both beams' columns, and what the limits step declares is what it writes.
    @Test func limitsDeclaresAndWritesTheIntegralTable() throws {
        let outputs = try Self.limitsOutputs()
        let table = try YieldIntegralTable(decoding: try #require(outputs[YieldIntegralSharing.artifactName]))
        #expect(table.beams.map(\.name) == ["electron", "positron"])
        let declared = try #require(LimitsStep.declaredOutputs(of: Self.limitsParameters()))
        let columns = try #require(declared.outputs.first { $0.name == YieldIntegralSharing.artifactName }?.columns)
        #expect(columns == table.table.columns.map(\.name))
        #expect(table.beams[0].radiativeCm3.allSatisfy { $0 > 0 })
    }

    @Test func differentSettingsAreAStepFailureNamingTheKey() throws {
        let outputs = try Self.limitsOutputs()
        var p = Self.yieldsParameters()
        p.atomic_motion = false
        let message = Self.failure { _ = try YieldsStep.run(p, inputs: Self.sharedInputs(outputs), context: YieldLimitFixtures.context) }
        #expect(message.contains("atomic_motion = true, this step asks for false"), "\(message)")
        p = Self.yieldsParameters()
        p.points_per_decade = 5
        let grid = Self.failure { _ = try YieldsStep.run(p, inputs: Self.sharedInputs(outputs), context: YieldLimitFixtures.context) }
        #expect(grid.contains("points_per_decade = 4, this step asks for 5"), "\(grid)")
    }

    @Test func unusedInputsBesideTheIntegralsAreAStepFailure() throws {
        var inputs = try YieldLimitFixtures.inputs()
        inputs.artifacts[YieldIntegralSharing.role] = try Self.limitsOutputs()
        let message = Self.failure { _ = try YieldsStep.run(Self.yieldsParameters(), inputs: inputs, context: YieldLimitFixtures.context) }
        #expect(message.contains("'efficiency'") && message.contains("would be unused"), "\(message)")
    }

    @Test func aBeamTheLimitsStepDidNotComputeIsAStepFailure() throws {
        var p = Self.limitsParameters()
        p.experiments.removeLast()
        let artifacts = try LimitsStep.run(p, inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
        let outputs = Dictionary(uniqueKeysWithValues: artifacts.map { ($0.name, $0.data) })
        let message = Self.failure {
            _ = try YieldsStep.run(
                Self.yieldsParameters(beam: .positron), inputs: Self.sharedInputs(outputs), context: YieldLimitFixtures.context)
        }
        #expect(message.contains("no integrals for the positron beam (it has: electron)"), "\(message)")
    }

    @Test func aCurveNamedLikeTheIntegralTableIsRejected() {
        var p = Self.limitsParameters()
        p.experiments[0].name = YieldIntegralSharing.artifactName
        #expect(LimitsStep.validate(p)?.contains("yield-integrals") == true)
    }
}

import Foundation
import Testing
@testable import BuildEngine

/// Test kind: declares (when `declare` is true) one table `grid` with columns `a`, `b`.
private struct ProducerKind: StepKind {
    struct Parameters: Codable, Sendable {
        var declare: Bool
    }
    static let name = "producer"
    static let summary = "a declared table"
    static let codeFingerprint = "producer-v1"
    static let requiredInputs: [String] = []
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        p.declare ? .table("grid", columns: ["a", "b"]) : nil
    }
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] { [] }
}

/// Test kind: reads column `column` of `from` (a step name or `external:NAME`), located at its `column:` key.
private struct ConsumerKind: StepKind {
    struct Parameters: Codable, Sendable {
        var from: String
        var column: String
    }
    static let name = "consumer"
    static let summary = "reads one column"
    static let codeFingerprint = "consumer-v1"
    static let requiredInputs: [String] = []
    static func impliedInputs(of p: Parameters) -> [String: InputReference] { ["from": InputReference(parsing: p.from)] }
    static func outputReferences(of p: Parameters, in node: ConfigNode, path: [String]) -> [OutputReference] {
        let entries = node.mappingEntries ?? []
        let from = entries.first { $0.key == "from" }!, column = entries.first { $0.key == "column" }!
        return [
            OutputReference(
                source: InputReference(parsing: p.from), artifact: nil, sourceLocation: from.keyLocation,
                sourcePath: path + ["from"],
                columns: [.init(name: p.column, location: column.keyLocation, path: path + ["column"], isDefault: false)])
        ]
    }
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] { [] }
}

/// The engine's load-time check of references against declared outputs, with kinds that know nothing of figures.
@Suite struct DeclaredOutputsTests {
    func message(declare: Bool = true, from: String = "p", column: String, datasetColumns: [String]? = ["x", "y"]) -> String {
        var registry = StepKindRegistry()
        registry.register(ProducerKind.self)
        registry.register(ConsumerKind.self)
        registry.datasetColumns = datasetColumns
        let text = """
            version: 1
            datasets: {d: d.csv}
            steps:
              p: {kind: producer, params: {declare: \(declare)}}
              c: {kind: consumer, params: {from: "\(from)", column: \(column)}}
            """
        do {
            _ = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: registry)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func declaredColumnIsAccepted() { #expect(message(column: "b") == "no error") }

    @Test func unknownColumnIsLocatedAtItsKey() {
        #expect(
            message(column: "bb") == "figures.yaml:5:43: steps.c.params.column: step 'p' output 'grid' has no column 'bb'; "
                + "did you mean 'b'?; its columns: a, b")
    }

    @Test func undeclaredOutputsAreNotChecked() { #expect(message(declare: false, column: "zz") == "no error") }

    @Test func datasetColumnsAreCheckedAgainstTheRegistry() {
        #expect(message(from: "external:d", column: "y") == "no error")
        // 'x' and 'y' are both one edit away: the tie goes to the first name, on every run.
        #expect(
            message(from: "external:d", column: "z")
                == "figures.yaml:5:52: steps.c.params.column: dataset 'd' has no column 'z'; did you mean 'x'?; its columns: x, y")
        #expect(message(from: "external:d", column: "z", datasetColumns: nil) == "no error")
    }
}

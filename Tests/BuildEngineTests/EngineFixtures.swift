import Foundation
import Synchronization
@testable import BuildEngine

/// An in-memory file system (the ninja habit: engine tests never touch the disk).
final class MemoryFileSystem: FileSystem {
    let files = Mutex<[String: Data]>([:])

    func read(_ path: String) throws -> Data? { files.withLock { $0[path] } }
    func writeAtomically(_ data: Data, to path: String) throws { files.withLock { $0[path] = data } }
    func size(_ path: String) -> Int? { files.withLock { $0[path]?.count } }
    func remove(_ path: String) throws { _ = files.withLock { $0.removeValue(forKey: path) } }
    func list(_ directory: String) throws -> [String] {
        files.withLock { files in
            files.keys.filter { $0.hasPrefix(directory + "/") }
                .map { String($0.dropFirst(directory.count + 1)) }
                .filter { !$0.contains("/") }.sorted()
        }
    }
    func createDirectory(_ path: String) throws {}
    func snapshot(prefix: String) -> [String: Data] { files.withLock { $0.filter { $0.key.hasPrefix(prefix) } } }
}

/// A clock that does not move.
struct FrozenClock: BuildClock { func now() -> Double { 0 } }

/// Records the engine's events.
final class RecordingReporter: BuildReporter {
    let events = Mutex<[String]>([])
    func stepStarted(_ name: String, reason: RunReason) { events.withLock { $0.append("run \(name): \(reason)") } }
    func stepCached(_ name: String) { events.withLock { $0.append("cached \(name)") } }
    func stepFinished(_ name: String, seconds: Double) {}
    func stepFailed(_ name: String, message: String) { events.withLock { $0.append("failed \(name): \(message)") } }
    func stepSkipped(_ name: String, because input: String) { events.withLock { $0.append("skipped \(name)") } }
    func progress(_ name: String, done: Int, total: Int) {}
    func warning(_ message: String) { events.withLock { $0.append("warning: \(message)") } }
    var ran: [String] {
        events.withLock { $0.filter { $0.hasPrefix("run ") }.map { String($0.dropFirst(4).prefix(while: { $0 != ":" })) }.sorted() }
    }
}

/// Test kind: a table `x, y` with y = scale · x on a grid of `points` values of x.
struct LineKind: StepKind {
    struct Parameters: ParameterSet {
        var scale: Double
        var points: Int = 3
        var label: String?

        /// `scale` is required: 1 is a placeholder.
        static let defaults = Parameters(scale: 1)
        static let parameterDocs: [ParameterDoc] = [
            .required("scale", unit: "1", "slope of the line"),
            ParameterDoc("points", unit: "1", "grid points x = 0, 1, …, at least 1"),
            .optional("label", "a name for the line", whenAbsent: "unnamed")
        ]
    }
    static let name = "line"
    static let summary = "y = scale · x"
    static let codeFingerprint = "line-code-v1"
    static let requiredInputs: [String] = []
    static func validate(_ p: Parameters) -> String? { p.points < 1 ? "points: expected at least 1" : nil }
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let x = (0..<p.points).map(Double.init)
        return [Artifact(name: "table", data: numberLines(x.map { $0 * p.scale }))]
    }
}

/// Test kind: sums the `y` column of its input `source`; publishes the sum.
struct SumKind: StepKind {
    struct Parameters: ParameterSet {
        var offset: Double = 0
        static let defaults = Parameters()
        static let parameterDocs = [ParameterDoc("offset", unit: "1", "added to the sum")]
    }
    static let name = "sum"
    static let summary = "Σ y + offset"
    static let codeFingerprint = "sum-code-v1"
    static let requiredInputs = ["source"]
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let y = try numbers(in: try inputs.data("source"))
        let total = y.reduce(p.offset, +)
        return [Artifact(name: "sum.txt", data: Data("\(total)\n".utf8), publishPath: "sums/\(context.stepName).txt")]
    }
}

/// Test kind: a one-row table holding the sign of the input's y sum, so many upstream changes leave its output unchanged.
struct SignKind: StepKind {
    struct Parameters: Codable, Sendable {}
    static let name = "sign"
    static let summary = "sign of Σ y"
    static let codeFingerprint = "sign-code-v1"
    static let requiredInputs = ["source"]
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let y = try numbers(in: try inputs.data("source"))
        let sign: Double = y.reduce(0, +) >= 0 ? 1 : -1
        return [Artifact(name: "table", data: numberLines([sign]))]
    }
}

/// Test kind: always fails.
struct FailingKind: StepKind {
    struct Parameters: Codable, Sendable {}
    static let name = "fail"
    static let summary = "fails"
    static let codeFingerprint = "fail"
    static let requiredInputs: [String] = []
    static let optionalInputs = ["source"]
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        throw StepFailure("deliberate failure")
    }
}

/// Test kind for a domain-registered node section (`notes:`): each entry is a note whose `look`
/// inherits the project-wide `look:` section, and which reads the step named in `source`.
struct NoteKind: StepKind {
    struct Look: Codable, Sendable { var font: String?; var size: Double? }
    struct Parameters: Codable, Sendable { var name: String; var source: String; var look: Look? }
    static let name = "note"
    static let summary = "a note on a step's numbers"
    static let codeFingerprint = "note-code-v1"
    static let requiredInputs: [String] = []
    static func impliedInputs(of p: Parameters) -> [String: InputReference] { ["source": .step(p.source)] }
    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let values = try numbers(in: try inputs.data("source"))
        return [Artifact(name: "note.txt", data: Data("\(p.name): \(values.count) values\n".utf8))]
    }
}

let testRegistry: StepKindRegistry = {
    var registry = StepKindRegistry()
    registry.register(LineKind.self)
    registry.register(SumKind.self)
    registry.register(SignKind.self)
    registry.register(FailingKind.self)
    registry.register(NoteKind.self)
    registry.registerSection("look")
    registry.registerNodeSection("notes", kind: NoteKind.name, inheriting: "look")
    registry.registerSection("remarks")
    return registry
}()

/// line → total, line → sign → sign-total, and an independent line.
let chainConfig = """
    version: 1
    steps:
      line:
        kind: line
        params: {scale: 2, points: 4}
      total:
        kind: sum
        inputs: {source: line}
      sign:
        kind: sign
        inputs: {source: line}
      sign-total:
        kind: sum
        inputs: {source: sign}
      other:
        kind: line
        params: {scale: -1}
    """

func parse(_ text: String, overrides: [ParameterOverride] = []) throws -> Project {
    try Project.parse(text: text, rootDirectory: "/project", configFile: "figures.yaml", registry: testRegistry, overrides: overrides)
}

func build(_ project: Project, _ fileSystem: MemoryFileSystem, jobs: Int = 2) async -> (BuildSummary, RecordingReporter) {
    let reporter = RecordingReporter()
    let builder = Builder(project: project, outDirectory: "/project/out", fileSystem: fileSystem, reporter: reporter, clock: FrozenClock())
    return (await builder.build(jobs: jobs), reporter)
}

/// The test kinds' own data format: one number per line. The engine moves bytes; what they mean is
/// the kinds' business, so its tests use no project format.
func numberLines(_ values: [Double]) -> Data {
    Data(values.map { "\($0)\n" }.joined().utf8)
}

/// Reads `numberLines` back.
func numbers(in data: Data) throws -> [Double] {
    try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
        guard let value = Double(line) else { throw StepFailure("not a number: \(line)") }
        return value
    }
}

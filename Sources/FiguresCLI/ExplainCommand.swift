import ArgumentParser
import BuildEngine
import Figures
import Foundation

/// `figures explain NAME`: the provenance tree of a figure (or step): every step it depends on with its
/// kind, action key, code fingerprint, parameters and inputs, the datasets with their sha256, and
/// what out/ holds (from out/MANIFEST: action key, source revision, overrides). `--json` prints the
/// same tree as JSON (schema `figure-explain 1`, docs/PROVENANCE.md).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Print the provenance tree of a figure: steps, parameters, datasets, code.")
    @OptionGroup var options: ProjectOptions
    @Argument(help: "A figure or step name.", completion: .custom(NameCompletion.nodeNames)) var name: String
    @Flag(help: "Print the tree as JSON (schema figure-explain 1, docs/PROVENANCE.md).") var json = false

    func run() throws {
        let project = try options.loadProject()
        guard project.nodes[name] != nil else {
            printError(
                "error: no step or figure named '\(name)' in \(project.configFile)"
                    + (project.closestNodeName(to: name).map { "; did you mean '\($0)'?" } ?? ""))
            throw ExitCode(2)
        }
        let outDirectory = project.rootDirectory + "/out"
        let builder = Builder(project: project, outDirectory: outDirectory, reporter: SilentReporter())
        let keys = builder.currentKeys()
        let statuses = Dictionary(builder.status().map { ($0.name, $0.status) }, uniquingKeysWith: { $1 })
        let manifest = OutputManifest.load(outDirectory: outDirectory)
        var shown = Set<String>()

        func describe(_ nodeName: String) -> ExplainNode {
            let node = project.nodes[nodeName]!
            guard shown.insert(nodeName).inserted else {
                return ExplainNode(name: nodeName, kind: node.step.kindName, seeAbove: true)
            }
            var result = ExplainNode(name: nodeName, kind: node.step.kindName, seeAbove: false)
            result.kindVersion = node.step.kindVersion
            result.key = keys[nodeName]?.hex
            result.status = statuses[nodeName]?.description ?? "?"
            result.code = node.step.codeFingerprint
            result.parameters = node.step.flatParameters.filter { !Self.isDrawing($0.key) }
            result.outputs = (manifest?.entries(of: nodeName) ?? []).map { entry in
                ExplainNode.Output(
                    path: "out/" + entry.path, key: entry.key, revision: entry.revision, overrides: entry.overrides,
                    current: entry.key == keys[nodeName]?.hex)
            }
            for role in node.inputs.keys.sorted() {
                switch node.inputs[role]! {
                case .dataset(let dataset):
                    let declaration = project.datasets[dataset]!
                    let path = declaration.path.hasPrefix("/") ? declaration.path : project.rootDirectory + "/" + declaration.path
                    let hash = FileManager.default.contents(atPath: path).map { ContentHash(of: $0).hex }
                    result.datasets.append(ExplainNode.Dataset(name: dataset, path: declaration.path, sha256: hash))
                case .step(let upstream):
                    result.inputs.append(ExplainNode.Input(role: role, node: describe(upstream)))
                }
            }
            return result
        }
        let tree = describe(name)
        let version = ProjectVersion.number
        let revision = SourceRevision.current(directory: project.rootDirectory)
        if json {
            let document = ExplainDocument(name: name, version: version, revision: revision, tree: tree)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(document) + Data("\n".utf8))
            return
        }
        var lines = ["\(name): ZPrimePaper \(version), revision \(revision)"]
        tree.appendLines(to: &lines, depth: 0)
        print(lines.joined(separator: "\n"))
    }

    /// Keys that only change how a figure looks (style, labels, legend, size, axes) are left out of the
    /// tree; `figures list` and the action key still cover them.
    static func isDrawing(_ parameter: String) -> Bool {
        let first = parameter.split(separator: ".").first.map { String($0.split(separator: "[").first ?? "") } ?? ""
        return ["style", "labels", "legend", "size", "pdf-date", "x", "y", "name", "pending", "caption", "paper", "figure"].contains(first)
            || parameter.contains(".style.") || parameter.hasSuffix(".legend")
    }
}

/// The JSON document of `figures explain --json`.
struct ExplainDocument: Encodable {
    var format = "figure-explain 1"
    var name: String
    var version: String
    var revision: String
    var tree: ExplainNode
}

/// One node of the provenance tree: a step or figure, or a reference to one shown above.
struct ExplainNode: Encodable {
    /// A file in out/ that the node published (from out/MANIFEST).
    struct Output: Encodable {
        var path: String
        var key: String
        var revision: String
        var overrides: [String]
        /// Whether it is what the current configuration produces (its key is the current key).
        var current: Bool
    }

    /// A dataset the node reads.
    struct Dataset: Encodable {
        var name: String
        var path: String
        /// nil when the file is missing.
        var sha256: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(path, forKey: .path)
            try container.encode(sha256, forKey: .sha256)
        }
        enum CodingKeys: String, CodingKey { case name, path, sha256 }
    }

    /// An upstream step, under the role the node reads it as.
    struct Input: Encodable {
        var role: String
        var node: ExplainNode
    }

    var name: String
    var kind: String
    /// True when the node appeared earlier in the tree: only name and kind are given.
    var seeAbove: Bool
    var kindVersion: Int?
    var key: String?
    var status: String?
    var code: String?
    var parameters: [String: String] = [:]
    var outputs: [Output] = []
    var datasets: [Dataset] = []
    var inputs: [Input] = []

    enum CodingKeys: String, CodingKey {
        case name, kind, seeAbove = "see-above", kindVersion = "kind-version", key, status, code, parameters, outputs, datasets, inputs
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(seeAbove, forKey: .seeAbove)
        guard !seeAbove else { return }
        try container.encode(kindVersion, forKey: .kindVersion)
        try container.encode(key, forKey: .key)
        try container.encode(status, forKey: .status)
        try container.encode(code, forKey: .code)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(outputs, forKey: .outputs)
        try container.encode(datasets, forKey: .datasets)
        try container.encode(inputs, forKey: .inputs)
    }

    /// The text form: one line per node, parameter, output, dataset; inputs indented below.
    func appendLines(to lines: inout [String], depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        guard !seeAbove else {
            lines.append("\(indent)\(name) [\(kind)] (see above)")
            return
        }
        let shortKey = key.map { String($0.prefix(16)) } ?? "(not known until its inputs are built)"
        lines.append("\(indent)\(name) [\(kind) v\(kindVersion ?? 0)] key \(shortKey) — \(status ?? "?")")
        lines.append("\(indent)  code \(String((code ?? "").prefix(16)))")
        for (parameter, value) in parameters.sorted(by: { $0.key < $1.key }) {
            lines.append("\(indent)  param \(parameter) = \(value)")
        }
        for output in outputs {
            let note = output.current ? "" : " (another configuration)"
            let overrides = output.overrides.isEmpty ? "" : " with \(output.overrides.joined(separator: " "))"
            lines.append("\(indent)  \(output.path): key \(output.key.prefix(16)), revision \(output.revision)\(overrides)\(note)")
        }
        // Datasets and inputs in role order, as before: datasets are keyed by their own name.
        for dataset in datasets {
            lines.append("\(indent)  dataset \(dataset.name) = \(dataset.path) sha256 \(dataset.sha256 ?? "(missing)")")
        }
        for input in inputs {
            lines.append("\(indent)  input \(input.role) ←")
            input.node.appendLines(to: &lines, depth: depth + 2)
        }
    }
}

import ArgumentParser
import BuildEngine
import Figures
import Foundation

/// `figures explain NAME`: the provenance tree of a figure (or step): every step it depends on with its
/// kind, action key, code fingerprint, parameters and inputs, the datasets with their sha256, and
/// what out/ holds (from out/MANIFEST: action key, source revision, overrides).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Print the provenance tree of a figure: steps, parameters, datasets, code.")
    @OptionGroup var options: ProjectOptions
    @Argument(help: "A figure or step name.") var name: String

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
        var lines = ["\(name): ZPrimePaper \(ProjectVersion.number), revision \(SourceRevision.current(directory: project.rootDirectory))"]
        var shown = Set<String>()

        func describe(_ nodeName: String, depth: Int) {
            let node = project.nodes[nodeName]!
            let indent = String(repeating: "  ", count: depth)
            let key = keys[nodeName].map { String($0.hex.prefix(16)) } ?? "(not known until its inputs are built)"
            let status = statuses[nodeName]?.description ?? "?"
            guard shown.insert(nodeName).inserted else {
                lines.append("\(indent)\(nodeName) [\(node.step.kindName)] (see above)")
                return
            }
            lines.append("\(indent)\(nodeName) [\(node.step.kindName) v\(node.step.kindVersion)] key \(key) — \(status)")
            lines.append("\(indent)  code \(String(node.step.codeFingerprint.prefix(16)))")
            for (parameter, value) in node.step.flatParameters.sorted(by: { $0.key < $1.key }) where !isDrawing(parameter) {
                lines.append("\(indent)  param \(parameter) = \(value)")
            }
            for entry in manifest?.entries(of: nodeName) ?? [] {
                let note = entry.key == keys[nodeName]?.hex ? "" : " (another configuration)"
                let overrides = entry.overrides.isEmpty ? "" : " with \(entry.overrides.joined(separator: " "))"
                lines.append("\(indent)  out/\(entry.path): key \(entry.key.prefix(16)), revision \(entry.revision)\(overrides)\(note)")
            }
            for role in node.inputs.keys.sorted() {
                switch node.inputs[role]! {
                case .dataset(let dataset):
                    let declaration = project.datasets[dataset]!
                    let path = declaration.path.hasPrefix("/") ? declaration.path : project.rootDirectory + "/" + declaration.path
                    let hash = FileManager.default.contents(atPath: path).map { ContentHash(of: $0).hex } ?? "(missing)"
                    lines.append("\(indent)  dataset \(dataset) = \(declaration.path) sha256 \(hash)")
                case .step(let upstream):
                    lines.append("\(indent)  input \(role) ←")
                    describe(upstream, depth: depth + 2)
                }
            }
        }
        describe(name, depth: 0)
        print(lines.joined(separator: "\n"))
    }

    /// Keys that only change how a figure looks (style, labels, legend, size, axes) are left out of the
    /// tree; `figures list` and the action key still cover them.
    private func isDrawing(_ parameter: String) -> Bool {
        let first = parameter.split(separator: ".").first.map { String($0.split(separator: "[").first ?? "") } ?? ""
        return ["style", "labels", "legend", "size", "pdf-date", "x", "y", "name", "pending", "caption", "paper", "figure"].contains(first)
            || parameter.contains(".style.") || parameter.hasSuffix(".legend")
    }
}

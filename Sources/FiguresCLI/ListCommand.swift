import ArgumentParser
import Figures
import Foundation
import BuildEngine
import DataFormats

/// `figures list`: every step and figure with its status (fresh / stale and why), judged by the cache
/// and by what out/ holds (out/MANIFEST): an output is fresh only if out/ holds what the current
/// configuration (with this run's `--set`/`--dataset`) would produce.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List steps and figures: fresh, or stale and why.")
    @OptionGroup var options: ProjectOptions
    @Flag(name: .long, help: "Print JSON (one object per step or figure) instead of text.") var json = false

    func run() throws {
        let project = try options.loadProject()
        let outDirectory = project.rootDirectory + "/out"
        let builder = Builder(project: project, outDirectory: outDirectory, reporter: SilentReporter())
        let manifest = OutputManifest.load(outDirectory: outDirectory)
        let keys = builder.currentKeys()
        var rows: [ListRow] = []
        for (name, status) in builder.status() {
            var text = status.description
            if status == .fresh, let manifest, let key = keys[name],
                let problem = Self.outProblem(
                    manifest.entries(of: name), key: key.hex, outDirectory: outDirectory,
                    overrides: options.overrideTexts)
            {
                text = problem
            }
            let node = project.nodes[name]!
            rows.append(ListRow(name: name, kind: node.step.kindName, status: text, paper: PaperSelection.reference(of: node)))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        let width = (project.order.map(\.count).max() ?? 0) + 2
        for row in rows {
            print(row.name.padding(toLength: width, withPad: " ", startingAt: 0) + "[" + row.kind + "] " + row.status)
            // The paper on a line of its own, so that a row still ends with its status.
            if let paper = row.paper { print(String(repeating: " ", count: width) + "paper " + paper) }
        }
    }

    /// Why out/ does not hold what the current configuration produces, or nil when it does.
    static func outProblem(_ entries: [OutputManifest.Entry], key: String, outDirectory: String, overrides: [String]) -> String? {
        guard let entry = entries.first else { return nil }  // publishes nothing, or never published: the cache says it
        if entry.key != key {
            if !entry.overrides.isEmpty { return "stale: out/ was built with \(entry.overrides.joined(separator: " "))" }
            return "stale: configuration changed since out/ was written (revision \(entry.revision))"
        }
        if let missing = entries.first(where: { !FileManager.default.fileExists(atPath: outDirectory + "/" + $0.path) }) {
            return "stale: out/\(missing.path) is missing"
        }
        return entry.overrides.isEmpty ? nil : "fresh (built with \(entry.overrides.joined(separator: " ")))"
    }
}

/// One line of `figures list`.
struct ListRow: Codable {
    var name, kind, status: String
    /// The figure's paper and number (`na64e-2024 Fig. 4 (arXiv:2404.06982)`), for figures that name one.
    var paper: String?
}

/// A reporter that says nothing (for read-only commands).
struct SilentReporter: BuildReporter {
    func stepStarted(_ name: String, reason: RunReason) {}
    func stepCached(_ name: String) {}
    func stepFinished(_ name: String, seconds: Double) {}
    func stepFailed(_ name: String, message: String) {}
    func stepSkipped(_ name: String, because input: String) {}
    func progress(_ name: String, done: Int, total: Int) {}
    func warning(_ message: String) {}
}

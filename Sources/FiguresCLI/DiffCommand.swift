import ArgumentParser
import Figures
import Foundation
import BuildEngine
import DataFormats
import Report

/// `figures diff`: compares the figure data with a baseline (the committed out/data by default).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Rebuild, then compare out/data with a baseline; write out/diff/report.md and overlay plots.",
        discussion: "Exit 0 within tolerance, 1 beyond it, 2 on usage errors. Tolerances: figures.yaml `tolerances:`, then --rtol/--atol.")
    @OptionGroup var options: ProjectOptions
    @OptionGroup var build: BuildOptions
    @Option(help: "Baseline directory of figure-data files.") var baseline: String?
    @Option(name: .customLong("baseline-rev"), help: "Baseline from out/data at this git revision (default: HEAD).") var baselineRevision:
        String?
    @Option(help: "Relative tolerance (overrides the default of figures.yaml).") var rtol: Double?
    @Option(help: "Absolute tolerance (overrides the default of figures.yaml).") var atol: Double?
    @Flag(help: "Compare what is in out/data without building first.") var noBuild = false
    @Flag(help: "Print the comparison as JSON (schema figure-diff 1, docs/CI.md); build progress goes to stderr.") var json = false
    @OptionGroup var report: ReportOptions

    func validate() throws {
        if baseline != nil && baselineRevision != nil { throw ValidationError("give --baseline or --baseline-rev, not both") }
        if let rtol, !(rtol >= 0) { throw ValidationError("--rtol must be ≥ 0") }
        if let atol, !(atol >= 0) { throw ValidationError("--atol must be ≥ 0") }
    }

    func run() async throws {
        let project = try options.loadProject()
        var tolerances = DiffTolerances()
        if let node = project.sections["tolerances"] {
            do { tolerances = try ConfigDecoder().decode(DiffTolerances.self, from: node, path: ["tolerances"]) } catch {
                printUserError(error)
                throw ExitCode(2)
            }
        }
        if let rtol { tolerances.default.relative = rtol }
        if let atol { tolerances.default.absolute = atol }
        if !noBuild {
            if json {
                try await withStandardOutputOnStandardError { try await runBuild(options, build, targets: nil) }
            } else {
                try await runBuild(options, build, targets: nil)
            }
        }

        let root = project.rootDirectory
        let source: BaselineSource =
            baseline.map { .directory($0.hasPrefix("/") ? $0 : root + "/" + $0) }
            ?? .gitRevision(baselineRevision ?? "HEAD")
        let baselineFiles: [String: Data]
        do { baselineFiles = try source.files(projectRoot: root) } catch {
            printUserError(error)
            throw ExitCode(2)
        }
        let candidateFiles = try BaselineSource.directory(root + "/out/data").files(projectRoot: root)
        let before: [String: FigureData], after: [String: FigureData]
        do {
            before = try FigureData.parseDirectory(baselineFiles, directory: source.description)
            after = try FigureData.parseDirectory(candidateFiles, directory: "out/data")
        } catch {
            printUserError(error)
            throw ExitCode(2)
        }
        let result = FigureDataDiff.compare(baseline: before, candidate: after, tolerances: tolerances)
        if json {
            FileHandle.standardOutput.write(result.jsonReport(baseline: source.description))
        } else {
            print(result.terminalReport())
        }
        let diffDirectory = root + "/out/diff"
        let fileSystem = LocalFileSystem()
        // Overlays of an earlier diff would be mistaken for this one's.
        for name in try fileSystem.list(diffDirectory) where [".pdf", ".png", ".svg"].contains(where: name.hasSuffix) {
            try fileSystem.remove(diffDirectory + "/" + name)
        }
        var changedFigures: [ReportDiffFigure] = []
        var overlayLinks: [String] = []
        for figure in result.figures where figure.verdict != .identical {
            let description = project.nodes[figure.figure].flatMap { try? FigureDescription(node: $0) }
            var rendering: DiffOverlay.Rendering?
            if let description, let old = before[figure.figure], let new = after[figure.figure] {
                let changed = Set(figure.series.filter { $0.verdict != .identical }.map(\.name))
                rendering = try DiffOverlay.render(description, baseline: old, candidate: new, changed: changed)
            }
            if let rendering {
                for (suffix, data) in [
                    (".pdf", rendering.overlayPDF), (".png", rendering.overlayPNG), (".svg", rendering.overlaySVG),
                    (".before.svg", rendering.beforeSVG), (".after.svg", rendering.afterSVG)
                ] {
                    try fileSystem.writeAtomically(data, to: diffDirectory + "/\(figure.figure)\(suffix)")
                }
                overlayLinks.append(
                    "- `\(figure.figure)`: [overlay PDF](\(figure.figure).pdf), [PNG](\(figure.figure).png), "
                        + "[baseline](\(figure.figure).before.svg) / [new](\(figure.figure).after.svg) (SVG)")
            }
            changedFigures.append(Self.reportFigure(figure, caption: description?.caption, rendering: rendering))
        }
        let inputChanges = InputChanges.describe(project: project, baseline: source, overrides: options.overrideTexts)
        var markdown = result.markdownReport(title: "Figure data diff against \(source)")
        markdown += "\n### What changed in the inputs\n\n"
        markdown +=
            (inputChanges.isEmpty ? ["Nothing: parameters, datasets and code are the baseline's."] : inputChanges)
            .map { "- " + $0.replacingOccurrences(of: "_", with: "\\_") }.joined(separator: "\n") + "\n"
        if !overlayLinks.isEmpty {
            markdown += "\n### Overlays\n\nBaseline dashed and faded, new as in the figure, ratio new/baseline under each plot.\n\n"
            markdown += overlayLinks.joined(separator: "\n") + "\n"
        }
        try fileSystem.writeAtomically(Data(markdown.utf8), to: diffDirectory + "/report.md")
        if !json { print("report: out/diff/report.md") }
        if !report.noReport {
            let diff = ReportDiff(
                baseline: baseline ?? source.description, beyondTolerance: result.exitStatus != 0, inputChanges: inputChanges,
                figures: changedFigures, figureCount: result.figures.count)
            try ReportGathering.write(ReportGathering.model(of: project, diff: diff), outDirectory: root + "/out")
            if !json { print("report: out/report/diff.html") }
        }
        throw ExitCode(result.exitStatus)
    }
}

/// Runs `body` with the process's standard output sent to standard error (so that `--json` keeps
/// stdout for the document while a build reports its progress).
func withStandardOutputOnStandardError(_ body: () async throws -> Void) async throws {
    fflush(nil)
    let saved = dup(STDOUT_FILENO)
    dup2(STDERR_FILENO, STDOUT_FILENO)
    defer {
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
    }
    try await body()
}

extension DiffCommand {
    /// The diff page's entry for one figure that is not identical.
    static func reportFigure(_ figure: DiffFigureResult, caption: String?, rendering: DiffOverlay.Rendering?) -> ReportDiffFigure {
        let rows = figure.series.filter { $0.verdict != .identical }.map { series -> ReportSeriesChange in
            let largest = series.largestChange.map { DiffFormatting.percent($0.relativeChange) } ?? "—"
            let location = series.largestChange.map { DiffFormatting.place($0.x, on: figure.x) } ?? ""
            return ReportSeriesChange(
                name: series.name, verdict: DiffFormatting.verdict(series.verdict), largest: largest, location: location)
        }
        func text(_ data: Data?) -> String? { data.map { String(decoding: $0, as: UTF8.self) } }
        var files: [ReportLink] = []
        if rendering != nil {
            files = [
                ReportLink("Overlay PDF", href: "../diff/\(figure.figure).pdf"),
                ReportLink("Overlay PNG", href: "../diff/\(figure.figure).png"),
                ReportLink("Baseline data", href: "../diff/\(figure.figure).before.svg"),
                ReportLink("New data (CSV)", href: "../data/\(figure.figure).csv")
            ]
        }
        return ReportDiffFigure(
            name: figure.figure, caption: caption, verdict: DiffFormatting.verdict(figure.verdict, isFigure: true), series: rows,
            overlaySVG: text(rendering?.overlaySVG), beforeSVG: text(rendering?.beforeSVG), afterSVG: text(rendering?.afterSVG),
            files: files)
    }
}

/// Where the baseline figure data comes from.
enum BaselineSource: CustomStringConvertible {
    case directory(String)
    case gitRevision(String)

    var description: String {
        switch self {
        case .directory(let path): return path
        case .gitRevision(let revision): return "\(revision):out/data"
        }
    }

    /// The `*.csv` files, by file name.
    func files(projectRoot: String) throws -> [String: Data] {
        switch self {
        case .directory(let path):
            guard FileManager.default.fileExists(atPath: path) else { throw StepFailure("baseline directory '\(path)' does not exist") }
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".csv") {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
            }
            return files
        case .gitRevision(let revision):
            let listing = try git(["ls-tree", "--name-only", revision, "out/data/"], in: projectRoot)
            var files: [String: Data] = [:]
            for path in String(decoding: listing, as: UTF8.self).split(separator: "\n") where path.hasSuffix(".csv") {
                let name = String(path.split(separator: "/").last!)
                files[name] = try git(["show", "\(revision):\(path)"], in: projectRoot)
            }
            if files.isEmpty { throw StepFailure("no figure data at \(revision):out/data (is the baseline committed?)") }
            return files
        }
    }

    private func git(_ arguments: [String], in directory: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw StepFailure("cannot run git: \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StepFailure(
                "git \(arguments.joined(separator: " ")) failed: "
                    + "\(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        return data
    }
}

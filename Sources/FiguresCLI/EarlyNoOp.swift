import BuildEngine
import Foundation

/// The no-op answer of a plain `figures all`, given before swift-argument-parser parses the command
/// line (its reflection over the command tree costs more than the answer itself).
///
/// Only `all` followed by `--quiet` and `--project DIR` (or `--project=DIR`) qualifies; any other
/// argument, a stale summary, a missing report or an out/ that is not a plain directory inside the
/// project returns false, and the full path decides (and explains) as before.
enum EarlyNoOp {
    /// The project directory and `--quiet` of a plain `all` command line (without argv[0]), or nil.
    static func plainAll(_ arguments: [String]) -> (project: String, quiet: Bool)? {
        guard arguments.first == "all" else { return nil }
        var project = ".", quiet = false, index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--quiet" {
                quiet = true
            } else if argument == "--project", index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                project = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--project="), argument.count > "--project=".count {
                project = String(argument.dropFirst("--project=".count))
            } else {
                return nil
            }
            index += 1
        }
        return (project, quiet)
    }

    /// Answers `arguments` from the no-op summary when it is a plain `all` and nothing changed;
    /// returns false (having printed nothing) otherwise.
    static func answer(arguments: [String]) -> Bool {
        guard let (project, quiet) = plainAll(arguments) else { return false }
        let root = ProjectOptions.rootDirectory(of: project)
        guard ContainedPath.outputDirectoryProblem(rootDirectory: root) == nil,
            FileManager.default.fileExists(atPath: root + "/out/report/index.html")
        else { return false }
        return answerFromNoOpSummary(rootDirectory: root, argumentsKey: ProjectOptions.noOverridesKey, quiet: quiet, early: true)
    }
}

/// Prints the cached build's lines and summary and returns true when the no-op summary of the last
/// complete build in `rootDirectory` still holds for `argumentsKey`; returns false, having printed
/// nothing (except the `FIGURES_EXPLAIN_NOOP` line of the full path), otherwise.
func answerFromNoOpSummary(rootDirectory: String, argumentsKey: String, quiet: Bool, early: Bool) -> Bool {
    let noOpPath = NoOpSummary.path(cacheDirectory: rootDirectory + "/out/.cache")
    let last = FileManager.default.contents(atPath: noOpPath).flatMap(NoOpSummary.init(decoding:))
    let staleness =
        last.map { $0.staleness(binary: CommandLine.executablePath, argumentsKey: argumentsKey) }
        ?? "no summary of a complete build"
    let explain = ProcessInfo.processInfo.environment["FIGURES_EXPLAIN_NOOP"] != nil
    guard let last, staleness == nil else {
        // The full path explains why it runs (the early check leaves that to it).
        if explain, !early { printError("no-op summary: " + (staleness ?? "current")) }
        return false
    }
    if explain { printError("no-op summary: current" + (early ? " (answered before the full argument parse)" : "")) }
    let reporter = TerminalReporter(quiet: quiet)
    for name in last.nodes { reporter.stepCached(name) }
    reporter.finish()
    print(BuildMessages.summary(ran: 0, cached: last.nodes.count, failed: 0, skipped: 0, seconds: 0))
    return true
}

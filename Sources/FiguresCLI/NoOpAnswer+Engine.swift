import BuildEngine
import Foundation

/// Prints the cached build's lines and summary and returns true when the no-op summary of the last
/// complete build in `rootDirectory` still holds for `argumentsKey` and this binary; returns false, having
/// printed nothing (except the `FIGURES_EXPLAIN_NOOP` line), otherwise.
///
/// A plain `figures all` is answered earlier, by the launcher (Sources/FiguresLauncher), unless a file is
/// racy (written within a second of the summary): only the engine hashes those. When it finds them
/// unchanged it rewrites the summary settled (`NoOpSummary.settled(at:)`), so that the launcher answers
/// the next time. The other command lines the full parse understands (`--jobs`, `--remote-cache`, …) are
/// answered here as well.
func answerFromNoOpSummary(rootDirectory: String, argumentsKey: String, quiet: Bool) -> Bool {
    let checkStarted = NoOpSummary.nowNanoseconds()
    let verdict = NoOpAnswer.verdict(
        rootDirectory: rootDirectory, binary: CommandLine.executablePath, argumentsKey: argumentsKey
    ) { NoOpSummary.contentHash(ofFileAt: $0) }
    let explain = ProcessInfo.processInfo.environment["FIGURES_EXPLAIN_NOOP"] != nil
    switch verdict {
    case .stale(let reason):
        if explain { printError("no-op summary: " + reason) }
        return false
    case .current(let summary):
        if explain { printError("no-op summary: current") }
        let settled = summary.settled(at: checkStarted)
        if settled != summary {
            try? LocalFileSystem().writeAtomically(settled.encoded, to: NoOpSummary.path(cacheDirectory: rootDirectory + "/out/.cache"))
        }
        for line in NoOpAnswer.lines(nodes: summary.nodes, quiet: quiet) { print(line) }
        return true
    }
}

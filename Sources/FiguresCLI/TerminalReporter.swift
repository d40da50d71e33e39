import Foundation
import BuildEngine
import DataFormats
import Synchronization

/// Prints build events: one line per step on stdout; progress bars on a terminal (stderr),
/// plain progress lines every 10 % when stderr is not a terminal (CI logs).
final class TerminalReporter: BuildReporter {
    private struct State {
        var stepStart: [String: Double] = [:]
        var lastPlainPercent: [String: Int] = [:]
        var barShown = false
    }
    private let state = Mutex(State())
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let clock = SystemClock()
    /// With `--quiet`: no line per step that ran or was cached, no progress; failures and warnings still.
    private let quiet: Bool

    init(quiet: Bool = false) {
        self.quiet = quiet
    }

    private func emit(_ line: String) {
        state.withLock { state in
            if state.barShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); state.barShown = false }
            // Unbuffered, so a CI log shows each step as it happens, not at exit.
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }

    func stepStarted(_ name: String, reason: RunReason) {
        let now = clock.now()
        state.withLock { $0.stepStart[name] = now }
        if !quiet { emit(BuildMessages.started(name, reason: reason)) }
    }
    func stepCached(_ name: String) { if !quiet { emit(BuildMessages.cached(name)) } }
    func stepFetched(_ name: String) { if !quiet { emit(BuildMessages.fetched(name)) } }
    func shardDone(_ name: String, index: Int, count: Int, origin: ShardOrigin) {
        if !quiet { emit(BuildMessages.shard(name, index: index, count: count, origin: origin)) }
    }
    func stepFinished(_ name: String, seconds: Double) { if !quiet { emit(BuildMessages.finished(name, seconds: seconds)) } }
    func stepFailed(_ name: String, message: String) { emit(BuildMessages.failed(name, message: message)) }
    func stepSkipped(_ name: String, because input: String) { emit(BuildMessages.skipped(name, because: input)) }
    func warning(_ message: String) {
        state.withLock { state in
            if state.barShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); state.barShown = false }
            FileHandle.standardError.write(Data((BuildMessages.warning(message) + "\n").utf8))
        }
    }

    func progress(_ name: String, done: Int, total: Int) {
        if quiet { return }
        let now = clock.now()
        state.withLock { state in
            let elapsed = now - (state.stepStart[name] ?? now)
            let line = BuildMessages.progress(name, done: done, total: total, elapsedSeconds: elapsed)
            if isTerminal {
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                state.barShown = true
            } else {
                let percent = total > 0 ? done * 100 / total : 0
                let bucket = percent / 10 * 10
                if bucket > (state.lastPlainPercent[name] ?? -1), bucket > 0 {
                    state.lastPlainPercent[name] = bucket
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            }
        }
    }

    /// Clears a progress bar left on the terminal.
    func finish() {
        state.withLock { state in
            if state.barShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); state.barShown = false }
        }
    }
}

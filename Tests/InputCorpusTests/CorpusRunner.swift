import Foundation
import Synchronization
import TestSupport

/// What one run of a case gave, with the project's paths already replaced by `$PROJECT` / `$OUTSIDE`.
struct CaseOutcome: Sendable {
    var status: Int32 = 0
    var stdout = ""
    var stderr = ""
    /// Killed by the per-case timeout.
    var timedOut = false
    /// Ended by a signal the runner did not send (a trap, an abort).
    var signalled = false
    /// Wall time of the binary's run.
    var seconds = 0.0
    /// Files and directories of the project added, removed or resized by the run.
    var changedPaths: [String] = []
    /// Files that appeared in the directory outside the project.
    var outsidePaths: [String] = []
    /// Why the case could not be prepared (a corpus bug, not a finding).
    var setupError: String?
}

/// Prepares each case in a temporary copy of the small project, runs the real binary with a timeout, and
/// remembers the outcome, so the per-case tests and the totals share one run of every case.
enum CorpusRunner {
    /// A case that runs longer is a hang. Nothing builds in any case, so each takes well under a second;
    /// the bound is generous for a loaded machine and still catches a case that would run for ever.
    static let timeoutSeconds = 20.0
    /// Runs of the binary at once: enough to overlap process start-up on two cores.
    static let concurrentRunCount = 4
    static let concurrentRuns = DispatchSemaphore(value: concurrentRunCount)
    /// Held by a case that runs alone while it takes every slot.
    static let exclusive = NSLock()
    private static let outcomes = Mutex<[String: Task<CaseOutcome, Never>]>([:])

    /// The outcome of `corpusCase`, running it on first use.
    static func outcome(of corpusCase: CorpusCase) async -> CaseOutcome {
        let task = outcomes.withLock { tasks in
            if let task = tasks[corpusCase.id] { return task }
            let task = Task {
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().async {
                        // A case with a time bound runs alone, so that the others' start-up does not count.
                        let slots = corpusCase.maximumSeconds == nil ? 1 : concurrentRunCount
                        if slots > 1 { exclusive.lock() }
                        for _ in 0..<slots { concurrentRuns.wait() }
                        defer {
                            for _ in 0..<slots { concurrentRuns.signal() }
                            if slots > 1 { exclusive.unlock() }
                        }
                        continuation.resume(returning: timedRun(corpusCase))
                    }
                }
            }
            tasks[corpusCase.id] = task
            return task
        }
        return await task.value
    }

    /// `run`, repeated up to three times for a case with a time bound while it is over the bound, keeping the
    /// fastest time: a timing on a shared, loaded machine is noisy upwards only.
    static func timedRun(_ corpusCase: CorpusCase) -> CaseOutcome {
        var outcome = run(corpusCase)
        guard let maximum = corpusCase.maximumSeconds else { return outcome }
        for _ in 0..<2 where outcome.seconds >= maximum {
            let again = run(corpusCase)
            if again.seconds < outcome.seconds { outcome = again }
        }
        return outcome
    }

    /// Prepares and runs one case (blocking).
    static func run(_ corpusCase: CorpusCase) -> CaseOutcome {
        var outcome = CaseOutcome()
        var directories: [URL] = []
        defer { directories.forEach(TemporaryDirectory.remove) }
        do {
            let project = try FiguresProject.makeProject(
                configuration: try Repository.text("Tests/InputCorpusTests/Project/figures.yaml"), prefix: "zprime-corpus")
            directories.append(project)
            let outside = corpusCase.usesOutside ? try TemporaryDirectory.make(prefix: "zprime-corpus-outside") : nil
            if let outside { directories.append(outside) }
            let substitute = { (text: String) in
                text.replacingOccurrences(of: "$PROJECT", with: project.path)
                    .replacingOccurrences(of: "$OUTSIDE", with: outside?.path ?? "$OUTSIDE")
            }
            for edit in corpusCase.edits { try apply(edit, in: project, substitute: substitute) }
            let before = snapshot(project)
            let arguments = corpusCase.arguments.map(substitute)

            let start = Date()
            let running = try FiguresProject.start(arguments, in: project)
            let watchdog = Watchdog(processIdentifier: running.process.processIdentifier)
            DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds) { watchdog.fire() }
            let output = running.wait()
            watchdog.finish()
            outcome.seconds = Date().timeIntervalSince(start)
            outcome.timedOut = watchdog.fired
            outcome.signalled = running.process.terminationReason == .uncaughtSignal && !watchdog.fired
            outcome.status = output.status

            let normalise = { (text: String) in
                var text = text
                for directory in directories.reversed() {
                    let resolved = directory.resolvingSymlinksInPath().path
                    let placeholder = directory == outside ? "$OUTSIDE" : "$PROJECT"
                    text = text.replacingOccurrences(of: resolved, with: placeholder)
                    text = text.replacingOccurrences(of: directory.path, with: placeholder)
                }
                return text
            }
            outcome.stdout = normalise(output.stdout)
            outcome.stderr = normalise(output.stderr)
            let after = snapshot(project)
            outcome.changedPaths = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
            if let outside { outcome.outsidePaths = snapshot(outside).keys.sorted() }
        } catch {
            outcome.setupError = "\(error)"
        }
        return outcome
    }

    /// Applies one edit to the project.
    static func apply(_ edit: Edit, in project: URL, substitute: (String) -> String) throws {
        let files = FileManager.default
        func url(_ path: String) throws -> URL {
            let url = project.appendingPathComponent(path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            return url
        }
        switch edit {
        case .replace(let old, let new):
            let configuration = project.appendingPathComponent("figures.yaml")
            let text = try String(contentsOf: configuration, encoding: .utf8)
            let occurrences = text.components(separatedBy: old).count - 1
            guard occurrences == 1 else { throw CorpusSetupError("'\(old)' occurs \(occurrences) times in figures.yaml, not once") }
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: configuration)
        case .write(let path, let text):
            try Data(text.utf8).write(to: try url(path))
        case .bytes(let path, let bytes):
            try Data(bytes).write(to: try url(path))
        case .generated(let path, let make):
            try make().write(to: try url(path))
        case .symlink(let path, let target):
            let link = try url(path)
            try? files.removeItem(at: link)
            try files.createSymbolicLink(atPath: link.path, withDestinationPath: substitute(target))
        case .directory(let path):
            try files.createDirectory(at: try url(path), withIntermediateDirectories: true)
        case .remove(let path):
            try files.removeItem(at: project.appendingPathComponent(path))
        case .namedPipe(let path):
            let pipe = try url(path)
            try? files.removeItem(at: pipe)
            guard mkfifo(pipe.path, 0o644) == 0 else { throw CorpusSetupError("mkfifo \(pipe.path) failed") }
        }
    }

    /// Every file, directory and link under `directory` (hidden ones included), with its size (-1 for a
    /// directory), by relative path. Links are listed, not followed.
    static func snapshot(_ directory: URL) -> [String: Int64] {
        var entries: [String: Int64] = [:]
        let root = directory.path
        guard let names = FileManager.default.enumerator(atPath: root) else { return entries }
        for case let name as String in names {
            var info = stat()
            guard lstat(root + "/" + name, &info) == 0 else { continue }
            entries[name] = (info.st_mode & S_IFMT) == S_IFDIR ? -1 : Int64(info.st_size)
        }
        return entries
    }
}

/// A case that could not be prepared: a mistake in the corpus itself.
struct CorpusSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Kills a child process that outlives the per-case timeout, unless it finished first.
final class Watchdog: Sendable {
    private let state = Mutex((finished: false, fired: false))
    private let processIdentifier: Int32

    init(processIdentifier: Int32) { self.processIdentifier = processIdentifier }

    /// Called by the timer: kills the child if it is still running.
    func fire() {
        state.withLock { state in
            guard !state.finished else { return }
            state.fired = true
            kill(processIdentifier, SIGKILL)
        }
    }

    /// Called once the child was waited for.
    func finish() { state.withLock { $0.finished = true } }

    /// Whether the timer killed the child.
    var fired: Bool { state.withLock { $0.fired } }
}

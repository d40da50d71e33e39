/// Receives the engine's events: what runs and why, what is cached, progress, warnings, failures.
public protocol BuildReporter: Sendable {
    /// A step is about to run.
    func stepStarted(_ name: String, reason: RunReason)
    /// A step was up to date.
    func stepCached(_ name: String)
    /// A step ran successfully.
    func stepFinished(_ name: String, seconds: Double)
    /// A step failed.
    func stepFailed(_ name: String, message: String)
    /// A step was not run because an input failed.
    func stepSkipped(_ name: String, because input: String)
    /// Progress inside a running step.
    func progress(_ name: String, done: Int, total: Int)
    /// Something the user should know that does not stop the build.
    func warning(_ message: String)
    /// A step's outputs came from the remote cache.
    func stepFetched(_ name: String)
    /// Shard `index` (0-based) of `count` of a step is done: run here, or found in a cache.
    func shardDone(_ name: String, index: Int, count: Int, origin: ShardOrigin)
}

/// Where a shard's outputs came from.
public enum ShardOrigin: String, Sendable {
    case ran, cached, fetched
}

extension BuildReporter {
    public func stepFetched(_ name: String) { stepCached(name) }
    public func shardDone(_ name: String, index: Int, count: Int, origin: ShardOrigin) {}
}

/// Build messages for users, as pure functions (tested as golden text).
public enum BuildMessages {
    public static func started(_ name: String, reason: RunReason) -> String { "run     \(name): \(reason)" }
    public static func cached(_ name: String) -> String { BuildLines.cached(name) }
    public static func fetched(_ name: String) -> String { "remote  \(name)" }
    public static func shard(_ name: String, index: Int, count: Int, origin: ShardOrigin) -> String {
        "shard   \(name) \(index + 1)/\(count) \(origin.rawValue)"
    }
    public static func finished(_ name: String, seconds: Double) -> String { "done    \(name) in \(formatDuration(seconds))" }
    public static func failed(_ name: String, message: String) -> String { "FAILED  \(name): \(message)" }
    public static func skipped(_ name: String, because input: String) -> String { "skipped \(name): input \(input) failed" }

    /// The warning for a `--rerun` whose outputs differ from the cache entry it replaced, or nil if
    /// they are identical: names the outputs that changed, appeared or disappeared.
    public static func rerunDifference(step: String, cached: [OutputRecord], rerun: [OutputRecord]) -> String? {
        let before = Dictionary(cached.map { ($0.name, $0.hash) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(rerun.map { ($0.name, $0.hash) }, uniquingKeysWith: { first, _ in first })
        var parts: [String] = []
        for name in Set(before.keys).union(after.keys).sorted() {
            switch (before[name], after[name]) {
            case let (old?, new?) where old != new: parts.append("'\(name)' \(old.short) → \(new.short)")
            case (nil, _?): parts.append("'\(name)' is new")
            case (_?, nil): parts.append("'\(name)' is gone")
            default: break
            }
        }
        guard !parts.isEmpty else { return nil }
        return
            "\(step) did not reproduce its cached outputs (\(parts.joined(separator: ", "))): the step is not deterministic, or its "
            + "code changed without changing its key"
    }
    public static func warning(_ message: String) -> String { "warning: \(message)" }

    /// A progress line: `  pi-loop [#########-----------]  45%  ETA 3 s`.
    public static func progress(_ name: String, done: Int, total: Int, elapsedSeconds: Double, barWidth: Int = 24) -> String {
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        var line = "  \(name) [\(bar)] \(String(Int((fraction * 100).rounded(.down))).leftPadded(to: 3))%"
        if fraction > 0.02 && fraction < 1 {
            let remaining = elapsedSeconds * (1 - fraction) / fraction
            line += "  ETA \(formatDuration(remaining))"
        }
        return line
    }

    /// `0.42 s`, `12 ms`, `3 min 5 s`.
    public static func formatDuration(_ seconds: Double) -> String { BuildLines.duration(seconds) }

    /// The closing line of a build.
    public static func summary(ran: Int, cached: Int, failed: Int, skipped: Int, seconds: Double, fromRemote: Int? = nil) -> String {
        BuildLines.summary(ran: ran, cached: cached, failed: failed, skipped: skipped, seconds: seconds, fromRemote: fromRemote)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

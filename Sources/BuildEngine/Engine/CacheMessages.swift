/// Messages of the cache commands, as pure functions.
public enum CacheMessages {
    /// Summary of `figures cache gc`.
    public static func garbageCollection(_ r: GarbageCollectionReport) -> String {
        "cache gc: removed \(r.removedObjects) objects (\(bytes(r.removedBytes))), \(r.removedActions) action entries, "
            + "\(r.removedTemporaryFiles) temporary files; kept \(r.keptObjects) objects (\(bytes(r.keptBytes))), \(r.keptActions) "
            + "action entries"
    }

    /// Summary of `figures cache verify`.
    public static func verification(_ r: VerificationReport) -> String {
        var lines = [
            "cache verify: \(r.checkedObjects) objects checked, \(r.corruptObjects.count) corrupt, \(r.brokenActions.count) action "
                + "entries dropped"
        ]
        for hash in r.corruptObjects { lines.append("  corrupt object \(hash) (removed; the step that made it will run again)") }
        return lines.joined(separator: "\n")
    }

    /// `1.2 MB`, `340 kB`, `12 B` (decimal units).
    public static func bytes(_ count: Int) -> String {
        if count >= 1_000_000 { return "\(Double(count / 10_000) / 100) MB" }
        if count >= 1_000 { return "\(count / 1_000) kB" }
        return "\(count) B"
    }
}

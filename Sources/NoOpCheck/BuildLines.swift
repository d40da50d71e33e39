/// The build lines a no-op answer prints, spelled once for the engine's reporter and the launcher.
public enum BuildLines {
    /// A step whose outputs came from the cache.
    public static func cached(_ name: String) -> String { "cached  \(name)" }

    /// `0.42 s`, `12 ms`, `3 min 5 s`.
    public static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        if seconds < 60 { return "\(Double(Int(seconds * 100)) / 100) s" }
        let whole = Int(seconds.rounded())
        return "\(whole / 60) min \(whole % 60) s"
    }

    /// The closing line of a build.
    public static func summary(ran: Int, cached: Int, failed: Int, skipped: Int, seconds: Double, fromRemote: Int? = nil) -> String {
        var parts = ["\(ran) ran", "\(cached) cached"]
        if let fromRemote { parts.append("\(fromRemote) from the remote cache") }
        if failed > 0 { parts.append("\(failed) failed") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        return "build: " + parts.joined(separator: ", ") + " in \(duration(seconds))"
    }
}

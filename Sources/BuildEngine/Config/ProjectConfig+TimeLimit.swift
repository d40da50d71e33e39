extension BuildNode {
    /// The wall-time limit of a step without `timeout_s:` (one hour; the slowest step takes minutes).
    public static let defaultTimeLimitSeconds = 3600.0
    /// The largest `timeout_s:` accepted (one week).
    public static let maximumTimeLimitSeconds = 604_800.0
}

extension Project {
    /// The `timeout_s:` of a step: a positive number of seconds, at most a week.
    static func parseTimeLimit(_ node: ConfigNode?, path: [String]) throws(ConfigError) -> Double {
        guard let node else { return BuildNode.defaultTimeLimitSeconds }
        guard case .scalar(let text, false) = node.value, let seconds = Double(text), seconds.isFinite, seconds > 0,
            seconds <= BuildNode.maximumTimeLimitSeconds
        else {
            throw ConfigError(
                node.location, path: path + ["timeout_s"],
                "expected a number of seconds greater than 0 and at most 604800, found \(node.kindDescription)")
        }
        return seconds
    }
}

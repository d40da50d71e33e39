extension Project {
    /// The `shards:` of a step: a positive integer, accepted only for a kind (and parameters) that split.
    static func parseShards(_ node: ConfigNode?, step: PreparedStep, kind: String, path: [String]) throws(ConfigError) -> Int {
        guard let node else { return 1 }
        guard case .scalar(let text, false) = node.value, let count = Int(text), count >= 1, count <= 10_000 else {
            throw ConfigError(
                node.location, path: path + ["shards"],
                "expected a whole number from 1 to 10000, found \(node.kindDescription)")
        }
        if count == 1 { return 1 }
        guard let sharding = step.sharding else {
            throw ConfigError(node.location, path: path + ["shards"], "kind '\(kind)' does not split into shards")
        }
        guard sharding.plan(count) != nil else {
            throw ConfigError(node.location, path: path + ["shards"], "kind '\(kind)' does not split with these parameters")
        }
        return count
    }
}

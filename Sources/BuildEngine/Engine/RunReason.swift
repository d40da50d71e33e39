/// Why a step runs, as the engine tells the user. Messages are built here, by pure functions.
public enum RunReason: Sendable, Equatable, CustomStringConvertible {
    /// The step has never been built in this cache.
    case noCacheEntry
    /// What differs from the last build of this step.
    case changed([Change])
    /// The last build's entry is gone (gc) though nothing changed.
    case cacheEntryMissing
    /// A cached output failed its hash check.
    case corruptOutput(String)
    /// The user asked for it (`--rerun`) although its cache entry is valid.
    case rerunRequested

    /// One difference between the last build and this one.
    public enum Change: Sendable, Equatable, CustomStringConvertible {
        case code
        case kindVersion(from: Int, to: Int)
        case kind(from: String, to: String)
        case parameter(key: String, from: String?, to: String?)
        case input(role: String, source: String)
        /// An input the last build did not have.
        case inputAdded(role: String, source: String)
        /// An input the last build had and this one does not.
        case inputRemoved(role: String)

        public var description: String {
            switch self {
            case .code: return "code changed"
            case .kindVersion(let a, let b): return "kind version \(a) → \(b)"
            case .kind(let a, let b): return "kind changed: \(a) → \(b)"
            case .parameter(let key, let old, let new):
                switch (old, new) {
                case (nil, let new?): return "\(key) set to \(new)"
                case (let old?, nil): return "\(key) (was \(old)) removed"
                default: return "\(key) \(old ?? "") → \(new ?? "")"
                }
            case .input(let role, let source): return role == source ? "input \(role) changed" : "input \(role) (\(source)) changed"
            case .inputAdded(let role, let source): return role == source ? "input \(role) added" : "input \(role) (\(source)) added"
            case .inputRemoved(let role): return "input \(role) removed"
            }
        }
    }

    public var description: String {
        switch self {
        case .noCacheEntry: return "no cache entry"
        case .cacheEntryMissing: return "cache entry missing (removed by gc?)"
        case .corruptOutput(let what): return "cached output \(what) was corrupt"
        case .rerunRequested: return "--rerun (cache entry valid; outputs will be compared with it)"
        case .changed(let changes):
            let parameters = changes.compactMap { if case .parameter = $0 { return $0.description } else { return nil } }
            var parts = changes.filter { if case .parameter = $0 { return false } else { return true } }.map(\.description)
            if !parameters.isEmpty {
                let shown = parameters.prefix(4).joined(separator: ", ")
                parts.insert("params changed: " + shown + (parameters.count > 4 ? ", and \(parameters.count - 4) more" : ""), at: 0)
            }
            return parts.joined(separator: "; ")
        }
    }

    /// Compares the last record of a step with what this build would key.
    public static func explain(previous: StepRecord?, current: StepRecord) -> RunReason {
        guard let previous else { return .noCacheEntry }
        var changes: [Change] = []
        if previous.kind != current.kind { changes.append(.kind(from: previous.kind, to: current.kind)) }
        if previous.kindVersion != current.kindVersion { changes.append(.kindVersion(from: previous.kindVersion, to: current.kindVersion)) }
        if previous.code != current.code { changes.append(.code) }
        // An empty list or map flattens to one key (`bands` = `[]`); once filled it becomes child keys
        // (`bands[0].name`). The children are the news: the empty container's coming or going is not.
        func hasChildren(_ key: String, in parameters: [String: String]) -> Bool {
            parameters.keys.contains { $0.hasPrefix(key + "[") || $0.hasPrefix(key + ".") }
        }
        for key in Set(previous.parameters.keys).union(current.parameters.keys).sorted()
        where previous.parameters[key] != current.parameters[key] {
            let old = previous.parameters[key], new = current.parameters[key]
            if new == nil, old == "[]" || old == "{}", hasChildren(key, in: current.parameters) { continue }
            if old == nil, new == "[]" || new == "{}", hasChildren(key, in: previous.parameters) { continue }
            changes.append(.parameter(key: key, from: old, to: new))
        }
        // Inputs are reported per role, not per artifact.
        func roles(_ record: StepRecord) -> [String: [String: ContentHash]] {
            var byRole: [String: [String: ContentHash]] = [:]
            for (name, hash) in record.inputs {
                let role = name.split(separator: "/", maxSplits: 1).first.map(String.init) ?? name
                byRole[role, default: [:]][name] = hash
            }
            return byRole
        }
        let before = roles(previous), after = roles(current)
        for role in Set(before.keys).union(after.keys).sorted() where before[role] != after[role] {
            let source = current.inputSources[role] ?? previous.inputSources[role] ?? role
            switch (before[role], after[role]) {
            case (nil, _?): changes.append(.inputAdded(role: role, source: source))
            case (_?, nil): changes.append(.inputRemoved(role: role))
            default: changes.append(.input(role: role, source: source))
            }
        }
        return changes.isEmpty ? .cacheEntryMissing : .changed(changes)
    }
}

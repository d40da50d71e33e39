/// Whether a node is fresh, and if not, why: what `figures list` shows.
public enum NodeStatus: Sendable, Equatable, CustomStringConvertible {
    /// Its action key has a cache entry.
    case fresh
    /// It would run, for this reason.
    case stale(RunReason)
    /// Its key cannot be known until these inputs are built.
    case waiting(on: [String])
    /// Its key cannot be computed (a dataset file is missing…).
    case broken(String)

    public var description: String {
        switch self {
        case .fresh: return "fresh"
        case .stale(let reason): return "stale: \(reason)"
        case .waiting(let inputs): return "stale: waits on \(inputs.joined(separator: ", "))"
        case .broken(let message): return "error: \(message)"
        }
    }
}

extension Builder {
    /// The status of every node, in topological order, without running anything.
    public func status() -> [(name: String, status: NodeStatus)] {
        var outputs: [String: [OutputRecord]] = [:]
        var result: [(String, NodeStatus)] = []
        for name in project.order {
            let node = project.nodes[name]!
            do {
                guard let (inputs, record, _) = try keyInputs(for: node, upstreamOutputs: outputs) else {
                    let waiting = node.inputs.values.compactMap { reference -> String? in
                        if case .step(let upstream) = reference, outputs[upstream] == nil { return upstream } else { return nil }
                    }
                    result.append((name, .waiting(on: Array(Set(waiting)).sorted())))
                    continue
                }
                if let entry = store.action(for: inputs.key) {
                    outputs[name] = entry.outputs
                    result.append((name, .fresh))
                } else {
                    result.append((name, .stale(RunReason.explain(previous: store.stepRecord(named: name), current: record))))
                }
            } catch {
                result.append((name, .broken("\(error)")))
            }
        }
        return result
    }
}

extension Builder {
    /// The action keys of every node the current configuration can key (for `cache gc`).
    ///
    /// A node downstream of a stale one cannot be keyed; its old entries are collected, which is
    /// right: its next build will have a new key anyway.
    public func liveKeys() -> Set<ContentHash> {
        var outputs: [String: [OutputRecord]] = [:]
        var keys = Set<ContentHash>()
        for name in project.order {
            guard let (inputs, _, _) = try? keyInputs(for: project.nodes[name]!, upstreamOutputs: outputs) else { continue }
            keys.insert(inputs.key)
            if let entry = store.action(for: inputs.key) { outputs[name] = entry.outputs }
        }
        return keys
    }
}

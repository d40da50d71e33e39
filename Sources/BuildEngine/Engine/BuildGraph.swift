/// The dependency graph of a project: the one graph type that building, status, listing, the
/// graph printout and garbage collection all walk.
///
/// Nodes are names; an edge runs from a node to each step it reads (`inputs:` that name a step;
/// datasets are leaves outside the graph). Built once per load, immutable afterwards.
public struct BuildGraph: Sendable {
    /// Every node's direct upstream steps (what it reads), sorted by name.
    public let upstream: [String: [String]]
    /// Every node's direct dependents (what reads it), sorted by name.
    public let dependents: [String: [String]]
    /// All nodes in a topological order, ties broken by name, so the order is the same on every run.
    public let order: [String]
    /// Each node's position in `order`.
    public let position: [String: Int]

    /// A cycle found while ordering, in the direction data flows, starting at its smallest name.
    public struct Cycle: Error, Sendable, Equatable {
        /// The nodes of the cycle; the last feeds the first.
        public var nodes: [String]
    }

    /// Builds the graph from each node's upstream names. Names that are not nodes are ignored
    /// (the configuration reports them before it builds the graph).
    ///
    /// Kahn's algorithm with a sorted ready set: O((V + E) log V).
    public init(upstream rawUpstream: [String: Set<String>]) throws(Cycle) {
        var upstream: [String: [String]] = [:]
        var dependents: [String: [String]] = [:]
        for (name, inputs) in rawUpstream {
            let known = inputs.filter { rawUpstream[$0] != nil }.sorted()
            upstream[name] = known
            dependents[name, default: []] += []
            for input in known { dependents[input, default: []].append(name) }
        }
        for name in dependents.keys { dependents[name]!.sort() }
        var remaining = upstream.mapValues(\.count)
        var ready = remaining.filter { $0.value == 0 }.map(\.key).sorted(by: >)
        var order: [String] = []
        order.reserveCapacity(upstream.count)
        while let next = ready.popLast() {
            order.append(next)
            for dependent in dependents[next] ?? [] {
                remaining[dependent]! -= 1
                if remaining[dependent] == 0 { ready.append(dependent); ready.sort(by: >) }
            }
        }
        if order.count < upstream.count {
            throw Self.cycle(upstream: upstream, among: Set(upstream.keys).subtracting(order))
        }
        self.upstream = upstream
        self.dependents = dependents
        self.order = order
        self.position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// The nodes `targets` need (themselves and everything upstream), in topological order;
    /// nil means every node. O(V + E).
    public func closure(of targets: [String]?) -> [String] {
        guard let targets else { return order }
        var needed = Set<String>()
        var stack = targets
        while let name = stack.popLast() {
            guard needed.insert(name).inserted, let inputs = upstream[name] else { continue }
            stack.append(contentsOf: inputs)
        }
        return order.filter(needed.contains)
    }

    /// Every node downstream of `name` (not including it), in topological order. O(V + E).
    public func downstream(of name: String) -> [String] {
        var reached = Set<String>()
        var stack = dependents[name] ?? []
        while let next = stack.popLast() {
            guard reached.insert(next).inserted else { continue }
            stack.append(contentsOf: dependents[next] ?? [])
        }
        return order.filter(reached.contains)
    }

    /// Sorts names into topological order (for a deterministic start order of ready steps).
    public func sortedTopologically(_ names: [String]) -> [String] {
        names.sorted { (position[$0] ?? .max, $0) < (position[$1] ?? .max, $1) }
    }

    /// One cycle among the nodes Kahn's algorithm could not order, starting from the smallest name.
    private static func cycle(upstream: [String: [String]], among candidates: Set<String>) -> Cycle {
        var path: [String] = []
        var current = candidates.min()!
        while !path.contains(current) {
            path.append(current)
            current = upstream[current]!.first(where: candidates.contains)!
        }
        let cycle = Array(path[path.firstIndex(of: current)!...])
        // Report in the direction data flows (input → dependent), from the smallest name.
        let forward = Array(cycle.reversed())
        let start = forward.firstIndex(of: forward.min()!)!
        return Cycle(nodes: Array(forward[start...] + forward[..<start]))
    }
}

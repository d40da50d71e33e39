import Foundation

/// The start order of ready steps: longest critical path first.
///
/// A step's weight is its duration in the previous build that ran it (`out/.cache/durations`),
/// or 1 s when none is recorded; its priority is its weight plus the largest priority among its
/// dependents, i.e. the length of the longest chain of work that cannot start before it ends.
/// Ties keep the topological order. Only the order in which steps start depends on this, never
/// what they compute, so outputs stay identical for any `--jobs`.
struct StepPriorities {
    private let priority: [String: Double]
    private let position: [String: Int]

    /// Priorities of `names` (a closed set: every dependent of one is in it or is ignored).
    init(names: [String], order: [String], dependents: [String: [String]], durations: [String: Double]) {
        position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let included = Set(names)
        var priority: [String: Double] = [:]
        // Reverse topological order: every dependent is done before the step itself.
        for name in order.reversed() where included.contains(name) {
            let downstream = (dependents[name] ?? []).compactMap { priority[$0] }.max() ?? 0
            priority[name] = (durations[name] ?? 1) + downstream
        }
        self.priority = priority
    }

    /// True if `a` should start before `b`.
    func startsBefore(_ a: String, _ b: String) -> Bool {
        let pa = priority[a] ?? 0, pb = priority[b] ?? 0
        if pa != pb { return pa > pb }
        return (position[a] ?? .max) < (position[b] ?? .max)
    }
}

/// Wall time of each step the last time it ran, kept in `<cache>/durations` as lines
/// "seconds<TAB>name"; read before a build to order it, updated after a build with the steps
/// that ran. A missing or unreadable file is an empty table (scheduling falls back to weight 1).
struct StepDurations {
    let path: String
    let fileSystem: any FileSystem

    /// The recorded durations.
    func load() -> [String: Double] {
        guard let data = try? fileSystem.read(path) else { return [:] }
        var table: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let seconds = Double(line[..<tab]), seconds >= 0 else { continue }
            table[String(line[line.index(after: tab)...])] = seconds
        }
        return table
    }

    /// Records `ran` over `previous` (nothing is written when no step ran).
    func save(_ ran: [String: Double], over previous: [String: Double]) {
        guard !ran.isEmpty else { return }
        let merged = previous.merging(ran) { $1 }
        let text = merged.keys.sorted().map { "\(merged[$0]!)\t\($0)\n" }.joined()
        try? fileSystem.writeAtomically(Data(text.utf8), to: path)
    }
}

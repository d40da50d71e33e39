/// N_up as a function of the threshold-sampling spread r_thr, for a signal uncertainty r_s = √(r₀² + r_thr²)
/// (r₀ the yield uncertainty, 15 % for NA64-e; docs/PHYSICS.md §10).
///
/// N_up is computed (by toys, with the same seed at every node, so the curve is deterministic and the toy noise is
/// common to the nodes) at a fixed set of r_thr nodes once per experiment, and interpolated by a monotone cubic
/// (Fritsch–Carlson) in r_thr: exact at the nodes, so r_thr = 0 gives N_up(r₀) itself, without overshoot between
/// them. Near r_thr = 0, N_up grows like r_s² = r₀² + r_thr², smoothly in r_thr; the nodes are denser there.
public struct SignalUncertaintyLimitCurve: Sendable {
    /// The r_thr nodes the curve may use, in increasing order (the first is 0).
    public static let candidateNodes: [Double] = [0, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    /// The nodes needed to cover r_thr up to `largest`: the candidates up to the first one ≥ `largest` (at least two).
    /// Nil when `largest` is beyond the last candidate.
    public static func nodes(covering largest: Double) -> [Double]? {
        guard let end = candidateNodes.firstIndex(where: { $0 >= largest }) else { return nil }
        return Array(candidateNodes[0...max(1, end)])
    }

    /// r_s at a node: √(r₀² + r_thr²).
    public static func signalUncertainty(base: Double, thresholdSpread: Double) -> Double {
        SignalUncertaintyBudget.quadrature([base, thresholdSpread])
    }

    /// The r_thr nodes.
    public let thresholdSpreads: [Double]
    /// N_up at each node.
    public let upperLimits: [Double]
    private let spline: MonotoneCubic

    /// The curve through (r_thr, N_up) nodes: r_thr strictly increasing, at least two nodes.
    public init(thresholdSpreads: [Double], upperLimits: [Double]) {
        precondition(thresholdSpreads.count >= 2 && thresholdSpreads.count == upperLimits.count, "two or more nodes")
        precondition(zip(thresholdSpreads, thresholdSpreads.dropFirst()).allSatisfy { $0 < $1 }, "r_thr must increase")
        self.thresholdSpreads = thresholdSpreads
        self.upperLimits = upperLimits
        spline = MonotoneCubic(x: thresholdSpreads, y: upperLimits)
    }

    /// N_up at `thresholdSpread` (r_thr), or nil outside the nodes' range.
    public func upperLimit(thresholdSpread: Double) -> Double? {
        guard thresholdSpread >= thresholdSpreads[0], thresholdSpread <= thresholdSpreads[thresholdSpreads.count - 1] else {
            return nil
        }
        return spline(thresholdSpread)
    }
}

import Foundation

/// The result of an adaptive integration: the value and an error estimate.
public struct QuadratureResult: Sendable, Equatable {
    /// The integral.
    public var value: Double
    /// Estimated absolute error (sum over subintervals of |K15 − G7|).
    public var errorEstimate: Double
    /// Number of integrand evaluations spent.
    public var evaluations: Int
}

/// Adaptive Gauss–Kronrod (7/15-point) integration on a finite interval.
///
/// Global bisection of the subinterval with the largest error until the total estimate is
/// below max(absoluteTolerance, relativeTolerance·|I|) or `maxSubintervals` is reached.
/// Cost: 15 evaluations per subinterval; O(k log k) bookkeeping for k subintervals.
public enum AdaptiveQuadrature {
    // Kronrod 15-point nodes/weights and embedded Gauss 7-point weights (standard tabulated values).
    @usableFromInline static let kronrodNodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000
    ]
    @usableFromInline static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714
    ]
    @usableFromInline static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327
    ]

    /// One 15-point Kronrod estimate on [a, b] with its |K15 − G7| error.
    @inlinable
    static func kronrod(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> (Double, Double) {
        let center = 0.5 * (a + b), half = 0.5 * (b - a)
        let fc = f(center)
        var kronrod = fc * kronrodWeights[7]
        var gauss = fc * gaussWeights[3]
        for j in 0..<7 {
            let dx = half * kronrodNodes[j]
            let pair = f(center - dx) + f(center + dx)
            kronrod += kronrodWeights[j] * pair
            if j % 2 == 1 { gauss += gaussWeights[j / 2] * pair }
        }
        return (kronrod * half, abs((kronrod - gauss) * half))
    }

    /// ∫ₐᵇ f(x) dx. `breakpoints` (inside (a, b)) start the subdivision at known kinks or peaks.
    public static func integrate(
        from a: Double, to b: Double,
        breakpoints: [Double] = [],
        absoluteTolerance: Double = 0,
        relativeTolerance: Double = 1e-10,
        maxSubintervals: Int = 2000,
        _ f: (Double) -> Double
    ) -> QuadratureResult {
        oriented(a, b) { a, b in
            bisect(
                from: a, to: b, breakpoints: breakpoints, absoluteTolerance: absoluteTolerance,
                relativeTolerance: relativeTolerance, maxSubintervals: maxSubintervals
            ) { kronrod(f, $0, $1) }
        }
    }

    /// The orientation every form of `integrate` shares: 0 on an empty interval, −∫ᵇₐ when a > b, else `body(a, b)`
    /// with a < b.
    @inline(__always)
    static func oriented(_ a: Double, _ b: Double, _ body: (Double, Double) -> QuadratureResult) -> QuadratureResult {
        if a == b { return QuadratureResult(value: 0, errorEstimate: 0, evaluations: 0) }
        if a > b {
            var r = body(b, a)
            r.value = -r.value
            return r
        }
        return body(a, b)
    }

    /// The global bisection both forms of `integrate` share (a < b): `rule(a, b)` is one panel's (value, |K15 − G7|).
    /// The subinterval with the largest error is halved until the summed error is within tolerance.
    static func bisect(
        from a: Double, to b: Double, breakpoints: [Double], absoluteTolerance: Double, relativeTolerance: Double,
        maxSubintervals: Int, rule: (Double, Double) -> (Double, Double)
    ) -> QuadratureResult {
        var intervals: [(a: Double, b: Double, value: Double, error: Double)] = []
        intervals.reserveCapacity(64)  // one allocation for most integrals instead of one per doubling
        // The panels between a, the break points inside (a, b) in increasing order, and b (no array of them for
        // none or one break point).
        var left = a
        func addPanel(to right: Double) {
            let (v, e) = rule(left, right)
            intervals.append((left, right, v, e))
            left = right
        }
        if breakpoints.count == 1 {
            if breakpoints[0] > a && breakpoints[0] < b { addPanel(to: breakpoints[0]) }
        } else if !breakpoints.isEmpty {
            for edge in breakpoints.filter({ $0 > a && $0 < b }).sorted() { addPanel(to: edge) }
        }
        addPanel(to: b)
        var evaluations = 15 * intervals.count
        while true {
            var total = 0.0, error = 0.0, worst = 0, worstError = intervals[0].error
            for (i, s) in intervals.enumerated() {
                total += s.value; error += s.error
                if s.error > worstError { (worst, worstError) = (i, s.error) }
            }
            if error <= max(absoluteTolerance, relativeTolerance * abs(total)) || intervals.count >= maxSubintervals {
                return QuadratureResult(value: total, errorEstimate: error, evaluations: evaluations)
            }
            let s = intervals[worst]
            let mid = 0.5 * (s.a + s.b)
            if mid <= s.a || mid >= s.b {  // interval exhausted at machine precision
                return QuadratureResult(value: total, errorEstimate: error, evaluations: evaluations)
            }
            let (v1, e1) = rule(s.a, mid)
            let (v2, e2) = rule(mid, s.b)
            evaluations += 30
            intervals[worst] = (s.a, mid, v1, e1)
            intervals.append((mid, s.b, v2, e2))
        }
    }
}

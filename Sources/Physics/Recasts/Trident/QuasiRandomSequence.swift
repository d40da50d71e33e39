/// The additive-recurrence (Kronecker) low-discrepancy sequence of Roberts (2018), "R_d":
/// xₙ = frac(½ + n α), α_j = φ_d^{−j} (j = 1…d), with φ_d the unique positive root of x^{d+1} = x + 1.
///
/// A Richtmyer-type sequence whose generator comes from the generalised golden ratio, so the
/// points are well spread for every prefix length (no power-of-two requirement, unlike Sobol).
/// Deterministic: the n-th point depends only on n and d. O(d) per point.
public struct QuasiRandomSequence: Sendable {
    /// Dimension d.
    public let dimension: Int
    /// Generator α.
    public let generator: [Double]

    /// The R_d sequence in `dimension` dimensions.
    public init(dimension: Int) {
        precondition(dimension >= 1, "dimension must be positive")
        self.dimension = dimension
        // φ_d by Newton's iteration on x^{d+1} − x − 1 from x = 2 (monotone convergence from above).
        var phi = 2.0
        for _ in 0..<60 {
            var power = 1.0
            for _ in 0..<dimension { power *= phi }
            let value = power * phi - phi - 1
            let derivative = Double(dimension + 1) * power - 1
            phi -= value / derivative
        }
        var alpha: [Double] = []
        var inverse = 1.0
        for _ in 0..<dimension { inverse /= phi; alpha.append(inverse) }
        self.generator = alpha
    }

    /// Coordinate j of point n (both from 0), in [0, 1).
    @inline(__always)
    public func coordinate(_ j: Int, ofPoint n: Int) -> Double {
        let value = 0.5 + Double(n) * generator[j]
        return value - value.rounded(.down)
    }
}

extension CubicHermite {
    /// The derivative of one interval's cubic, with the interval's node, width h, secant (y₁ − y₀)/h and end slopes
    /// computed once: each value is the number `derivative(inInterval:at:)` computes, to the bit (the same operations).
    struct IntervalDerivative {
        let node: Double, width: Double, secant: Double, leftSlope: Double, rightSlope: Double

        /// The derivative at `point`.
        @inline(__always)
        func callAsFunction(_ point: Double) -> Double {
            let t = (point - node) / width
            return 6 * t * (1 - t) * secant + (1 - t) * (1 - 3 * t) * leftSlope + t * (3 * t - 2) * rightSlope
        }
    }

    /// The derivative of interval i's cubic.
    @inline(__always)
    func derivative(inInterval i: Int) -> IntervalDerivative {
        let h = nodes[i + 1] - nodes[i]
        return IntervalDerivative(
            node: nodes[i], width: h, secant: (values[i + 1] - values[i]) / h, leftSlope: slopes[i], rightSlope: slopes[i + 1])
    }
}

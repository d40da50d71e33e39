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

        /// The derivative at two points at once: each lane the number `callAsFunction(_:)` gives (the same operations).
        @inline(__always)
        func callAsFunction(_ point: SIMD2<Double>) -> SIMD2<Double> {
            let t: SIMD2<Double> = (point - node) / width
            let oneMinusT: SIMD2<Double> = 1 - t
            let first: SIMD2<Double> = 6 * t * oneMinusT * secant
            let second: SIMD2<Double> = oneMinusT * (1 - 3 * t) * leftSlope
            let third: SIMD2<Double> = t * (3 * t - 2) * rightSlope
            return first + second + third
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

/// Gauss–Legendre quadrature rule on [-1, 1], mapped onto any finite interval.
///
/// Nodes are the roots of Pₙ found by Newton iteration from Tricomi's initial guess;
/// weights wᵢ = 2 / ((1 − xᵢ²) Pₙ′(xᵢ)²). Building a rule costs O(n²); applying it O(n).
public struct GaussLegendre: Sendable {
    /// Nodes on [-1, 1], ascending.
    public let nodes: [Double]
    /// Weights matching `nodes`; they sum to 2.
    public let weights: [Double]

    /// Builds the n-point rule (exact for polynomials of degree ≤ 2n − 1).
    public init(pointCount n: Int) {
        precondition(n >= 1, "a Gauss–Legendre rule needs at least one point")
        var nodes = [Double](repeating: 0, count: n)
        var weights = [Double](repeating: 0, count: n)
        let half = (n + 1) / 2
        for i in 0..<half {
            // Tricomi's approximation of the i-th root, then Newton on Pₙ.
            var x = cos(Double.pi * (Double(i) + 0.75) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p0 = 1.0, p1 = x
                if n == 1 {
                    p1 = x; p0 = 1
                } else {
                    for k in 2...n {
                        let p2 = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                        p0 = p1; p1 = p2
                    }
                }
                // p1 = Pₙ(x), p0 = Pₙ₋₁(x)
                derivative = Double(n) * (x * p1 - p0) / (x * x - 1)
                let step = p1 / derivative
                x -= step
                if abs(step) < 1e-16 { break }
            }
            if n == 1 { x = 0; derivative = 1 }
            nodes[i] = -x
            nodes[n - 1 - i] = x
            let w = 2 / ((1 - x * x) * derivative * derivative)
            weights[i] = w
            weights[n - 1 - i] = w
        }
        if n % 2 == 1 && n > 1 { nodes[n / 2] = 0 }
        self.nodes = nodes
        self.weights = weights
    }

    /// ∫ₐᵇ f(x) dx with this rule.
    @inlinable
    public func integrate(from a: Double, to b: Double, _ f: (Double) -> Double) -> Double {
        let mid = 0.5 * (a + b), halfWidth = 0.5 * (b - a)
        var sum = 0.0
        for i in nodes.indices { sum += weights[i] * f(mid + halfWidth * nodes[i]) }
        return sum * halfWidth
    }
}

import Foundation

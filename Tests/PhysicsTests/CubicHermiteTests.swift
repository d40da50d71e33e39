import Foundation
import Testing

@testable import Physics

/// `CubicHermite`, the evaluation both monotone interpolations share, and `MonotoneCubic` (Fritsch–Carlson) on it.
@Suite struct CubicHermiteTests {
    /// p(x) = 2 − x + 0.5x² − 0.25x³ and its derivative: with the exact slopes at the nodes, the Hermite cubic of each
    /// interval is p itself.
    static func p(_ x: Double) -> Double { 2 - x + 0.5 * x * x - 0.25 * x * x * x }
    static func dp(_ x: Double) -> Double { -1 + x - 0.75 * x * x }

    @Test func reproducesACubicAndItsDerivative() {
        let nodes = [-1.0, -0.2, 0.5, 1.7, 3.0]
        let hermite = CubicHermite(nodes: nodes, values: nodes.map(Self.p), slopes: nodes.map(Self.dp))
        for point in stride(from: -1.0, through: 3.0, by: 0.05) {
            let i = hermite.interval(containing: point)
            #expect(nodes[i] <= point && (point < nodes[i + 1] || i == nodes.count - 2))
            // Exact in exact arithmetic; a dozen roundings of numbers of order 10 bound the error near 1e-13.
            #expect(abs(hermite.value(inInterval: i, at: point) - Self.p(point)) < 1e-13)
            #expect(abs(hermite.derivative(inInterval: i, at: point) - Self.dp(point)) < 1e-12)
        }
        #expect(hermite.interval(containing: -5) == 0)
        #expect(hermite.interval(containing: 9) == nodes.count - 2)
    }

    @Test func monotoneCubicKeepsTheNodesTheShapeAndLines() {
        // A step: Fritsch–Carlson puts zero slopes at the flat parts, so nothing overshoots 0 or 1.
        let x = [0.0, 1, 2, 3, 4, 5], y = [0.0, 0, 0, 1, 1, 1]
        let step = MonotoneCubic(x: x, y: y)
        for (node, value) in zip(x, y) { #expect(step(node) == value) }
        var previous = -Double.infinity
        for point in stride(from: 0.0, through: 5.0, by: 0.01) {
            let value = step(point)
            #expect(value >= 0 && value <= 1 && value >= previous, "at \(point): \(value)")
            previous = value
        }
        #expect(step(-1) == 0 && step(7) == 1, "clamped outside the table")
        // On a line every secant and every slope is the line's, so the interpolation is the line (to rounding).
        let line = MonotoneCubic(x: [0, 0.3, 1, 2.5], y: [1, 1.6, 3, 6])
        for point in stride(from: 0.0, through: 2.5, by: 0.1) { #expect(abs(line(point) - (1 + 2 * point)) < 1e-14) }
    }
}

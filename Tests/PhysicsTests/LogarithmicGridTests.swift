import Foundation
import Testing
@testable import Physics

/// The one logarithmic grid: its ends, its count from a density, and the three rounding recipes.
@Suite struct LogarithmicGridTests {
    static let evaluations: [LogarithmicGrid.Evaluation] = [.exponentOfFraction, .exponentOfStep, .decimalPower]

    /// Both ends are the given bounds bit for bit, whatever the recipe, and the points increase.
    @Test(arguments: evaluations)
    func endsAreExactAndPointsIncrease(evaluation: LogarithmicGrid.Evaluation) {
        for (lower, upper, count) in [(1e-3, 1.0, 91), (0.5, 100.0, 101), (1e-4, 10.0, 301), (0.3, 0.7, 2)] {
            let points = LogarithmicGrid(from: lower, to: upper, count: count, evaluation: evaluation).points
            #expect(points.count == count)
            #expect(points.first == lower && points.last == upper)
            #expect(zip(points, points.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    /// ⌈decades · density⌉ + 1 points: 3 decades at 40 per decade → 121; 0.5 decade at 3 → ⌈1.5⌉ + 1 = 3;
    /// a range far below one step still gets its two ends.
    @Test func countFromDensity() {
        #expect(LogarithmicGrid(from: 1e-3, to: 1, pointsPerDecade: 40).count == 121)
        #expect(LogarithmicGrid(from: 1, to: 10.0.squareRoot(), pointsPerDecade: 3).count == 3)
        #expect(LogarithmicGrid(from: 1, to: 1.0001, pointsPerDecade: 2).count == 2)
    }

    /// Each recipe is the formula its documentation states (evaluated here in the same operation order,
    /// so equality is exact): the recipes are kept so that the committed figure data stay byte-identical.
    @Test func recipesAreTheDocumentedFormulas() {
        let lower = 1e-3, upper = 1.0, count = 91, last = Double(count - 1)
        let r = log(upper / lower), d = log10(upper / lower), step = r / last
        let grids = Self.evaluations.map { LogarithmicGrid(from: lower, to: upper, count: count, evaluation: $0).points }
        for i in 1..<(count - 1) {
            #expect(grids[0][i] == lower * exp(r * Double(i) / last))
            #expect(grids[1][i] == lower * exp(step * Double(i)))
            #expect(grids[2][i] == lower * pow(10, d * Double(i) / last))
        }
    }

    /// The recipes are the same real numbers: they differ by a few units in the last place (relative
    /// 10⁻¹⁴ allows ~45 ulp, far above the rounding of one exp or pow of an argument ≤ 10).
    @Test func recipesAgreeToRounding() {
        let grids = Self.evaluations.map { LogarithmicGrid(from: 1e-4, to: 10, count: 301, evaluation: $0).points }
        for i in 0..<301 {
            #expect(abs(grids[1][i] / grids[0][i] - 1) < 1e-14)
            #expect(abs(grids[2][i] / grids[0][i] - 1) < 1e-14)
        }
    }
}

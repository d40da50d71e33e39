import Foundation
import Testing

@testable import Physics

/// The ziggurat sampler of the shower's exponential distances against e^{−x}.
@Suite("Exponential ziggurat")
struct ExponentialZigguratTests {
    /// 4·10⁵ draws: the mean and the tail probabilities P(x > t) = e^{−t} at points inside the inner
    /// rectangles, across strip edges and in the tail beyond r = 7.697 (which only the slow path
    /// reaches). Each check allows 5 standard deviations of its estimate (σ = 1/√N for the mean,
    /// √(p(1 − p)/N) for a probability), so a correct sampler fails by chance with probability below
    /// 10⁻⁵ per check, while a 1 % error of the mean or of P(x > 1) would be 6 and 5 σ.
    @Test func drawsFollowTheExponentialDistribution() {
        let sampler = ExponentialZiggurat()
        var random = Xoshiro256StarStar(seed: 2024, streamIndex: 0)
        let count = 400_000
        let points: [Double] = [0.01, 0.1, 0.5, 1, 2, 4, 7, 7.697_117_470_131_487, 9]
        var above = [Int](repeating: 0, count: points.count)
        var sum = 0.0, smallest = Double.infinity
        for _ in 0..<count {
            let x = sampler.next(&random)
            sum += x
            smallest = min(smallest, x)
            for (index, point) in points.enumerated() where x > point { above[index] += 1 }
        }
        let n = Double(count)
        #expect(smallest >= 0)
        #expect(abs(sum / n - 1) < 5 / n.squareRoot(), "mean \(sum / n)")
        for (index, point) in points.enumerated() {
            let p = exp(-point)
            let observed = Double(above[index]) / n
            #expect(abs(observed - p) < 5 * (p * (1 - p) / n).squareRoot(), "P(x > \(point)) = \(observed), expected \(p)")
        }
    }

    /// The tables: the inner-rectangle thresholds fall as the strips narrow towards the peak, and the
    /// strip values are e^{−edge} between 1 and e^{−r}.
    @Test func tablesAreConsistent() {
        let sampler = ExponentialZiggurat()
        #expect(sampler.threshold.count == 256 && sampler.width.count == 256 && sampler.value.count == 256)
        #expect(sampler.value[0] == 1)
        #expect(sampler.value[255] == exp(-ExponentialZiggurat.tailStart))
        for i in 1..<256 { #expect(sampler.value[i] < sampler.value[i - 1], "strip \(i)") }
        for i in 2..<256 { #expect(sampler.threshold[i] > 0 && sampler.threshold[i] < 1 << 53, "strip \(i)") }
    }
}

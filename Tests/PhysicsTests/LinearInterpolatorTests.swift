import Foundation
import Testing
@testable import Physics

/// The bucketed lookup of `LinearInterpolator` against a plain linear scan.
@Suite struct LinearInterpolatorTests {
    /// Reference: scan for the interval, interpolate linearly.
    static func scan(_ x: [Double], _ y: [Double], _ point: Double) -> Double? {
        guard point >= x[0], point <= x[x.count - 1] else { return nil }
        var index = 0
        while index + 2 < x.count, x[index + 1] <= point { index += 1 }
        let t = (point - x[index]) / (x[index + 1] - x[index])
        return y[index] + t * (y[index + 1] - y[index])
    }

    /// Irregular, clustered nodes (a dense cluster as in the efficiency table), queries at every node,
    /// at bucket-scale offsets and at random points: identical to the scan up to rounding (1e-12).
    @Test func matchesLinearScan() {
        var x = (0...200).map { 0.5 * Double($0) }
        x += (0..<200).map { 49.0 + 0.01 * Double($0) + 0.003 }
        x = Array(Set(x)).sorted()
        let y = x.map { sin($0) + 0.01 * $0 * $0 }
        let interpolate = LinearInterpolator(x: x, y: y)
        var generator = SystemRandomNumberGenerator()
        var queries = x + x.map { $0 + 1e-13 } + x.map { $0 - 1e-13 }
        queries += (0..<5000).map { _ in Double.random(in: 0...100, using: &generator) }
        for point in queries {
            let expected = Self.scan(x, y, point)
            let found = interpolate(point)
            if let expected, let found {
                #expect(abs(found - expected) <= 1e-12 * max(1, abs(expected)), "x = \(point)")
            } else {
                #expect(found == nil && expected == nil, "x = \(point)")
            }
        }
        #expect(interpolate(-1e-9) == nil && interpolate(100 + 1e-9) == nil)
        #expect(interpolate(100) == y[y.count - 1] && interpolate(0) == y[0])
    }

    /// Log–log interpolation reproduces a power law exactly (to rounding).
    @Test func logLogPowerLaw() {
        let x = [1.0, 2.0, 5.0, 10.0, 100.0]
        let interpolate = LinearInterpolator(x: x, y: x.map { 3 * pow($0, -1.5) }, scale: .logLog)
        for point in [1.0, 1.7, 4.2, 33.0, 100.0] {
            #expect(abs(interpolate(point)! / (3 * pow(point, -1.5)) - 1) < 1e-12)
        }
    }
}

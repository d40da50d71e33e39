import Foundation

extension Grid {
    /// A logarithmic grid with each threshold inside it as an exact point, plus points on both sides
    /// geometrically closer to it (relative distance 10⁻⁶ … 0.3), so a square-root cusp is drawn sharp. Sorted,
    /// without duplicates; thresholds outside (low, high) are ignored. O(n log n) for n points.
    public static func thresholdResolving(
        from low: Double, to high: Double, pointsPerDecade: Int, thresholds: [Double],
        pointsPerSide: Int
    ) -> [Double] {
        var points = LogarithmicGrid(from: low, to: high, pointsPerDecade: pointsPerDecade, evaluation: .decimalPower).points
        for threshold in thresholds where threshold > low && threshold < high {
            points.append(threshold)
            for i in 0..<pointsPerSide {
                let relative = 1e-6 * pow(0.3 / 1e-6, Double(i) / Double(max(1, pointsPerSide - 1)))
                for point in [threshold * (1 - relative), threshold * (1 + relative)] where point > low && point < high {
                    points.append(point)
                }
            }
        }
        return Array(Set(points)).sorted()
    }
}

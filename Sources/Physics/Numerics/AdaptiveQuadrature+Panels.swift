import Foundation

extension AdaptiveQuadrature {
    /// The number of abscissae of one 15-point Kronrod panel, in the order a `panel` integrand receives them: the centre,
    /// then centre − dxⱼ and centre + dxⱼ for j = 0…6 (dxⱼ = half-width · node j, outermost first).
    public static let panelPointCount = 15

    /// `integrate(from:to:breakpoints:absoluteTolerance:relativeTolerance:maxSubintervals:_:)` for an integrand
    /// that evaluates the 15 points of a panel at once (so that it can vectorise them): the same points, the same
    /// sums in the same order and the same subdivision, hence the same result to the bit.
    /// `panel(points, values)` writes f(points[i]) to values[i] for the `panelPointCount` points.
    public static func integrate(
        from a: Double, to b: Double,
        breakpoints: [Double] = [],
        absoluteTolerance: Double = 0,
        relativeTolerance: Double = 1e-10,
        maxSubintervals: Int = 2000,
        panel: (UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) -> QuadratureResult {
        oriented(a, b) { a, b in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * panelPointCount) { buffer in
                let points = buffer.baseAddress!, values = points + panelPointCount
                func kronrod(_ a: Double, _ b: Double) -> (Double, Double) {
                    let half = placePanelPoints(a, b, into: points)
                    panel(UnsafePointer(points), values)
                    return panelEstimate(UnsafePointer(values), half: half)
                }
                return bisect(
                    from: a, to: b, breakpoints: breakpoints, absoluteTolerance: absoluteTolerance,
                    relativeTolerance: relativeTolerance, maxSubintervals: maxSubintervals, rule: kronrod)
            }
        }
    }

    /// Writes the panel's 15 abscissae on [a, b] in the panel order (the centre, then centre ∓ dxⱼ) and returns the
    /// half-width: the points `kronrod(_:_:_:)` evaluates, computed by the same operations.
    @inline(__always)
    static func placePanelPoints(_ a: Double, _ b: Double, into points: UnsafeMutablePointer<Double>) -> Double {
        let center = 0.5 * (a + b), half = 0.5 * (b - a)
        points[0] = center
        for j in 0..<7 {
            let dx = half * kronrodNodes[j]
            points[1 + 2 * j] = center - dx
            points[2 + 2 * j] = center + dx
        }
        return half
    }

    /// The panel's (K15 value, |K15 − G7|) from its 15 integrand values in the panel order: the sums of
    /// `kronrod(_:_:_:)`, in its order.
    @inline(__always)
    static func panelEstimate(_ values: UnsafePointer<Double>, half: Double) -> (Double, Double) {
        let fc = values[0]
        var kronrod = fc * kronrodWeights[7]
        var gauss = fc * gaussWeights[3]
        for j in 0..<7 {
            let pair = values[1 + 2 * j] + values[2 + 2 * j]
            kronrod += kronrodWeights[j] * pair
            if j % 2 == 1 { gauss += gaussWeights[j / 2] * pair }
        }
        return (kronrod * half, abs((kronrod - gauss) * half))
    }
}

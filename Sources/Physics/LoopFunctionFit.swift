import Foundation

/// A compact fitted parameterisation of Re Π(m²) on the Z′ mass range (the 2022 paper's Fig. 8 compares
/// one with the exact function; docs/PHYSICS.md §1 has the closed form this fit is checked against).
///
/// Re Π is continuous at the muon threshold m = 2m_μ but has a square-root cusp there from below, so one
/// polynomial in m or ln m cannot follow it. The fit uses two polynomials of degree `degree`, each in a
/// variable in which its side is smooth:
///
///     below 2m_μ:  Re Π ≈ Σₖ aₖ wᵏ,  w = √(1 − m²/4m_μ²)     (Re Π is analytic in w: linear at w → 0);
///     above 2m_μ:  Re Π ≈ Σₖ bₖ vᵏ,  v = ln(m/2m_μ) / ln(m_max/2m_μ)   (analytic above, ~ ln m far above).
///
/// Coefficients come from linear least squares (`LinearLeastSquares`) on a dense grid of exact values in the
/// bare normalisation g = 2π²/e (Re Π for a coupling g is the fit times e g/2π²). Pure numbers, no I/O.
public struct LoopFunctionFit: Sendable, Equatable {
    /// Coefficients a₀…a_d of the polynomial in w below threshold.
    public var belowThreshold: [Double]
    /// Coefficients b₀…b_d of the polynomial in v above threshold.
    public var aboveThreshold: [Double]
    /// The upper end of the fitted mass range [GeV] (fixes the scale of v).
    public var massMaximumGeV: Double

    /// The threshold mass 2m_μ [GeV].
    public static var thresholdMassGeV: Double { 2 * PhysicalConstants.muonMassGeV }

    /// Fits Re Π (bare normalisation) on [massMinimumGeV, massMaximumGeV] with `pointsPerSide` exact values on
    /// each side of the threshold (geometric in the distance to it, so the cusp is sampled); nil if the range
    /// does not contain the threshold or a fit is singular.
    public static func fitted(massMinimumGeV: Double, massMaximumGeV: Double, degree: Int, pointsPerSide: Int) -> LoopFunctionFit? {
        let threshold = thresholdMassGeV
        guard massMinimumGeV > 0, massMinimumGeV < threshold, massMaximumGeV > threshold, degree >= 0,
            pointsPerSide > degree
        else { return nil }
        let below = samples(from: massMinimumGeV, to: threshold, count: pointsPerSide, nearUpper: true)
        let above = samples(from: threshold, to: massMaximumGeV, count: pointsPerSide, nearUpper: false)
        let scale = log(massMaximumGeV / threshold)
        func powers(_ t: Double) -> [Double] { (0...degree).map { pow(t, Double($0)) } }
        guard
            let lower = LinearLeastSquares.solve(
                rows: below.map { powers(Self.belowVariable(massGeV: $0)) }, values: below.map(exactRealPart)),
            let upper = LinearLeastSquares.solve(
                rows: above.map { powers(log($0 / threshold) / scale) }, values: above.map(exactRealPart))
        else { return nil }
        return LoopFunctionFit(belowThreshold: lower, aboveThreshold: upper, massMaximumGeV: massMaximumGeV)
    }

    /// The fitted Re Π(m²) in the bare normalisation (g = 2π²/e).
    public func realPart(massGeV m: Double) -> Double {
        let threshold = Self.thresholdMassGeV
        if m < threshold { return Self.horner(belowThreshold, Self.belowVariable(massGeV: m)) }
        return Self.horner(aboveThreshold, log(m / threshold) / log(massMaximumGeV / threshold))
    }

    /// The exact Re Π(m²), bare normalisation (`LoopFunction.normalizedIntegral`).
    public static func exactRealPart(massGeV m: Double) -> Double {
        LoopFunction.normalizedIntegral(q2GeV2: m * m).real
    }

    /// The largest |fit/exact − 1| over `massesGeV`.
    public func maximumRelativeError(massesGeV: [Double]) -> Double {
        massesGeV.map { abs(realPart(massGeV: $0) / Self.exactRealPart(massGeV: $0) - 1) }.max() ?? 0
    }

    /// w = √(1 − m²/4m_μ²).
    static func belowVariable(massGeV m: Double) -> Double {
        let ratio = m / thresholdMassGeV
        return max(0, 1 - ratio * ratio).squareRoot()
    }

    /// Σ cₖ tᵏ.
    static func horner(_ coefficients: [Double], _ t: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * t + $1 }
    }

    /// `count` masses in [lower, upper]: half logarithmic over the whole side, half geometric in the distance
    /// to the threshold end (down to 10⁻⁸ of it), sorted; the threshold itself is included.
    static func samples(from lower: Double, to upper: Double, count: Int, nearUpper: Bool) -> [Double] {
        let half = max(count / 2, 2)
        var masses = (0..<half).map { lower * pow(upper / lower, Double($0) / Double(half - 1)) }
        let threshold = nearUpper ? upper : lower
        let span = upper - lower
        for k in 0..<(count - half) {
            let distance = span * pow(1e-8, 1 - Double(k) / Double(max(count - half - 1, 1)))
            masses.append(nearUpper ? threshold - distance : threshold + distance)
        }
        return masses.filter { $0 >= lower && $0 <= upper }.sorted()
    }
}

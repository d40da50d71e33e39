/// Errors from one-dimensional root finding.
public enum RootFindingError: Error, Equatable, Sendable {
    /// f(a) and f(b) have the same sign, so the bracket holds no guaranteed root.
    case notBracketed(a: Double, fa: Double, b: Double, fb: Double)
}

/// Brent's method: bisection safety with inverse-quadratic speed (Brent 1973, ch. 4).
public enum RootFinding {
    /// A root of f in [a, b] to within `tolerance` (absolute, in x).
    public static func brent(
        in interval: ClosedRange<Double>, tolerance: Double = 1e-14, maxIterations: Int = 200,
        _ f: (Double) -> Double
    ) throws -> Double {
        var a = interval.lowerBound, b = interval.upperBound
        var fa = f(a), fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard (fa < 0) != (fb < 0) else { throw RootFindingError.notBracketed(a: a, fa: fa, b: b, fb: fb) }
        var c = a, fc = fa, d = b - a, e = d
        for _ in 0..<maxIterations {
            if (fb > 0) == (fc > 0) { c = a; fc = fa; d = b - a; e = d }
            if abs(fc) < abs(fb) { a = b; b = c; c = a; fa = fb; fb = fc; fc = fa }
            let tol = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * m * s; q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) { e = d; d = p / q } else { d = m; e = m }
            } else {
                d = m; e = m
            }
            a = b; fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = f(b)
        }
        return b
    }
}

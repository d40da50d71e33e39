import Foundation

/// Modified Bessel functions of the second kind K₀, K₁, K₂ for the thermal averages of the relic
/// calculation (docs/PHYSICS.md §14), scaled by eˣ so that K(x) at x ≫ 1 does not underflow.
///
/// Polynomial approximations of Abramowitz & Stegun, Handbook of Mathematical Functions, 9.8.1–9.8.8
/// (relative error below 3×10⁻⁷ for x > 0); K₂ from the recurrence K₂ = K₀ + (2/x) K₁.
public enum ModifiedBessel {
    /// I₀(x) for |x| ≤ 3.75 (A&S 9.8.1).
    static func i0Small(_ x: Double) -> Double {
        let t = x / 3.75, t2 = t * t
        return 1 + t2 * (3.5156229 + t2 * (3.0899424 + t2 * (1.2067492 + t2 * (0.2659732 + t2 * (0.0360768 + t2 * 0.0045813)))))
    }

    /// I₁(x) for |x| ≤ 3.75 (A&S 9.8.3).
    static func i1Small(_ x: Double) -> Double {
        let t = x / 3.75, t2 = t * t
        let series =
            0.5 + t2 * (0.87890594 + t2 * (0.51498869 + t2 * (0.15084934 + t2 * (0.02658733 + t2 * (0.00301532 + t2 * 0.00032411)))))
        return x * series
    }

    /// eˣ K₀(x), x > 0 (A&S 9.8.5 and 9.8.6).
    public static func scaledK0(_ x: Double) -> Double {
        precondition(x > 0, "K₀ needs x > 0")
        if x <= 2 {
            let y = x * x / 4
            let k0 =
                -log(x / 2) * i0Small(x) - 0.57721566
                + y * (0.42278420 + y * (0.23069756 + y * (0.03488590 + y * (0.00262698 + y * (0.00010750 + y * 0.0000074)))))
            return k0 * exp(x)
        }
        let y = 2 / x
        let series =
            1.25331414
            + y * (-0.07832358 + y * (0.02189568 + y * (-0.01062446 + y * (0.00587872 + y * (-0.00251540 + y * 0.00053208)))))
        return series / x.squareRoot()
    }

    /// eˣ K₁(x), x > 0 (A&S 9.8.7 and 9.8.8).
    public static func scaledK1(_ x: Double) -> Double {
        precondition(x > 0, "K₁ needs x > 0")
        if x <= 2 {
            let y = x * x / 4
            let xk1 =
                x * log(x / 2) * i1Small(x) + 1
                + y * (0.15443144 + y * (-0.67278579 + y * (-0.18156897 + y * (-0.01919402 + y * (-0.00110404 + y * -0.00004686)))))
            return xk1 / x * exp(x)
        }
        return scaledK1AboveTwo(x)
    }

    /// eˣ K₁(x) for x > 2 (A&S 9.8.8): the lane form's first lane (the same IEEE operations on one number).
    @inline(__always)
    static func scaledK1AboveTwo(_ x: Double) -> Double {
        scaledK1AboveTwo(DoubleLanes(repeating: x))[0]
    }

    /// eˣ K₂(x), x > 0, from K₂ = K₀ + (2/x) K₁.
    public static func scaledK2(_ x: Double) -> Double {
        scaledK0(x) + 2 / x * scaledK1(x)
    }
}

import ComplexModule
import RealModule

/// The digamma function ψ(z) = Γ′(z)/Γ(z) for complex z, as Approximation A's Mellin transforms need it.
///
/// Method: reflection ψ(z) = ψ(1 − z) − π cot(πz) for Re z < ½, the recurrence ψ(z) = ψ(z + 1) − 1/z
/// up to Re z ≥ 10, then the asymptotic series ψ(z) ~ ln z − 1/(2z) − Σ B₂ₖ/(2k z²ᵏ) (Abramowitz
/// and Stegun 6.3.5, 6.3.7, 6.3.18) to five terms: truncation below 10⁻¹⁵ for |z| ≥ 10.
/// Cost O(1 + max(0, 10 − Re z)).
public enum ComplexDigamma {
    /// ψ(z).
    public static func value(_ z: Complex<Double>) -> Complex<Double> {
        if z.real < 0.5 {
            return value(1 - z) - Complex(Double.pi) * cotangentOfPiTimes(z)
        }
        var shifted = z
        var result = Complex<Double>.zero
        while shifted.real < 10 {
            result -= 1 / shifted
            shifted += 1
        }
        let inverse = 1 / shifted
        let inverse2 = inverse * inverse
        // Horner form of 1/12 z⁻² − 1/120 z⁻⁴ + 1/252 z⁻⁶ − 1/240 z⁻⁸ + 1/132 z⁻¹⁰.
        let coefficients: [Double] = [1.0 / 132, -1.0 / 240, 1.0 / 252, -1.0 / 120, 1.0 / 12]
        var series = Complex<Double>.zero
        for coefficient in coefficients { series = (series + Complex(coefficient)) * inverse2 }
        return result + Complex.log(shifted) - inverse.multiplied(by: 0.5) - series
    }

    /// cot(πz) written with exp(±2πiz) of modulus ≤ 1, so it neither overflows nor loses
    /// precision for large |Im z| (where cot → ∓i).
    static func cotangentOfPiTimes(_ z: Complex<Double>) -> Complex<Double> {
        let i = Complex<Double>.i
        if z.imaginary >= 0 {
            let w = Complex.exp(i * z.multiplied(by: 2 * Double.pi))
            return i * (w + 1) / (w - 1)
        } else {
            let w = Complex.exp(i * z.multiplied(by: -2 * Double.pi))
            return -i * (w + 1) / (w - 1)
        }
    }
}

import Foundation
import Testing

@testable import Physics

/// The inline logarithm and exponential of the shower's hard-photon sampler and the bounded logarithm of its
/// majorant and thinning, against Foundation's (glibc's correctly rounded in practice) `log` and `exp`.
@Suite("Shower elementary functions")
struct ShowerElementaryFunctionsTests {
    /// ln x within 4 units in the last place over 2·10⁵ arguments spread over 10⁻¹²–10⁴ (every fraction a
    /// bremsstrahlung cut k/E takes and more), plus the octave edges and the √2 switch of the reduction.
    @Test func logarithmIsWithinFourUlps() {
        var random = Xoshiro256StarStar(seed: 17, streamIndex: 0)
        var arguments: [Double] = [
            1, 2, 0.5, 2.0.squareRoot(), 2.0.squareRoot().nextUp, 2.0.squareRoot().nextDown, 1.0.nextUp,
            1.0.nextDown, 1e-300, 0.999_999_99, 1.000_000_01
        ]
        for _ in 0..<200_000 { arguments.append(exp(-27.6 + 36.8 * random.nextOpenUnit())) }
        var worst = 0.0
        for x in arguments {
            let expected = log(x)
            let error = abs(ShowerElementaryFunctions.logarithm(x) - expected)
            if expected == 0 { #expect(error == 0) } else { worst = max(worst, error / expected.ulp) }
        }
        #expect(worst <= 4, "worst error \(worst) ulp")
    }

    /// e^t within 4 units in the last place for t in [−30, 0] (the sampler's t = u·ln y_c with y_c ≥ 10⁻¹³) and at
    /// the ends of the documented domain.
    @Test func exponentialIsWithinFourUlps() {
        var random = Xoshiro256StarStar(seed: 17, streamIndex: 1)
        var arguments: [Double] = [0, -0.0, -1e-300, -1e-17, -0.5 * log(2.0), -708, -1]
        for _ in 0..<200_000 { arguments.append(-30 * random.nextOpenUnit()) }
        var worst = 0.0
        for t in arguments {
            let expected = exp(t)
            worst = max(worst, abs(ShowerElementaryFunctions.exponential(t) - expected) / expected.ulp)
        }
        #expect(worst <= 4, "worst error \(worst) ulp")
    }

    /// The bounded logarithm's error stays below the bound the majorant and the thinning add: every one of 2²⁰
    /// evenly spaced mantissas in [1, 2), in octaves from 2⁻⁴⁰ to 2¹⁰ (the polynomial's error is the same in every
    /// octave; rounding adds ≈ 10⁻¹⁵·|ln x|). A bound that failed would make the majorant fall below the rate,
    /// a biased Monte Carlo.
    @Test func boundedLogarithmStaysWithinItsBound() {
        let bound = ShowerTransporter.boundedLogarithmError
        var worst = 0.0
        for step in 0...(1 << 20) {
            let mantissa = 1 + Double(step) / Double(1 << 20)
            for octave in [-40, -7, -1, 0, 10] {
                let x = mantissa * pow(2, Double(octave))
                worst = max(worst, abs(ShowerTransporter.boundedLogarithm(x) - log(x)))
            }
        }
        #expect(worst < 0.5 * bound, "worst error \(worst) against the bound \(bound)")
        #expect(worst > 1e-7, "the bound is used: the polynomial is an approximation")
    }
}

import Foundation

/// Helm nuclear charge form factor F(Q) = 3 j₁(QR)/(QR) · exp(−Q²s²/2), F(0) = 1
/// (R. H. Helm, Phys. Rev. 104, 1466 (1956); parameters of Lewin & Smith, Astropart. Phys. 6, 87 (1996), §4:
/// R² = c² + (7/3)π²a² − 5s², c = 1.23 A^{1/3} − 0.60 fm, a = 0.52 fm, s = 0.9 fm).
public struct HelmFormFactor: Sendable, Hashable, Codable {
    /// Effective radius R [GeV⁻¹].
    public var radiusPerGeV: Double
    /// Skin thickness s [GeV⁻¹].
    public var skinPerGeV: Double

    /// Form factor for mass number A with the Lewin–Smith parameters.
    public init(massNumber: Double) {
        let femtometrePerGeV = 1e-13 / PhysicalConstants.inverseGeV2InCm2.squareRoot()  // 1 fm in GeV⁻¹ (≈ 5.068)
        let c = 1.23 * cbrt(massNumber) - 0.60, a = 0.52, s = 0.9
        let radiusFm = (c * c + 7.0 / 3.0 * Double.pi * Double.pi * a * a - 5 * s * s).squareRoot()
        self.radiusPerGeV = radiusFm * femtometrePerGeV
        self.skinPerGeV = s * femtometrePerGeV
    }

    /// F(Q) for momentum transfer Q [GeV].
    public func callAsFunction(momentumGeV q: Double) -> Double {
        let x = q * radiusPerGeV
        // 3 j₁(x)/x, with its Taylor series 1 − x²/10 + x⁴/280 below x = 10⁻² to avoid cancellation.
        let bessel: Double
        if x < 1e-2 {
            let x2 = x * x
            bessel = 1 - x2 / 10 + x2 * x2 / 280
        } else {
            bessel = 3 * (sin(x) - x * cos(x)) / (x * x * x)
        }
        return bessel * exp(-0.5 * q * q * skinPerGeV * skinPerGeV)
    }
}

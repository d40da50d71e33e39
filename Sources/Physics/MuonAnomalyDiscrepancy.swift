/// The muon g − 2 discrepancy Δa_μ = a_μ(Exp) − a_μ(SM) and its uncertainty, the input of the g − 2 band
/// (docs/PHYSICS.md §3).
///
/// Built either from the two measured/predicted values (uncorrelated errors added in quadrature) or directly
/// from a quoted Δa_μ ± σ. `standard` is the combination the 2024 letters quote: a_μ(Exp) = 116 592 059(22)
/// and a_μ(SM) = 116 591 810(43), in units of 10⁻¹¹, give Δa_μ = (249 ± 48)×10⁻¹¹; `paper2022` is the 2022
/// paper's (251 ± 59)×10⁻¹¹. All values are dimensionless (not in units of 10⁻¹¹).
public struct MuonAnomalyDiscrepancy: Sendable, Hashable, Codable {
    /// Δa_μ.
    public var value: Double
    /// One-standard-deviation uncertainty of Δa_μ.
    public var uncertainty: Double

    /// A quoted Δa_μ ± σ.
    public init(value: Double, uncertainty: Double) {
        precondition(uncertainty >= 0, "an uncertainty is non-negative")
        self.value = value
        self.uncertainty = uncertainty
    }

    /// Δa_μ = a_μ(Exp) − a_μ(SM), σ = √(σ_Exp² + σ_SM²) (the two are independent).
    public init(
        experimental: Double, experimentalUncertainty: Double,
        standardModel: Double, standardModelUncertainty: Double
    ) {
        let quadrature =
            (experimentalUncertainty * experimentalUncertainty
            + standardModelUncertainty * standardModelUncertainty).squareRoot()
        self.init(value: experimental - standardModel, uncertainty: quadrature)
    }

    /// Exp 116 592 059(22) minus SM 116 591 810(43), ×10⁻¹¹: (249 ± 48.3)×10⁻¹¹. Differences are taken on the
    /// integers (in units of 10⁻¹¹) before scaling, so no rounding of the nine-digit values leaks into Δa_μ.
    public static let standard = MuonAnomalyDiscrepancy(
        value: Double(116_592_059 - 116_591_810) * 1e-11,
        uncertainty: (22.0 * 22 + 43 * 43).squareRoot() * 1e-11)

    /// The 2022 paper's Δa_μ = (251 ± 59)×10⁻¹¹.
    public static let paper2022 = MuonAnomalyDiscrepancy(value: 251e-11, uncertainty: 59e-11)

    /// The default is `standard`.
    public init() { self = .standard }
}

extension MuonAnomaly {
    /// The band for a discrepancy, ±k σ (k = 2 in the papers).
    public init(discrepancy: MuonAnomalyDiscrepancy, standardDeviations: Double = 2) {
        self.init(anomaly: discrepancy.value, uncertainty: discrepancy.uncertainty, standardDeviations: standardDeviations)
    }
}

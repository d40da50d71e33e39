/// The thermal-relic target for complex-scalar dark matter annihilating through the Z′ (docs/PHYSICS.md §4).
///
/// Defining equation: g_D² g² (m_χ/m_Z′)⁴ = f · 3×10⁻¹⁵ (m_χ/1 MeV)², f = 1 for a complex scalar,
/// g_D² = 4πα_D, m_χ = m_Z′/massRatio. Solved for g in closed form (g > 0).
public struct ThermalTarget: Sendable, Hashable {
    /// α_D = g_D²/4π.
    public var alphaDark: Double
    /// m_Z′/m_χ.
    public var massRatio: Double
    /// The order-one factor f (1 for a complex scalar).
    public var factor: Double

    /// Papers: α_D = 0.1 or 0.02, m_Z′/m_χ = 3, complex scalar (f = 1).
    public init(alphaDark: Double, massRatio: Double = 3, factor: Double = 1) {
        precondition(alphaDark > 0 && massRatio > 0 && factor > 0, "α_D, m_Z′/m_χ and f must be positive")
        self.alphaDark = alphaDark
        self.massRatio = massRatio
        self.factor = factor
    }

    /// The normalisation 3×10⁻¹⁵ of the relic condition, for m_χ in MeV (docs/PHYSICS.md §4).
    public static let relicConstant = 3e-15

    /// The left side of the defining equation, g_D² g² (m_χ/m_Z′)⁴, for a given g.
    public func annihilationStrength(coupling: Double) -> Double {
        let inverseRatio = 1 / massRatio
        let inverseRatio2 = inverseRatio * inverseRatio
        return 4 * Double.pi * alphaDark * coupling * coupling * inverseRatio2 * inverseRatio2
    }

    /// The right side, f · 3×10⁻¹⁵ (m_χ/1 MeV)², at Z′ mass `massGeV`.
    public func requiredStrength(massGeV: Double) -> Double {
        let darkMatterMassMeV = massGeV / massRatio * 1000
        return factor * Self.relicConstant * darkMatterMassMeV * darkMatterMassMeV
    }

    /// g(m_Z′) on the thermal target: g = √(required / (g_D² (m_χ/m_Z′)⁴)).
    public func coupling(massGeV: Double) -> Double {
        (requiredStrength(massGeV: massGeV) / annihilationStrength(coupling: 1)).squareRoot()
    }
}

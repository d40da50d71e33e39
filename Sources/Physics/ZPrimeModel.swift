/// An L_μ−L_τ Z′ boson: its mass, its coupling g to μ, τ, ν_μ, ν_τ, and an optional dark sector.
///
/// "Vanilla" (docs/PHYSICS.md §0): no dark sector, Z′ → νν̄ (and μ⁺μ⁻, τ⁺τ⁻ above threshold).
/// "Dark": a complex scalar χ with coupling g_D = √(4πα_D) and m_χ = m_Z′/massRatio.
/// The widths live in `ZPrimeModel+Widths.swift`.
public struct ZPrimeModel: Sendable, Hashable {
    /// The dark sector: a complex scalar χ coupled to the Z′ with strength α_D = g_D²/4π.
    public struct DarkSector: Sendable, Hashable, Codable {
        /// α_D = g_D²/4π.
        public var alphaDark: Double
        /// m_Z′/m_χ (3 in the papers).
        public var massRatio: Double

        /// A dark sector with the given α_D and m_Z′/m_χ.
        public init(alphaDark: Double, massRatio: Double = 3) {
            precondition(alphaDark >= 0 && massRatio > 0, "α_D ≥ 0 and m_Z′/m_χ > 0 required")
            self.alphaDark = alphaDark
            self.massRatio = massRatio
        }
    }

    /// Z′ mass [GeV].
    public var massGeV: Double
    /// Coupling g (g_Z′) to the L_μ−L_τ current.
    public var coupling: Double
    /// The dark sector, or nil for the vanilla model.
    public var darkSector: DarkSector?

    /// A model with an explicit (optional) dark sector.
    public init(massGeV: Double, coupling: Double, darkSector: DarkSector? = nil) {
        precondition(massGeV > 0, "the Z′ mass must be positive")
        self.massGeV = massGeV
        self.coupling = coupling
        self.darkSector = darkSector
    }

    /// The vanilla model (g_D = 0).
    public static func vanilla(massGeV: Double, coupling: Double) -> ZPrimeModel {
        ZPrimeModel(massGeV: massGeV, coupling: coupling)
    }

    /// The dark model: complex scalar χ, α_D, m_χ = m_Z′/massRatio (papers: α_D = 0.1 or 0.02, ratio 3).
    public static func dark(massGeV: Double, coupling: Double, alphaDark: Double, massRatio: Double = 3) -> ZPrimeModel {
        ZPrimeModel(
            massGeV: massGeV, coupling: coupling,
            darkSector: DarkSector(alphaDark: alphaDark, massRatio: massRatio))
    }

    /// α_D (0 in the vanilla model).
    public var alphaDark: Double { darkSector?.alphaDark ?? 0 }
    /// m_Z′/m_χ, or nil in the vanilla model.
    public var massRatio: Double? { darkSector?.massRatio }
    /// m_χ [GeV], or nil in the vanilla model.
    public var darkMatterMassGeV: Double? { darkSector.map { massGeV / $0.massRatio } }
    /// α_g = g²/4π.
    public var alphaCoupling: Double { coupling * coupling / (4 * Double.pi) }
    /// The same model with another coupling (the limit-setting iteration varies g at fixed mass).
    public func with(coupling newCoupling: Double) -> ZPrimeModel {
        ZPrimeModel(massGeV: massGeV, coupling: newCoupling, darkSector: darkSector)
    }
    /// The same model at another mass (the dark sector keeps its mass ratio).
    public func with(massGeV newMass: Double) -> ZPrimeModel {
        ZPrimeModel(massGeV: newMass, coupling: coupling, darkSector: darkSector)
    }
}

/// The dimensionless coupling a limit dataset's y column holds, kept as declared (never converted on load).
public enum DatasetCoupling: String, Sendable, CaseIterable, Equatable {
    /// The L_μ−L_τ gauge coupling g′ itself.
    case gPrime = "g'"
    /// The L_μ−L_τ gauge coupling divided by the electron charge e = 0.302822.
    case gPrimeOverE = "g'/e"
    /// The dark-photon kinetic-mixing parameter ε.
    case epsilon = "epsilon"
    /// The dark-matter variable y = g′² α_D (m_χ/m_Z′)⁴ of thermal-target plots.
    case y = "y"
}

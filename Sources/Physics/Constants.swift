import Foundation

/// Physical constants in natural units (GeV, ħ = c = 1), as fixed in docs/PHYSICS.md §0.
///
/// Sources: CODATA 2018 (α, mₑ), PDG 2022 (m_μ, m_τ), and the PDG's ħc conversion
/// 1 GeV⁻² = 0.3893794 mb.
public enum PhysicalConstants {
    /// Fine-structure constant α at q² = 0.
    public static let alpha = 1 / 137.035999
    /// Electric charge e = √(4πα) (≈ 0.302822).
    public static let electronCharge = (4 * Double.pi * alpha).squareRoot()
    /// Electron mass [GeV] (0.51099895 MeV).
    public static let electronMassGeV = 0.51099895e-3
    /// Muon mass [GeV] (105.6583755 MeV).
    public static let muonMassGeV = 105.6583755e-3
    /// Tau mass [GeV] (1776.86 MeV).
    public static let tauMassGeV = 1776.86e-3
    /// Proton mass [GeV].
    public static let protonMassGeV = 0.93827208816
    /// Conversion 1 GeV⁻² → cm² (0.3893794 mb, 1 mb = 10⁻²⁷ cm²).
    public static let inverseGeV2InCm2 = 0.3893794e-27
    /// Avogadro's number [1/mol].
    public static let avogadro = 6.02214076e23
    /// Fermi constant G_F [GeV⁻²] (PDG 2022).
    public static let fermiConstantPerGeV2 = 1.1663787e-5
}

/// Tree-level elastic ν_α e⁻ → ν_α e⁻ scattering off electrons at rest, with chiral couplings g_L, g_R.
///
/// dσ/dT = (2 G_F² m_e/π)[g_L² + g_R²(1 − T/E)² − g_L g_R m_e T/E²]  (e.g. Vogel & Engel, PRD 39,
/// 3378 (1989), Eq. 2, written there with g_V ± g_A = 2g_{L,R}; 't Hooft, PLB 37, 195 (1971)).
/// Standard Model: g_R = sin²θ_W; g_L = −½ + sin²θ_W for ν_μ, ν_τ (Z exchange only) and
/// g_L = +½ + sin²θ_W for ν_e (the W exchange, Fierz-rearranged, adds 1 to g_L).
public struct NeutrinoElectronScattering: Sendable, Hashable {
    /// Left-handed electron coupling g_L.
    public var leftCoupling: Double
    /// Right-handed electron coupling g_R.
    public var rightCoupling: Double

    /// Memberwise initialiser.
    public init(leftCoupling: Double, rightCoupling: Double) {
        self.leftCoupling = leftCoupling
        self.rightCoupling = rightCoupling
    }

    /// Neutrino flavours (by charged-lepton partner).
    public enum Flavor: Int, Sendable, Hashable, Codable, CaseIterable {
        case electron = 0, muon = 1, tau = 2
    }

    /// Standard-Model couplings of ν_α on electrons at tree level.
    public static func standardModel(flavor: Flavor, weakMixingAngleSine2: Double) -> NeutrinoElectronScattering {
        let left = (flavor == .electron ? 0.5 : -0.5) + weakMixingAngleSine2
        return NeutrinoElectronScattering(leftCoupling: left, rightCoupling: weakMixingAngleSine2)
    }

    /// Largest recoil kinetic energy T_max = 2E²/(m_e + 2E) [GeV] for neutrino energy E [GeV].
    public static func maximumRecoilGeV(neutrinoEnergyGeV energy: Double) -> Double {
        2 * energy * energy / (PhysicalConstants.electronMassGeV + 2 * energy)
    }

    /// dσ/dT [GeV⁻³] at recoil kinetic energy T [GeV] for neutrino energy E [GeV]; zero above T_max.
    public func differentialCrossSection(recoilGeV recoil: Double, neutrinoEnergyGeV energy: Double) -> Double {
        guard recoil >= 0, recoil <= Self.maximumRecoilGeV(neutrinoEnergyGeV: energy) else { return 0 }
        return Self.prefactorPerGeV3
            * Self.bracket(
                left: leftCoupling, right: rightCoupling, recoilGeV: recoil, neutrinoEnergyGeV: energy)
    }

    /// 2 G_F² m_e/π [GeV⁻³].
    static let prefactorPerGeV3 =
        2 * PhysicalConstants.fermiConstantPerGeV2 * PhysicalConstants.fermiConstantPerGeV2
        * PhysicalConstants.electronMassGeV / Double.pi

    /// The coupling bracket g_L² + g_R²(1 − T/E)² − g_L g_R m_e T/E².
    @inline(__always)
    static func bracket(left: Double, right: Double, recoilGeV recoil: Double, neutrinoEnergyGeV energy: Double) -> Double {
        let y = 1 - recoil / energy
        return left * left + right * right * y * y
            - left * right * PhysicalConstants.electronMassGeV * recoil / (energy * energy)
    }
}

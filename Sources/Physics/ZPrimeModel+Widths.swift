import Numerics

/// Partial and total decay widths of the Z′ (docs/PHYSICS.md §2), α_g ≡ g²/4π.
///
/// Each width is also available at an arbitrary invariant mass √s (`…(atEnergyGeV:)`), which is what
/// the resonant cross sections of §6 need: σ = 12π Γ_ee(√s) Γ_X(√s)/D.
///
/// The loop-induced Γ(Z′ → e⁺e⁻) = α|Π(m²)|²m/3 is NOT included in the total width: it is
/// ≈ α·(0.015)²/α_g ~ 10⁻⁵ of Γ_νν (docs/PHYSICS.md §2), far below every other uncertainty, and including
/// it would make Γ_tot depend on Π. It is provided separately as `electronWidthGeV` for §6.
extension ZPrimeModel {
    /// Γ(Z′ → ν_μν̄_μ + ν_τν̄_τ) = α_g m/3 (α_g m/6 per flavour: only left-handed neutrinos).
    /// docs/PHYSICS.md §13 item 6: the NA64-μ prospects' "αm/3 per flavour" is this sum over both flavours.
    public var neutrinoWidthGeV: Double { Self.neutrinoWidth(alphaCoupling: alphaCoupling, energyGeV: massGeV) }

    /// Γ(Z′ → ℓ⁺ℓ⁻) = (α_g m/3)(1 + 2r²)√(1 − 4r²), r = m_ℓ/m, zero below threshold.
    public func leptonWidthGeV(massGeV leptonMassGeV: Double) -> Double {
        Self.leptonWidth(alphaCoupling: alphaCoupling, energyGeV: massGeV, leptonMassGeV: leptonMassGeV)
    }

    /// Γ(Z′ → μ⁺μ⁻).
    public var muonWidthGeV: Double { leptonWidthGeV(massGeV: PhysicalConstants.muonMassGeV) }
    /// Γ(Z′ → τ⁺τ⁻).
    public var tauWidthGeV: Double { leptonWidthGeV(massGeV: PhysicalConstants.tauMassGeV) }

    /// Γ(Z′ → χχ*) = (α_D m/12)(1 − 4r_χ²)^{3/2}, r_χ = m_χ/m (complex scalar; P-wave β³); 0 if vanilla.
    public var darkWidthGeV: Double { darkWidthGeV(atEnergyGeV: massGeV) }

    /// Γ_tot = Γ_νν + Γ_μμ + Γ_ττ + Γ_χχ (loop-induced Γ_ee neglected, see the type comment).
    public var totalWidthGeV: Double { neutrinoWidthGeV + muonWidthGeV + tauWidthGeV + darkWidthGeV }

    /// BR_inv = (Γ_νν + Γ_χχ)/Γ_tot.
    public var invisibleBranchingRatio: Double { (neutrinoWidthGeV + darkWidthGeV) / totalWidthGeV }

    /// Γ(Z′ → e⁺e⁻) = α|Π(m²)|²m/3 through the μ/τ loop (not part of `totalWidthGeV`).
    public var electronWidthGeV: Double { electronWidthGeV(atEnergyGeV: massGeV) }

    // MARK: widths at an invariant mass √s (m → √s in the formulas above)

    /// Γ_νν with m → √s.
    public func neutrinoWidthGeV(atEnergyGeV energyGeV: Double) -> Double {
        Self.neutrinoWidth(alphaCoupling: alphaCoupling, energyGeV: energyGeV)
    }

    /// Γ_χχ with m → √s (m_χ fixed); 0 below 2m_χ or if vanilla.
    public func darkWidthGeV(atEnergyGeV energyGeV: Double) -> Double {
        guard let dark = darkSector else { return 0 }
        let ratio = massGeV / dark.massRatio / energyGeV
        let velocity2 = 1 - 4 * ratio * ratio
        guard velocity2 > 0 else { return 0 }
        return dark.alphaDark * energyGeV / 12 * velocity2 * velocity2.squareRoot()
    }

    /// Γ_ee(√s) = α|Π(s)|²√s/3.
    public func electronWidthGeV(atEnergyGeV energyGeV: Double) -> Double {
        let pi = LoopFunction.pi(q2GeV2: energyGeV * energyGeV, coupling: coupling)
        return PhysicalConstants.alpha * pi.lengthSquared * energyGeV / 3
    }

    @inlinable
    static func neutrinoWidth(alphaCoupling: Double, energyGeV: Double) -> Double {
        alphaCoupling * energyGeV / 3
    }

    @inlinable
    static func leptonWidth(alphaCoupling: Double, energyGeV: Double, leptonMassGeV: Double) -> Double {
        let ratio = leptonMassGeV / energyGeV
        let r2 = ratio * ratio
        guard 4 * r2 < 1 else { return 0 }
        return alphaCoupling * energyGeV / 3 * (1 + 2 * r2) * (1 - 4 * r2).squareRoot()
    }
}

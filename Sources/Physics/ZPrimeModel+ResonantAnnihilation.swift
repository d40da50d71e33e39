import Numerics

/// Resonant annihilation e⁺e⁻ → Z′ → invisible on an electron at rest (docs/PHYSICS.md §6).
///
/// With D = (s − m²)² + m²Γ² (Γ = `totalWidthGeV`, fixed at the pole):
///   σ_νν(s) = 4π α α_g |Π(s)|² s/(3D),
///   σ_χχ(s) = π α α_D |Π(s)|² s (1 − 4m_χ²/s)^{3/2}/(3D).
/// Both are the corrected forms of the 2022 paper (docs/PHYSICS.md §13 item 3: the factor s in the νν̄
/// numerator is missing there, and r_s = m_χ/s must read m_χ/√s). Equivalently σ = 12πΓ_ee(√s)Γ_X(√s)/D.
/// Cross sections are in GeV⁻² (multiply by `PhysicalConstants.inverseGeV2InCm2` for cm²).
extension ZPrimeModel {
    /// Breit–Wigner denominator D(s) = (s − m²)² + m²Γ².
    @inlinable
    public func breitWignerDenominator(sGeV2 s: Double) -> Double {
        let m2 = massGeV * massGeV
        let width = totalWidthGeV
        return (s - m2) * (s - m2) + m2 * width * width
    }

    /// σ(e⁺e⁻ → Z′ → ν_μν̄_μ + ν_τν̄_τ) at squared centre-of-mass energy s [GeV²], in GeV⁻².
    public func neutrinoAnnihilationCrossSection(sGeV2 s: Double) -> Double {
        let pi2 = LoopFunction.pi(q2GeV2: s, coupling: coupling).lengthSquared
        return 4 * Double.pi * PhysicalConstants.alpha * alphaCoupling * pi2 * s / (3 * breitWignerDenominator(sGeV2: s))
    }

    /// σ(e⁺e⁻ → Z′ → χχ*) in GeV⁻² (0 below 2m_χ and in the vanilla model).
    public func darkAnnihilationCrossSection(sGeV2 s: Double) -> Double {
        guard let dark = darkSector else { return 0 }
        let darkMass = massGeV / dark.massRatio
        let velocity2 = 1 - 4 * darkMass * darkMass / s
        guard velocity2 > 0 else { return 0 }
        let pi2 = LoopFunction.pi(q2GeV2: s, coupling: coupling).lengthSquared
        return Double.pi * PhysicalConstants.alpha * dark.alphaDark * pi2 * s * velocity2 * velocity2.squareRoot()
            / (3 * breitWignerDenominator(sGeV2: s))
    }

    /// σ(e⁺e⁻ → Z′ → invisible) = σ_νν + σ_χχ in GeV⁻². One Π evaluation; O(1).
    public func invisibleAnnihilationCrossSection(sGeV2 s: Double) -> Double {
        let pi2 = LoopFunction.pi(q2GeV2: s, coupling: coupling).lengthSquared
        var strength = 4 * alphaCoupling  // νν̄ (4α_g) + χχ* (α_D β³) in units of π α |Π|² s/(3D)
        if let dark = darkSector {
            let darkMass = massGeV / dark.massRatio
            let velocity2 = 1 - 4 * darkMass * darkMass / s
            if velocity2 > 0 { strength += dark.alphaDark * velocity2 * velocity2.squareRoot() }
        }
        return Double.pi * PhysicalConstants.alpha * strength * pi2 * s / (3 * breitWignerDenominator(sGeV2: s))
    }

    /// Positron energy that hits the pole on an electron at rest: E₊ = (m² − 2m_e²)/(2m_e) [GeV].
    public var resonancePositronEnergyGeV: Double {
        let me = PhysicalConstants.electronMassGeV
        return (massGeV * massGeV - 2 * me * me) / (2 * me)
    }

    /// s = 2m_e² + 2m_e E₊ for a positron of energy E₊ on an electron at rest [GeV²].
    @inlinable
    public static func restFrameS(positronEnergyGeV energy: Double) -> Double {
        let me = PhysicalConstants.electronMassGeV
        return 2 * me * me + 2 * me * energy
    }

    /// σ_inv per electron at rest as a function of the positron energy, in GeV⁻².
    public func invisibleAnnihilationCrossSection(positronEnergyGeV energy: Double) -> Double {
        invisibleAnnihilationCrossSection(sGeV2: Self.restFrameS(positronEnergyGeV: energy))
    }

    /// Narrow-width integral ∫dE₊ σ_inv = 2π²α|Π(m²)|² BR_inv/m_e [GeV⁻¹] (electron at rest).
    /// From ∫ds/D = π/(mΓ), dE₊ = ds/(2m_e) and σ = 12πΓ_eeΓ_inv/D; exact as Γ/m → 0.
    public var narrowWidthIntegralPerGeV: Double {
        let pi2 = LoopFunction.pi(q2GeV2: massGeV * massGeV, coupling: coupling).lengthSquared
        return 2 * Double.pi * Double.pi * PhysicalConstants.alpha * pi2 * invisibleBranchingRatio
            / PhysicalConstants.electronMassGeV
    }
}

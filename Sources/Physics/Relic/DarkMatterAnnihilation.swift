import Foundation

/// The dark-matter candidates of the NA64-μ letter's Fig. 4 and their couplings to the Z′ (docs/PHYSICS.md §14).
///
/// - complex scalar: L ⊃ i g_χ Z′^μ (χ* ∂_μχ − χ ∂_μχ*); χχ* → f f̄ is p-wave.
/// - pseudo-Dirac: a Dirac fermion g_χ ψ̄γ^μψ Z′_μ split into two Majorana states by a small mass term; the
///   vector current connects χ₁ and χ₂ only. For a splitting Δ ≪ T_f both states share one abundance and
///   annihilate as χ₁χ₂ → f f̄ with the Dirac cross section (the usual small-splitting limit of
///   coannihilation, Griest & Seckel, Phys. Rev. D 43 (1991) 3191): s-wave.
/// - Majorana: L ⊃ (g_χ/2) χ̄γ^μγ⁵χ Z′_μ (a Majorana fermion has no vector current): p-wave.
public enum DarkMatterKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Complex scalar χ (particle and antiparticle).
    case complexScalar = "complex-scalar"
    /// Pseudo-Dirac fermion with small splitting (treated as a Dirac fermion).
    case pseudoDirac = "pseudo-dirac"
    /// Majorana fermion with an axial coupling.
    case majorana

    /// Internal degrees of freedom counted in Y = n/s (particle + antiparticle, or both Majorana states).
    public var degreesOfFreedom: Double {
        switch self {
        case .complexScalar: 2
        case .pseudoDirac: 4
        case .majorana: 2
        }
    }

    /// ⟨σv⟩_eff/⟨σv⟩ in dn/dt = −⟨σv⟩_eff (n² − n_eq²) for the total density n: ½ when only particle–antiparticle
    /// (or χ₁χ₂) pairs annihilate, 1 for identical Majorana particles.
    public var annihilationWeight: Double {
        switch self {
        case .complexScalar, .pseudoDirac: 0.5
        case .majorana: 1
        }
    }
}

/// χχ̄ → Z′* → f f̄ in the L_μ−L_τ model: the cross section σ(s) and its relativistic thermal average
/// (Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, Eq. 3.8). Final states μ⁺μ⁻ and τ⁺τ⁻ (vector coupling g)
/// and ν_μν̄_μ, ν_τν̄_τ (left-handed, coupling g: each half a massless Dirac fermion). The electron's
/// loop-induced coupling eΠ ≈ 4×10⁻³ g adds (eΠ/g)² ≈ 2×10⁻⁵ of the neutrino rate and is left out.
public struct DarkMatterAnnihilation: Sendable, Hashable {
    /// The candidate.
    public var kind: DarkMatterKind
    /// Dark-matter mass m_χ [GeV].
    public var darkMatterMassGeV: Double
    /// Z′ mass [GeV].
    public var mediatorMassGeV: Double
    /// Z′ coupling to χ, g_χ.
    public var darkCoupling: Double
    /// L_μ−L_τ coupling g (to μ, τ, ν_μ, ν_τ).
    public var coupling: Double

    /// Memberwise initialiser.
    public init(kind: DarkMatterKind, darkMatterMassGeV: Double, mediatorMassGeV: Double, darkCoupling: Double, coupling: Double) {
        precondition(darkMatterMassGeV > 0 && mediatorMassGeV > 0, "masses must be positive")
        self.kind = kind
        self.darkMatterMassGeV = darkMatterMassGeV
        self.mediatorMassGeV = mediatorMassGeV
        self.darkCoupling = darkCoupling
        self.coupling = coupling
    }

    /// Z′ → χχ̄ width [GeV]: scalar g_χ²Mβ³/48π, Dirac g_χ²M(1 + 2r²)β/12π, Majorana g_χ²Mβ³/24π (r = m_χ/M).
    public var darkWidthGeV: Double {
        let mass = mediatorMassGeV, r = darkMatterMassGeV / mass
        let beta2 = 1 - 4 * r * r
        guard beta2 > 0 else { return 0 }
        let beta = beta2.squareRoot(), g2 = darkCoupling * darkCoupling
        switch kind {
        case .complexScalar: return g2 * mass * beta2 * beta / (48 * Double.pi)
        case .pseudoDirac: return g2 * mass * (1 + 2 * r * r) * beta / (12 * Double.pi)
        case .majorana: return g2 * mass * beta2 * beta / (24 * Double.pi)
        }
    }

    /// Total Z′ width [GeV]: the L_μ−L_τ widths (§2) plus Z′ → χχ̄.
    public var totalWidthGeV: Double {
        let model = ZPrimeModel.vanilla(massGeV: mediatorMassGeV, coupling: coupling)
        return model.neutrinoWidthGeV + model.muonWidthGeV + model.tauWidthGeV + darkWidthGeV
    }

    /// Σ_f g_f² β_f (s + 2m_f²) over the final states, per g² (neutrinos: g²s in all).
    public static func finalStateFactor(s: Double) -> Double {
        var sum = s
        for leptonMass in [PhysicalConstants.muonMassGeV, PhysicalConstants.tauMassGeV] {
            let m2 = leptonMass * leptonMass
            guard s > 4 * m2 else { continue }
            sum += (1 - 4 * m2 / s).squareRoot() * (s + 2 * m2)
        }
        return sum
    }

    /// σ(s)·(s − 4m_χ²) [GeV⁻²·GeV²], the combination the thermal average integrates (finite at threshold):
    /// g_χ² g² F(s) β_χ G(s) / (12π |s − M² + iMΓ|²), G = s + 2m_χ² (vector χ current) or s − 4m_χ² (scalar,
    /// axial), with F = `finalStateFactor`, for a fixed width Γ.
    public func crossSectionTimesFlux(s: Double, widthGeV: Double) -> Double {
        AnnihilationKernel(self, widthGeV: widthGeV)(s)
    }

    /// σ(s) [GeV⁻²].
    public func crossSection(s: Double, widthGeV: Double) -> Double {
        let m2 = darkMatterMassGeV * darkMatterMassGeV
        guard s > 4 * m2 else { return 0 }
        return crossSectionTimesFlux(s: s, widthGeV: widthGeV) / (s - 4 * m2)
    }

    /// ⟨σv⟩ [GeV⁻²] at x = m_χ/T (Gondolo–Gelmini):
    ///
    ///     ⟨σv⟩ = ∫_{4m²}^∞ ds σ (s − 4m²) √s K₁(√s/T) / (8 m⁴ T K₂(x)²),
    ///
    /// integrated in u with √s/T = 2x + u² (removes the √ at threshold), with the scaled Bessel functions, break
    /// points at the Z′ pole and at the μμ and ττ thresholds, to relative accuracy 10⁻⁹.
    public func thermalAverage(x: Double, widthGeV: Double) -> Double {
        let m = darkMatterMassGeV, t = m / x
        let k2 = ModifiedBessel.scaledK2(x)
        let prefactor = 2 * t / (8 * m * m * m * m * k2 * k2)
        // w = √s/T − 2x ≥ 0; the integrand falls as e^(−w): stop at w = 80 (e⁻⁸⁰ ≈ 2×10⁻³⁵).
        let uMax = 80.0.squareRoot()
        let twoX = 2 * x
        var breaks: [Double] = []
        breaks.reserveCapacity(9)
        func addBreak(energyGeV: Double) {
            let w = energyGeV / t - twoX
            if w > 0, w < 80 { breaks.append(w.squareRoot()) }
        }
        let pole = mediatorMassGeV
        for k in [-100.0, -10, -1, 0, 1, 10, 100] { addBreak(energyGeV: pole + k * widthGeV) }
        addBreak(energyGeV: 2 * PhysicalConstants.muonMassGeV)
        addBreak(energyGeV: 2 * PhysicalConstants.tauMassGeV)
        breaks.sort()
        var distinct = 0
        for b in breaks where distinct == 0 || b != breaks[distinct - 1] {
            breaks[distinct] = b
            distinct += 1
        }
        breaks.removeLast(breaks.count - distinct)
        let integrand = ThermalAverageIntegrand(kernel: AnnihilationKernel(self, widthGeV: widthGeV), twoX: twoX, temperatureGeV: t)
        let result = AdaptiveQuadrature.integrate(from: 0, to: uMax, breakpoints: breaks, relativeTolerance: 1e-9, panel: integrand.panel)
        return prefactor * result.value
    }
}

import Foundation

/// Cross section per atom with atomic-electron motion (docs/PHYSICS.md §6; 2024 letter Eq. 5, Fig. 3):
/// σ_atom(E₊) = (1/(4m_e sinh Y)) ∫ds σ(s) K(Y − Y_s), E₊ = m_e cosh Y, s = 2m_e²(1 + cosh Y_s).
extension AtomicMotionKernel {
    /// σ_atom(E₊) for any per-electron cross section σ(s) (same units as σ), with a peak of σ at
    /// `peakSGeV2` and width scale `peakWidthGeV2` (for a Breit–Wigner: m² and mΓ).
    ///
    /// The s-integral runs over |Y − Y_s| < `maximumRapidity`, in t = asinh((s − s₀)/w) which flattens the
    /// peak, with break points at the kernel's cusp (Y_s = Y), at the peak and at `sBreakpoints`
    /// (thresholds of σ). Adaptive Gauss–Kronrod to `relativeTolerance`.
    public func crossSectionPerAtom(
        positronEnergyGeV energy: Double,
        peakSGeV2: Double, peakWidthGeV2: Double,
        sBreakpoints: [Double] = [],
        relativeTolerance: Double = 1e-8,
        _ crossSection: (Double) -> Double
    ) -> Double {
        let me = PhysicalConstants.electronMassGeV
        let me2 = me * me
        let coshY = energy / me
        guard coshY > 1 else { return 0 }
        let y = acosh(coshY)
        let sinhY = sinh(y)
        func s(ofRapidity rapidity: Double) -> Double { 2 * me2 * (1 + cosh(rapidity)) }
        func t(ofS sValue: Double) -> Double { asinh((sValue - peakSGeV2) / peakWidthGeV2) }
        let lower = t(ofS: s(ofRapidity: max(0, y - maximumRapidity)))
        let upper = t(ofS: s(ofRapidity: y + maximumRapidity))
        let breaks = ([s(ofRapidity: y), peakSGeV2] + sBreakpoints).map(t(ofS:))
        let result = AdaptiveQuadrature.integrate(
            from: lower, to: upper, breakpoints: breaks, relativeTolerance: relativeTolerance, maxSubintervals: 4000
        ) { tValue in
            let shift = peakWidthGeV2 * sinh(tValue)
            let sValue = peakSGeV2 + shift
            let jacobian = peakWidthGeV2 * cosh(tValue)  // ds/dt
            let rapidityS = acosh(sValue / (2 * me2) - 1)
            return crossSection(sValue) * self(y - rapidityS) * jacobian
        }
        return result.value / (4 * me * sinhY)
    }

    /// σ_atom(E₊) for e⁺e⁻ → Z′ → invisible [GeV⁻²]: the model's σ_inv(s) with the Breit–Wigner scales
    /// (m², mΓ) and break points at the thresholds 4m_μ² (cusp of Π) and 4m_χ².
    public func invisibleCrossSectionPerAtom(positronEnergyGeV energy: Double, model: ZPrimeModel) -> Double {
        let mass = model.massGeV
        var thresholds = [4 * PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV]
        if let darkMass = model.darkMatterMassGeV { thresholds.append(4 * darkMass * darkMass) }
        return crossSectionPerAtom(
            positronEnergyGeV: energy, peakSGeV2: mass * mass, peakWidthGeV2: mass * model.totalWidthGeV,
            sBreakpoints: thresholds
        ) { model.invisibleAnnihilationCrossSection(sGeV2: $0) }
    }

    /// σ_atom(E₊) of a narrow resonance of mass m, per unit |Π(m²)|² BR_inv [GeV⁻²].
    ///
    /// When the width is far below the Doppler spread (mΓ ≪ the s-range over which K(Y − Y_s) changes),
    /// σ(s) acts as (∫σ ds) δ(s − m²) in the convolution above (relative error ~ (Γ/m)/δY from the
    /// Lorentzian tails, δY ≈ 0.005 the rapidity width of lead's outer shells: 10⁻⁵ at g = 10⁻³), with ∫σ ds = 2m_e ∫σ dE₊ =
    /// 4π²α |Π(m²)|² BR_inv (docs/PHYSICS.md §6). Hence σ_atom(E₊) = π²α K(Y − Y_m)/(m_e sinh Y) per unit
    /// |Π|² BR_inv, with cosh Y_m = m²/(2m_e²) − 1. Its E₊-integral is the at-rest narrow-width integral
    /// times Z × `sumRuleRatio`. O(1) per call, against an adaptive s-integral for the full Breit–Wigner.
    public func narrowWidthCrossSectionPerAtom(positronEnergyGeV energy: Double, bosonMassGeV mass: Double) -> Double {
        guard let rapidity = Self.resonanceRapidity(bosonMassGeV: mass) else { return 0 }
        return narrowWidthCrossSectionPerAtom(positronEnergyGeV: energy, resonanceRapidity: rapidity)
    }

    /// The same with Y_m given (`resonanceRapidity(bosonMassGeV:)`): an integral over E₊ at one mass computes it
    /// once instead of at every node (the same value, so the same result bit for bit).
    public func narrowWidthCrossSectionPerAtom(positronEnergyGeV energy: Double, resonanceRapidity: Double) -> Double {
        let me = PhysicalConstants.electronMassGeV
        let coshY = energy / me
        guard coshY > 1 else { return 0 }
        let y = acosh(coshY)
        return Double.pi * Double.pi * PhysicalConstants.alpha * self(y - resonanceRapidity) / (me * sinh(y))
    }

    /// Y_m of the resonance of mass m on an electron at rest, cosh Y_m = m²/(2m_e²) − 1; nil at or below m = 2m_e.
    public static func resonanceRapidity(bosonMassGeV mass: Double) -> Double? {
        let me = PhysicalConstants.electronMassGeV
        let coshResonance = mass * mass / (2 * me * me) - 1
        guard coshResonance > 1 else { return nil }
        return acosh(coshResonance)
    }

    /// The E₊ range outside which `narrowWidthCrossSectionPerAtom` vanishes (|Y − Y_m| < `maximumRapidity`),
    /// and the peak energy E_R = m_e cosh Y_m; nil below the e⁺e⁻ threshold m = 2m_e.
    public func narrowWidthSupport(bosonMassGeV mass: Double) -> (support: ClosedRange<Double>, peakGeV: Double)? {
        let me = PhysicalConstants.electronMassGeV
        let coshResonance = mass * mass / (2 * me * me) - 1
        guard let rapidity = Self.resonanceRapidity(bosonMassGeV: mass) else { return nil }
        let lower = me * cosh(max(0, rapidity - maximumRapidity)), upper = me * cosh(rapidity + maximumRapidity)
        return (lower...upper, me * coshResonance)
    }

    /// Z σ_inv(s = 2m_e² + 2m_e E₊): all electrons at rest [GeV⁻²].
    public func invisibleCrossSectionAtRest(positronEnergyGeV energy: Double, model: ZPrimeModel) -> Double {
        Double(atomicNumber) * model.invisibleAnnihilationCrossSection(positronEnergyGeV: energy)
    }
}

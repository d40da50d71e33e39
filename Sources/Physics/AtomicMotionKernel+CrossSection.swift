#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cross section per atom with atomic-electron motion (PHYSICS.md §6; 2024 letter Eq. 5, Fig. 3):
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

    /// Z σ_inv(s = 2m_e² + 2m_e E₊): all electrons at rest [GeV⁻²].
    public func invisibleCrossSectionAtRest(positronEnergyGeV energy: Double, model: ZPrimeModel) -> Double {
        Double(atomicNumber) * model.invisibleAnnihilationCrossSection(positronEnergyGeV: energy)
    }
}

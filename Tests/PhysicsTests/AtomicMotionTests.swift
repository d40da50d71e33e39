import Foundation
import Testing
@testable import Physics

private let me = PhysicalConstants.electronMassGeV

@Test("lead subshell table: 23 subshells, occupancies sum to Z = 82")
func leadShells() {
    #expect(AtomicShell.lead.count == 23)
    #expect(AtomicShell.lead.reduce(0) { $0 + $1.occupancy } == 82)
    #expect(AtomicMotionKernel.lead.atomicNumber == 82)
    // eV → GeV conversion: one rounding.
    #expect(AtomicShell.lead[0].name == "K" && abs(AtomicShell.lead[0].bindingEnergyGeV / 88005e-9 - 1) < 1e-15)
}

@Test("tabulated K(Δ) equals Σ nᵢ ∫_Δ^∞ pᵢ(T(η)) dη integrated directly")
func kernelTable() {
    let kernel = AtomicMotionKernel.lead
    for delta in [0.0, 1e-4, 3e-3, 0.01, 0.05, 0.2, 0.7, 1.5, 2.5] {
        var direct = 0.0
        for shell in AtomicShell.lead {
            let eb = shell.bindingEnergyGeV
            // Integrate to where T = 60 E_B (p < e⁻⁶⁰); breakpoint at the shell's width √(2E_B/m_e).
            let top = acosh(1 + 60 * eb / me)
            guard top > delta else { continue }
            let widthScale = (2 * eb / me).squareRoot()
            direct +=
                Double(shell.occupancy)
                * AdaptiveQuadrature.integrate(
                    from: delta, to: top, breakpoints: [delta + widthScale, delta + 4 * widthScale], relativeTolerance: 1e-13
                ) { eta in exp(-me * (cosh(eta) - 1) / eb) / eb }.value
        }
        // Table: 8-point Gauss per cell (exact to ~1e-15) and cubic Hermite between nodes (error ~h⁴K'''' ≲ 1e-9
        // relative for 4000 nodes): tolerance 1e-7 relative, or 1e-7 of K(0) absolute where K is tiny.
        let tabulated = kernel(delta), scale = kernel(0)
        #expect(abs(tabulated - direct) <= 1e-7 * max(direct, 1e-3 * scale), "Δ = \(delta): \(tabulated) vs \(direct)")
        #expect(kernel(-delta) == tabulated)  // K depends on |Δ|
    }
    #expect(kernel(kernel.maximumRapidity * 1.01) == 0)
    // Half-node evaluations (worst case for interpolation) against the exact derivative relation
    // K(Δ₁) − K(Δ₂) = ∫ Σ nᵢ pᵢ: checked above at arbitrary points; here monotonic decrease.
    var previous = Double.infinity
    for delta in Grid.linear(from: 0, to: kernel.maximumRapidity * 0.999, count: 5000) {
        let value = kernel(delta)
        #expect(value <= previous)
        previous = value
    }
}

/// ⟨η/sinh η⟩ for p(T) = e^{−T/E_B}/E_B, integrated over T directly (independent of the kernel table).
private func meanRapidityOverSinh(bindingEnergy eb: Double) -> Double {
    AdaptiveQuadrature.integrate(from: 0, to: 60 * eb, breakpoints: [eb, 5 * eb], relativeTolerance: 1e-13) { t in
        let eta = acosh(1 + t / me)
        let ratio = eta > 1e-8 ? eta / sinh(eta) : 1 - eta * eta / 6
        return exp(-t / eb) / eb * ratio
    }.value
}

@Test("sum rule: ∫dE₊σ_atom / ∫dE₊ Zσ_rest = (1/Z) Σ nᵢ⟨η/sinh η⟩ᵢ (exact for any σ(s))")
func atomicMotionSumRule() {
    let kernel = AtomicMotionKernel.lead
    let expected =
        AtomicShell.lead.reduce(0.0) { $0 + Double($1.occupancy) * meanRapidityOverSinh(bindingEnergy: $1.bindingEnergyGeV) } / 82
    // Slightly below 1: the K shell (η ~ 0.6) dominates the deficit.
    #expect(expected < 1 && expected > 0.97)
    // From the table: ∫K dΔ · m_e/Z (Hermite table ~1e-9, quadrature 1e-12): tolerance 1e-7.
    #expect(abs(kernel.sumRuleRatio / expected - 1) < 1e-7)

    // The physical statement with a σ(s) of compact support (a smooth bump (1 − x²)³ over s ∈ m²[0.9, 1.1]),
    // so both energy integrals are complete: ∫dE₊ Zσ_rest = Z∫ds σ/(2m_e).
    let m2 = 0.225 * 0.225
    let bump: (Double) -> Double = { s in
        let x = (s - m2) / (0.1 * m2)
        guard abs(x) < 1 else { return 0 }
        let w = 1 - x * x
        return w * w * w
    }
    let restIntegral = 82 * AdaptiveQuadrature.integrate(from: 0.9 * m2, to: 1.1 * m2, relativeTolerance: 1e-13, bump).value / (2 * me)
    // Atom: ∫dE₊ = ∫ m_e sinh Y dY over the kernel's full reach around the bump.
    let yLow = acosh(0.9 * m2 / (2 * me * me) - 1) - kernel.maximumRapidity
    let yHigh = acosh(1.1 * m2 / (2 * me * me) - 1) + kernel.maximumRapidity
    let yPeak = acosh(m2 / (2 * me * me) - 1)
    let atomIntegral = AdaptiveQuadrature.integrate(
        from: yLow, to: yHigh, breakpoints: [yPeak - 0.1, yPeak, yPeak + 0.1], relativeTolerance: 1e-9
    ) { y in
        me * sinh(y)
            * kernel.crossSectionPerAtom(
                positronEnergyGeV: me * cosh(y), peakSGeV2: m2, peakWidthGeV2: 0.1 * m2,
                sBreakpoints: [0.9 * m2, 1.1 * m2], relativeTolerance: 1e-10, bump)
    }.value
    // Nested quadratures at 1e-9/1e-10 and the kernel table at ~1e-9: tolerance 1e-6.
    #expect(abs(atomIntegral / restIntegral / expected - 1) < 1e-6, "\(atomIntegral / restIntegral) vs \(expected)")
}

/// σ_atom from the ORIGINAL definition (2024 letter Eq. 5): Σᵢ nᵢ ∫dT pᵢ(T) ½∫dz σ(s),
/// s = 2m_e² + 2(E₊E₋ − P₊P₋z), by nested adaptive quadrature (no kernel, no change of variables).
private func bruteForceCrossSection(energy: Double, model: ZPrimeModel) -> Double {
    let m2 = model.massGeV * model.massGeV
    let momentum = (energy * energy - me * me).squareRoot()
    var total = 0.0
    for shell in AtomicShell.lead {
        let eb = shell.bindingEnergyGeV
        // T at which the pole enters the z-range: s_max(T) = m², from |Y − η| = Y_m.
        let yPlus = acosh(energy / me), yPole = acosh(m2 / (2 * me * me) - 1)
        let etaEnter = abs(yPlus - yPole)
        let tEnter = me * (cosh(etaEnter) - 1)
        let breaks = [tEnter, eb, 5 * eb].filter { $0 < 60 * eb }
        let shellIntegral = AdaptiveQuadrature.integrate(from: 0, to: 60 * eb, breakpoints: breaks, relativeTolerance: 1e-9) { t in
            let electronEnergy = me + t
            let electronMomentum = (electronEnergy * electronEnergy - me * me).squareRoot()
            let base = 2 * me * me + 2 * energy * electronEnergy
            let slope = 2 * momentum * electronMomentum
            // Pole position in z (break point there and at a few widths around it).
            let zPole = slope > 0 ? (base - m2) / slope : 2
            let zWidth = slope > 0 ? model.massGeV * model.totalWidthGeV / slope : 0
            let zBreaks = [zPole - 10 * zWidth, zPole, zPole + 10 * zWidth].filter { $0 > -1 && $0 < 1 }
            return 0.5
                * AdaptiveQuadrature.integrate(from: -1, to: 1, breakpoints: zBreaks, relativeTolerance: 1e-10) { z in
                    model.invisibleAnnihilationCrossSection(sGeV2: base - slope * z)
                }.value * exp(-t / eb) / eb
        }.value
        total += Double(shell.occupancy) * shellIntegral
    }
    return total
}

@Test("1-D kernel form equals brute-force nested (T, z) integration of the definition")
func atomicMotionAgainstBruteForce() {
    let kernel = AtomicMotionKernel.lead
    let vanilla = ZPrimeModel.vanilla(massGeV: 0.225, coupling: 0.03)
    let dark = ZPrimeModel.dark(massGeV: 0.225, coupling: 0.03, alphaDark: 0.02)
    let resonance = vanilla.resonancePositronEnergyGeV
    for (model, energy) in [(vanilla, resonance), (vanilla, resonance * 1.4), (dark, resonance * 0.98)] {
        let fast = kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: energy, model: model)
        let brute = bruteForceCrossSection(energy: energy, model: model)
        // Brute force converged to ~1e-9 (outer) and 1e-10 (inner); the kernel form to 1e-8 with a table good
        // to ~1e-9; the dropped upper limit η < Y + Y_s is irrelevant (p ~ e^{−10⁴}). Tolerance 1e-6 relative.
        #expect(abs(fast / brute - 1) < 1e-6, "E₊ = \(energy): \(fast) vs \(brute)")
    }
}

@Test("Fig. 3 curves: ≥ 2000 energies, dense at the pole, motion lowers and broadens the peak")
func figure3Curves() {
    let curves = AtomicMotionFigure.curves()
    let energies = curves.positronEnergiesGeV
    #expect(energies.count >= 2000)
    #expect(zip(energies, energies.dropFirst()).allSatisfy { $0 < $1 })
    let model = ZPrimeModel.vanilla(massGeV: 0.225, coupling: 0.03)
    let halfWidth = model.massGeV * model.totalWidthGeV / (2 * me)
    // At least 10 points within the at-rest half width of the pole.
    #expect(energies.filter { abs($0 - model.resonancePositronEnergyGeV) < halfWidth }.count >= 10)
    let restPeak = curves.atRestCm2.max()!, motionPeak = curves.atomicMotionCm2.max()!
    #expect(motionPeak < restPeak)
    // The at-rest peak equals Z σ(m²) = Z·12π Γ_ee BR_inv/(m²Γ)·… evaluated at the pole (on the grid).
    let pole = 82 * model.invisibleAnnihilationCrossSection(sGeV2: model.massGeV * model.massGeV) * PhysicalConstants.inverseGeV2InCm2
    #expect(abs(restPeak / pole - 1) < 1e-12)
}

@Test("narrow-width σ_atom equals the full Breit–Wigner convolution for a narrow Z′ (g = 10⁻³)")
func narrowWidthAtomicCrossSection() {
    let kernel = AtomicMotionKernel.lead
    let model = ZPrimeModel.vanilla(massGeV: 0.225, coupling: 1e-3)
    let perUnit = model.narrowWidthIntegralPerGeV * me / (2 * Double.pi * Double.pi * PhysicalConstants.alpha)  // |Π|² BR_inv
    let peak = model.resonancePositronEnergyGeV
    // The Lorentzian tails of the Breit–Wigner see K away from Y_m: the δ-function replacement errs by
    // ~ (Γ/m)/δY to first order, where δY ≈ 0.005 is the rapidity width of the outer shells (the finest
    // structure of K); Γ/m ≈ 5·10⁻⁸ here, so ≈ 10⁻⁵. The bound is 4 (Γ/m)/δY (the full convolution is
    // computed to 10⁻⁸, the kernel table interpolates to ~10⁻⁹). The cusp Y = Y_m itself is excluded.
    let tolerance = 4 * model.totalWidthGeV / model.massGeV / 0.005
    #expect(tolerance < 1e-4)
    for offset in [-3.0, -0.7, -0.05, 0.04, 0.6, 2.5] {
        let energy = peak + offset
        let full = kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: energy, model: model)
        let narrow = kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: energy, bosonMassGeV: model.massGeV) * perUnit
        #expect(abs(narrow / full - 1) < tolerance, "E₊ = \(energy): \(narrow) vs \(full)")
    }
    #expect(kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: 0.5 * me, bosonMassGeV: 0.225) == 0)
}

@Test("narrow-width σ_atom integrates to Z × sum-rule ratio × the at-rest narrow-width integral")
func narrowWidthAtomicSumRule() throws {
    let kernel = AtomicMotionKernel.lead
    for mass in [0.1, 0.225, 0.3] {
        let (support, peakEnergy) = try #require(kernel.narrowWidthSupport(bosonMassGeV: mass))
        let integral = AdaptiveQuadrature.integrate(
            from: support.lowerBound, to: support.upperBound, breakpoints: [peakEnergy], relativeTolerance: 1e-11
        ) { kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: $0, bosonMassGeV: mass) }.value
        let atRest = 2 * Double.pi * Double.pi * PhysicalConstants.alpha / me  // ∫dE₊σ per electron, per unit |Π|² BR
        // The sum rule holds exactly for any σ(s); quadrature 1e-11 and the table ~1e-9: tolerance 1e-7.
        #expect(abs(integral / (82 * atRest * kernel.sumRuleRatio) - 1) < 1e-7, "m = \(mass)")
    }
}

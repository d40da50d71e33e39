import Testing
@testable import Physics

private func counting(
    _ n: Double, _ b: Double, _ sigmaB: Double, _ rs: Double,
    background: NuisanceConstraint = .logNormal
) -> ProfileLikelihoodLimit {
    ProfileLikelihoodLimit(
        likelihood: CountingLikelihood(
            observedEvents: n, expectedBackground: b, backgroundUncertainty: sigmaB, relativeSignalUncertainty: rs,
            backgroundConstraint: background))
}

@Test("n = 0, B = 0, no systematics: asymptotic q̃_μ gives μ²/2-type limits 0.821 (p_s+b) and 1.353 (CL_s), not 2.30")
func profileLikelihoodAsymptoticAtZeroCount() throws {
    // Here q̃_μ = 2μ = q_A, so p_s+b = 1 − Φ(√(2μ)) and 1 − p_b = Φ(0) = ½: μ = Φ⁻¹(0.9)²/2 = 1.28155²/2 = 0.82119 and
    // (CL_s: p_s+b = 0.05) μ = 1.64485²/2 = 1.35277. The bisection stops at 10⁻⁴ relative: tolerance 3·10⁻⁴.
    let limit = counting(0, 0, 0, 0)
    #expect(abs(try limit.upperLimit(method: .asymptotic, criterion: .signalPlusBackground) / 0.821187 - 1) < 3e-4)
    #expect(abs(try limit.upperLimit(method: .asymptotic, criterion: .cls) / 1.352772 - 1) < 3e-4)
}

@Test("n = 0, B = 0, no systematics: toys give the Neyman p = e^{−μ}, i.e. 2.30 events at 90 % CL")
func profileLikelihoodToysAtZeroCount() {
    // q̃ depends on n only and is largest at n = 0, so p_s+b = P(n = 0) = e^{−μ} = 0.1 at μ = ln 10. With 4000 toys the
    // binomial error is √(0.09/4000) = 0.0047: 4σ = 0.019.
    let p = counting(0, 0, 0, 0).toyPValues(signal: 2.302585, count: 4000, seed: 7)
    #expect(abs(p.signalPlusBackground - 0.1) < 0.019)
    #expect(p.backgroundComplement == 1)  // without background every background-only toy has n = 0
}

@Test("Large counts: asymptotic p-values agree with toys (n = 20, B = 20 ± 2, r_s = 15 %)")
func profileLikelihoodAsymptoticMatchesToys() {
    let limit = counting(20, 20, 2, 0.15)
    for mu in [4.0, 8.0, 12.0] {
        let asymptotic = limit.asymptoticPValues(signal: mu)
        let toys = limit.toyPValues(signal: mu, count: 2000, seed: 11)
        // Toy error √(p(1−p)/2000) ≤ 0.0092 (p ≤ 0.22); the Wald approximation is good to O(1/√(n)) in the tails,
        // measured ≤ 0.004 here: tolerance 0.02 (≈ 2σ of the toys plus that).
        #expect(abs(asymptotic.signalPlusBackground - toys.signalPlusBackground) < 0.02)
        #expect(abs(asymptotic.backgroundComplement - toys.backgroundComplement) < 0.04)  // ≈ ½, error 0.011: 3.5σ
    }
}

@Test("Hybrid toys reproduce the Cousins–Highland average that EventUpperLimit computes by quadrature")
func profileLikelihoodHybridMatchesCousinsHighland() throws {
    // A background with a small relative error (0.3 ± 0.05) so that the Gaussian's truncation at zero, which
    // EventUpperLimit renormalises and CountingLikelihood clamps, is irrelevant (P(θ < −6) ~ 10⁻⁹).
    let limit = counting(0, 0.3, 0.05, 0.15, background: .gaussian)
    let mu = 2.0
    let hybrid = limit.toyPValues(signal: mu, count: 4000, seed: 5, hybrid: true)
    let quadrature = EventUpperLimit(
        observedEvents: 0, expectedBackground: 0.3, relativeBackgroundUncertainty: 0.05 / 0.3,
        relativeSignalUncertainty: 0.15)
    let points = EventUpperLimit.smearing(0.15), background = EventUpperLimit.smearing(0.05 / 0.3)
    let expected = quadrature.averagedCumulative(signal: mu, signalPoints: points, backgroundPoints: background)
    // p ≈ 0.10: binomial error 0.0047 with 4000 toys; 4σ.
    #expect(abs(hybrid.signalPlusBackground - expected) < 0.019)
}

@Test("NA64-μ signal budget: 1, 2, 2.4, 1.4, 1, 4, 5 % in quadrature = 7.40 %")
func na64MuonSignalBudget() {
    // √(1 + 4 + 5.76 + 1.96 + 1 + 16 + 25) % = √54.72 % = 7.3973 %; exact arithmetic up to rounding (10⁻¹⁴).
    #expect(abs(SignalUncertaintyBudget.na64Muon - 54.72.squareRoot() / 100) < 1e-14)
    #expect(SignalUncertaintyBudget.quadrature([]) == 0)
}

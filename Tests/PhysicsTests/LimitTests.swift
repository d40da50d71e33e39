import Foundation
import Testing
@testable import Physics

/// Checks of N_up and of the coupling-limit solvers (docs/PHYSICS.md §10, §11).
@Suite struct LimitTests {
    /// Zero events, no background, no systematics: N_up = −ln(0.1) = 2.302585… at 90 % CL for both
    /// methods (Brent tolerance 10⁻¹², so 10⁻⁹).
    @Test(arguments: [UpperLimitMethod.cls, .classical])
    func zeroEventsNoBackground(method: UpperLimitMethod) throws {
        let limit = try EventUpperLimit(method: method).signalEvents()
        #expect(abs(limit - log(10)) < 1e-9)
    }

    /// CL_s with n_obs = 0 does not depend on the background (CL_{s+b}/CL_b = e^{−s}); the classical
    /// limit subtracts it: 2.3026 − B.
    @Test func zeroEventsWithBackground() throws {
        let cls = try EventUpperLimit(expectedBackground: 0.53).signalEvents()
        let classical = try EventUpperLimit(expectedBackground: 0.53, method: .classical).signalEvents()
        #expect(abs(cls - log(10)) < 1e-9)
        #expect(abs(classical - (log(10) - 0.53)) < 1e-9)
    }

    /// Classical Poisson upper limits from the PDG (Review of Particle Physics, Statistics, table of
    /// Poisson upper limits for b = 0 at 90 % CL): n = 1 → 3.89, n = 2 → 5.32, n = 3 → 6.68, printed
    /// to 3 significant digits (±0.005). Equivalently χ²_{0.9}(2n + 2)/2.
    @Test(arguments: [(1, 3.89), (2, 5.32), (3, 6.68)])
    func classicalAgainstPDGTable(entry: (Int, Double)) throws {
        let limit = try EventUpperLimit(observedEvents: entry.0, method: .classical).signalEvents()
        #expect(abs(limit - entry.1) < 0.005)
    }

    /// CL_s for a Poisson count equals the Bayesian limit with a flat prior in s ≥ 0 (posterior
    /// ∝ (s + b)^n e^{−(s+b)}): computed here independently by integrating that posterior.
    /// Quadrature and root tolerances ≤ 10⁻¹⁰, so 10⁻⁷.
    @Test(arguments: [(1, 1.0), (2, 0.5), (3, 2.0)])
    func clsEqualsFlatPriorBayesian(entry: (Int, Double)) throws {
        let (n, b) = entry
        let posterior: (Double) -> Double = { s in pow(s + b, Double(n)) * exp(-(s + b)) }
        let norm = AdaptiveQuadrature.integrate(from: 0, to: 200, relativeTolerance: 1e-12, posterior).value
        let bayesian = try RootFinding.brent(in: 0...100, tolerance: 1e-12) { upper in
            AdaptiveQuadrature.integrate(from: 0, to: upper, relativeTolerance: 1e-12, posterior).value / norm - 0.9
        }
        let cls = try EventUpperLimit(observedEvents: n, expectedBackground: b).signalEvents()
        #expect(abs(cls - bayesian) < 1e-7)
    }

    /// With a Gaussian relative signal uncertainty σ and n = 0, ⟨e^{−s(1+σz)}⟩ = e^{−s + s²σ²/2}
    /// exactly (the Gaussian's moment generating function; truncation at 1 + σz = 0 is 10σ away for
    /// σ = 0.1, negligible), so N_up solves s − s²σ²/2 = ln 10. The ±6σ, 48-point rule is good to ~10⁻⁹
    /// (weight beyond 6σ ~ 10⁻⁹); tolerance 10⁻⁶.
    @Test func signalSystematicAgainstClosedForm() throws {
        let sigma = 0.1
        let expected = (1 - (1 - 2 * sigma * sigma * log(10)).squareRoot()) / (sigma * sigma)
        let limit = try EventUpperLimit(relativeSignalUncertainty: sigma).signalEvents()
        #expect(abs(limit - expected) < 1e-6)
    }

    /// Absolute method on a dark-sector-like yield N = c g² Γ_χ/(Γ_χ + a g²) (BR_inv falling with g),
    /// whose solution is g² = N_up Γ_χ/(c Γ_χ − a N_up). The fixed point contracts by ≈ a g²/Γ_χ per
    /// step, so the 10⁻⁶ stopping rule leaves ≲ 10⁻⁶ error: tolerance 10⁻⁵. The vanilla yield
    /// N = c g² is solved exactly by the first step and confirmed by the second.
    @Test func absoluteMethodIterations() throws {
        let c = 2.3e8, gammaChi = 1e-3, a = 0.5
        let dark = try CouplingLimitSolver.absolute(
            events: { g in c * g * g * gammaChi / (gammaChi + a * g * g) },
            upperLimitEvents: 2.3)
        let expected = (2.3 * gammaChi / (c * gammaChi - a * 2.3)).squareRoot()
        #expect(abs(dark.coupling / expected - 1) < 1e-5)
        #expect(dark.iterations > 1)
        let vanilla = try CouplingLimitSolver.absolute(events: { g in c * g * g }, upperLimitEvents: 2.3)
        #expect(abs(vanilla.coupling / (2.3 / c).squareRoot() - 1) < 1e-12)
        #expect(vanilla.iterations == 2)
        #expect(throws: CouplingLimitError.self) {
            try CouplingLimitSolver.absolute(events: { _ in 0 }, upperLimitEvents: 2.3)
        }
    }
}

/// Limits computed from the fixture's real yield integrals.
@Suite struct LimitFromYieldTests {
    static let masses = [0.01, 0.1, 0.3]

    /// Background-free vanilla limit ∝ N_EOT^(−1/2): 4× the EOT halves g_up (up to the 10⁻⁶ stopping
    /// rule, which the vanilla yield meets exactly: 10⁻¹⁰).
    @Test func limitScalesWithInverseRootOfExposure() throws {
        let radiative = YieldTestFixtures.radiativeIntegral(massGeV: 0.1)
        var exposure = YieldTestFixtures.leadExposure
        func limit() throws -> Double {
            let yield = SignalYield(exposure: exposure, radiativeIntegralCm3: radiative, resonantIntegralCm3: 0)
            return try CouplingLimitSolver.absolute(
                events: { g in yield.events(piSquaredTimesBranching: pow(0.0144 * g, 2)) },
                upperLimitEvents: 2.3
            ).coupling
        }
        let base = try limit()
        exposure.particlesOnTarget *= 4
        #expect(abs(try limit() / base - 0.5) < 1e-10)
    }

    /// Closure: a pure dark photon (Π → ε, BR_inv = 1, radiative only) through the ratio method returns
    /// the dark-photon limit curve it was derived from, read back through the curve's interpolation at
    /// its own nodes (exact there). One ratio step is exact: tolerance 10⁻¹⁰.
    @Test func ratioMethodClosureForDarkPhoton() throws {
        let integrals = Self.masses.map { YieldTestFixtures.radiativeIntegral(massGeV: $0) }
        let exposure = YieldTestFixtures.leadExposure
        let epsilons = try integrals.map { integral in
            try CouplingLimitSolver.absolute(
                events: { e in exposure.eventsPerCm3 * integral * e * e },
                upperLimitEvents: 2.3
            ).coupling
        }
        let curve = DarkPhotonLimitCurve(massesGeV: Self.masses, epsilons: epsilons)
        for (i, mass) in Self.masses.enumerated() {
            let epsilonUp = try #require(curve.epsilon(atMassGeV: mass))
            let ratio = try CouplingLimitSolver.ratio(
                darkPhotonLimitEpsilon: epsilonUp, darkPhotonIntegral: integrals[i],
                zPrimeIntegral: { g in g * g * integrals[i] })
            #expect(abs(ratio.coupling / epsilons[i] - 1) < 1e-10)
        }
    }

    /// Ratio and absolute methods agree when fed the same track lengths and efficiency, here for the dark
    /// scenario shape (BR_inv = Γ_χ/(Γ_χ + a g²)) with radiative + resonant terms. Both stop at a 10⁻⁶
    /// relative change of a fixed point contracting by ≲ 10⁻², so they agree within 10⁻⁶.
    @Test func ratioAgreesWithAbsolute() throws {
        let mass = 0.225
        let exposure = YieldTestFixtures.leadExposure
        let radiative = YieldTestFixtures.radiativeIntegral(massGeV: mass)
        let resonant = ResonantYieldIntegral.integralCm3(
            crossSection: .narrowWidth(bosonMassGeV: mass, piSquaredTimesBranching: 1),
            trackLengths: YieldTestFixtures.histogram(), atomicNumber: 82, efficiency: YieldTestFixtures.efficiency)
        let yield = SignalYield(exposure: exposure, radiativeIntegralCm3: radiative, resonantIntegralCm3: resonant)
        let piSquaredTimesBranching: (Double) -> Double = { g in pow(0.0144 * g, 2) * 1e-3 / (1e-3 + 0.5 * g * g) }
        let absolute = try CouplingLimitSolver.absolute(
            events: { g in yield.events(piSquaredTimesBranching: piSquaredTimesBranching(g)) }, upperLimitEvents: 2.3)
        let epsilonUp = try CouplingLimitSolver.absolute(
            events: { e in exposure.eventsPerCm3 * radiative * e * e },
            upperLimitEvents: 2.3
        ).coupling
        let ratio = try CouplingLimitSolver.ratio(
            darkPhotonLimitEpsilon: epsilonUp, darkPhotonIntegral: radiative,
            zPrimeIntegral: { g in (radiative + resonant) * piSquaredTimesBranching(g) })
        #expect(abs(ratio.coupling / absolute.coupling - 1) < 1e-6)
    }
}

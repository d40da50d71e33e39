import Foundation
import Testing
@testable import Physics

/// g_up at one mass from the per-unit integrals (docs/PHYSICS.md §10): a limit, no sensitivity, or a failure.
@Suite struct YieldLimitTests {
    /// 10¹¹ primaries on 10²² atoms/cm³: N(g) = 10³³ cm⁻³ · (I_rad + I_res) · strength(g).
    static let exposure = Exposure(particlesOnTarget: 1e11, targetAtomsPerCm3: 1e22)
    static let integrals = PerUnitYieldIntegrals(radiativeCm3: 2e-40, resonantCm3: 1e-40)

    /// strength = g² (a dark photon with ε = g): N = K g², so g_up = √(N_up/K) exactly after the second
    /// update (relative 10⁻¹² covers the rounding of one square root and a few products).
    @Test func absoluteMethodSolvesNEqualsNUp() throws {
        let k = Self.exposure.eventsPerCm3 * (Self.integrals.radiativeCm3 + Self.integrals.resonantCm3)
        let limit = try #require(
            try YieldLimit.coupling(
                integrals: Self.integrals,
                method: .absolute(exposure: Self.exposure, upperLimitEvents: 2.3)
            ) { $0 * $0 })
        #expect(abs(limit.coupling / (2.3 / k).squareRoot() - 1) < 1e-12)
        #expect(limit.iterations == 2)
    }

    /// No signal at any coupling is "no sensitivity": no limit, not an error.
    @Test func noSignalIsNoLimit() throws {
        let limit = try YieldLimit.coupling(
            integrals: Self.integrals,
            method: .absolute(exposure: Self.exposure, upperLimitEvents: 2.3)
        ) { _ in 0 }
        #expect(limit == nil)
    }

    /// strength ∝ g⁴ makes the update g → C/g, a 2-cycle from g₀ = 10⁻³ (C = 10⁻⁴ gives 10⁻³, 0.1, 10⁻³, …):
    /// the solver must report non-convergence, not a gap.
    @Test func nonConvergenceIsAnError() {
        let k = Self.exposure.eventsPerCm3 * (Self.integrals.radiativeCm3 + Self.integrals.resonantCm3)
        // g_next = g √(N_up/(K s(g))) = C/g with s(g) = N_up g⁴/(K C²).
        let c = 1e-4, upper = 2.3
        #expect(throws: CouplingLimitError.self) {
            try YieldLimit.coupling(integrals: Self.integrals, method: .absolute(exposure: Self.exposure, upperLimitEvents: upper)) {
                upper * pow($0, 4) / (k * c * c)
            }
        }
    }

    /// The ratio method needs an external limit at the mass and a radiative yield to compare with.
    @Test func ratioMethodWithoutExternalLimitOrRadiativeYieldIsNoLimit() throws {
        #expect(try YieldLimit.coupling(integrals: Self.integrals, method: .ratio(darkPhotonEpsilon: nil)) { $0 * $0 } == nil)
        let resonantOnly = PerUnitYieldIntegrals(radiativeCm3: 0, resonantCm3: 1e-40)
        #expect(try YieldLimit.coupling(integrals: resonantOnly, method: .ratio(darkPhotonEpsilon: 1e-4)) { $0 * $0 } == nil)
    }

    /// Ratio with strength = g² and no resonant term: g_up = ε_up exactly (relative 10⁻¹² for rounding).
    @Test func ratioMethodReturnsTheDarkPhotonLimitForADarkPhotonLikeCoupling() throws {
        let radiativeOnly = PerUnitYieldIntegrals(radiativeCm3: 2e-40, resonantCm3: 0)
        let limit = try #require(try YieldLimit.coupling(integrals: radiativeOnly, method: .ratio(darkPhotonEpsilon: 3e-4)) { $0 * $0 })
        #expect(abs(limit.coupling / 3e-4 - 1) < 1e-12)
    }

    /// Where segments of the external limit overlap, the strongest (smallest ε) applies. The curves are
    /// interpolated in log–log, so a constant comes back through log and exp: relative 10⁻¹² for that rounding.
    @Test func strongestSegmentApplies() throws {
        let weak = DarkPhotonLimitCurve(massesGeV: [0.01, 1], epsilons: [1e-3, 1e-3])
        let strong = DarkPhotonLimitCurve(massesGeV: [0.1, 0.5], epsilons: [1e-4, 1e-4])
        let inBoth = try #require(YieldLimit.strongestEpsilon(of: [weak, strong], atMassGeV: 0.2))
        let inWeakOnly = try #require(YieldLimit.strongestEpsilon(of: [weak, strong], atMassGeV: 0.05))
        #expect(abs(inBoth / 1e-4 - 1) < 1e-12)
        #expect(abs(inWeakOnly / 1e-3 - 1) < 1e-12)
        #expect(YieldLimit.strongestEpsilon(of: [weak, strong], atMassGeV: 5) == nil)
    }
}

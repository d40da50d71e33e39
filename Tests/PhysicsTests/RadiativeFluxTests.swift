import Foundation
import Testing
@testable import Physics

/// Checks of Tsai's photon flux χ (docs/PHYSICS.md §7, §11).
@Suite struct RadiativeFluxTests {
    /// The elastic χ in closed form equals the adaptive integral of its definition. The integral is
    /// asked for 10⁻¹²; the closed form loses at most ~10⁻¹³ to the partial-fraction combination, so
    /// 10⁻¹⁰ is a safe bound. Ranges cover IWW t_min at 1 MeV–1 GeV and 100 GeV and t_max up to 1 GeV².
    @Test(arguments: [(2.5e-17, 1e-6), (1e-10, 0.01), (2.5e-5, 0.25), (1e-4, 1.0), (0.01, 0.02)])
    func elasticClosedForm(limits: (Double, Double)) {
        let flux = NuclearPhotonFlux(material: .lead, includesInelastic: false)
        let numeric = flux.chi(tMinGeV2: limits.0, tMaxGeV2: limits.1, relativeTolerance: 1e-12)
        let closed = flux.elasticChiClosedForm(tMinGeV2: limits.0, tMaxGeV2: limits.1)
        #expect(closed > 0)
        #expect(abs(numeric / closed - 1) < 1e-10)
    }

    /// The table reproduces the direct integral (elastic + inelastic) to the quadrature accuracy:
    /// 8-point Gauss–Legendre on 1/20-decade cells is exact to ~10⁻¹⁴ for this smooth G, 10⁻⁹ allows
    /// for the reference integral's own tolerance and for cancellation in A − τB.
    @Test func tableMatchesDirectIntegral() {
        let flux = NuclearPhotonFlux(material: .lead)
        let tMax = 0.1 * 0.1 + pow(PhysicalConstants.electronMassGeV, 2)
        let table = PhotonFluxTable(flux: flux, tMaxGeV2: tMax, smallestTMinGeV2: 1e-14)
        for tMin in [3e-14, 2.5e-9, 7e-7, 1e-4, 5e-3] {
            let direct = flux.chi(tMinGeV2: tMin, tMaxGeV2: tMax, relativeTolerance: 1e-12)
            #expect(abs(table.chi(tMinGeV2: tMin) / direct - 1) < 1e-9)
        }
        #expect(table.chi(tMinGeV2: 2 * tMax) == 0)
    }

    /// Complete-screening limit (Tsai 1974: χ/Z² is the screening logarithm): for t_min → 0 and
    /// t_a ≪ t_max ≪ d, χ_el = Z²(ln(t_max/t_a) − 1) + O(2t_max/d, t_a/t_max). At t_max = 10⁻⁵ GeV²
    /// (t_a ≈ 4·10⁻¹⁰, d ≈ 4.7·10⁻³ GeV²) the neglected terms are ≈ 4·10⁻³ on a log of ≈ 9:
    /// 5·10⁻⁴ relative, so 10⁻³ bounds them.
    @Test func completeScreeningLog() {
        let flux = NuclearPhotonFlux(material: .lead, includesInelastic: false)
        let tMax = 1e-5
        let chi = flux.elasticChiClosedForm(tMinGeV2: 1e-20, tMaxGeV2: tMax)
        let z2 = 82.0 * 82
        let expected = z2 * (log(tMax / flux.elasticScreeningTGeV2) - 1)
        #expect(abs(chi / expected - 1) < 1e-3)
    }
}

import Foundation
import Testing
@testable import Physics

/// The radiative yield with ETL as the yields and limits compute it, I_IWW × K(m) with K = I_ETL/I_IWW interpolated in
/// ln m from the 2-per-decade grid of the `etl-yield-factors` step, against the direct ETL integral at masses between
/// the grid points (docs/PHYSICS.md §7).
struct ExactStrahlungYieldTests {
    /// T± of 2 000 showers of the NA64-e ECAL (lead): the shape near E₀ (the primary's pile-up) is what weights
    /// the ETL/IWW ratio over E; its 2 % statistics cancel between the integrals compared (same histogram).
    static let trackLengths: TrackLengthHistogram = {
        let result = CascadeSimulation.run(CascadeParameters(showerCount: 2000, seed: 11), threadCount: 2)
        return TrackLengthHistogram(cascade: result, material: "lead")!
    }()
    static let efficiency = SignalEfficiency()
    /// η < 10⁻²⁰ below 30 GeV; the ETL table starts at 40 GeV (η = 1.3·10⁻⁶ there), as the step's default picks it.
    static let lowestSignalEnergyGeV = 30.0, tableLowestEnergyGeV = 40.0

    /// The step's default nodes (3 × 16).
    static func integrals(_ massGeV: Double, energyNodes: Int = 3, fractionNodes: Int = 16) -> (exact: Double, improved: Double) {
        ExactTreeLevelYieldFactor.radiativeIntegrals(
            massGeV: massGeV, trackLengths: trackLengths, efficiency: { efficiency.efficiency(zPrimeEnergyGeV: $0) },
            lowestSignalEnergyGeV: lowestSignalEnergyGeV, tableLowestEnergyGeV: tableLowestEnergyGeV,
            energyNodes: energyNodes, fractionNodes: fractionNodes)
    }

    /// K(m) = σ_ETL/σ_IWW at 100 GeV over all x, as the `strahlung-k-factors` figure shows it.
    static func totalRatio(massGeV: Double) -> Double {
        let etl = ExactStrahlungTable(exact: ExactStrahlungCrossSection(bosonMassGeV: massGeV), energyRangeGeV: 100...100)
            .totalGeV2(beamEnergyGeV: 100)
        return etl / StrahlungCrossSection(bosonMassGeV: massGeV, beam: .electron).totalGeV2(beamEnergyGeV: 100)
    }

    /// Measured (release, this histogram): I_ETL/I_IWW = 1.029 at 1.78 MeV, 0.750 at 22.4 MeV, 0.494 at 282 MeV, where
    /// σ_ETL/σ_IWW at 100 GeV over all x is 1.108, 0.790, 0.517: the all-x ratio at E₀ is 4–8 % off, hence the yield K.
    @Test("I_IWW × K(m) interpolated between grid masses against the direct ETL yield", arguments: [0.0224, 0.282])
    func interpolatedKFactorAgainstDirectExactTreeLevel(massGeV: Double) {
        let step = 0.5  // the grid of the `etl-yield-factors` step in figures.yaml: 2 masses per decade
        let below = pow(10, (log10(massGeV) / step).rounded(.down) * step), above = below * pow(10, step)
        let grid = [below, above].map { Self.integrals($0) }
        let curve = StrahlungKFactorCurve(massesGeV: [below, above], factors: grid.map { $0.exact / $0.improved })
        let direct = Self.integrals(massGeV)
        let interpolated = curve.factor(atMassGeV: massGeV)! * direct.improved
        // Measured −0.69 % at 22.4 MeV (the middle of the strongest bend of K), −0.29 % at 282 MeV, +0.09 % at 1.78 MeV;
        // 1 % on the yield is 0.5 % on g_up, the convergence bound the issue sets for the mass grids.
        #expect(abs(interpolated / direct.exact - 1) < 0.01)
        // And K differs from 1 by far more than that: the test would see K dropped.
        #expect(abs(direct.exact / direct.improved - 1) > 0.2)
    }

    @Test("the ETL table with the step's 3 × 16 nodes against 4 × 32")
    func tableNodes() {
        let full = Self.integrals(0.00178, energyNodes: 4, fractionNodes: 32), small = Self.integrals(0.00178)
        // Measured −3.0·10⁻⁴ at 1.78 MeV, 2.7·10⁻⁶ at 282 MeV (K is flatter in x at large m); 10⁻³ is a third of the
        // interpolation error allowed above.
        #expect(abs(small.exact / full.exact - 1) < 1e-3)
    }
}

import Testing
@testable import Physics

private let electronMass = PhysicalConstants.electronMassGeV

@Test("ETL kinematics: exact t₋ = (|V⃗| − |p⃗′|)² for a heavy nucleus, the outgoing lepton on its mass shell")
func exactStrahlungKinematics() throws {
    for (m, x, theta) in [(0.001, 0.3, 2e-5), (0.1, 0.7, 1e-3), (0.5, 0.95, 0.05)] {
        // M = 10¹² GeV removes the recoil terms (relative t/M² and V⁰/M ≤ 10⁻¹⁰).
        let kin = try #require(
            ExactStrahlungKinematics(
                beamEnergyGeV: 100, energyFraction: x, polarAngleRad: theta, leptonMassGeV: electronMass,
                bosonMassGeV: m, nucleusMassGeV: 1e12))
        let pOut = ((kin.transfer.t - electronMass) * (kin.transfer.t + electronMass)).squareRoot()
        let gap = kin.transferMomentumGeV - pOut
        let expected = gap * gap
        // |V⃗| − |p⃗′| ≈ D/(2|V⃗|) is computed by subtraction here (the code avoids it) and loses up to
        // log₁₀(|V⃗|/(|V⃗| − |p⃗′|)) ≈ 9.5 digits at m = 1 MeV: 10⁻⁵ relative bounds what is left.
        #expect(abs(kin.tLowerGeV2 / expected - 1) < 1e-5)
        // p′ = V + q built from t and φ: its energy from the mass shell equals V⁰ + q⁰ to rounding of 100 GeV (10⁻¹³).
        let lead = try #require(
            ExactStrahlungKinematics(
                beamEnergyGeV: 100, energyFraction: x, polarAngleRad: theta, leptonMassGeV: electronMass,
                bosonMassGeV: m, nucleusMassGeV: ExactStrahlungCrossSection(bosonMassGeV: m).nucleusMassGeV))
        for delta in [1e-16, 1e-8, 1e-3] {  // t − t₋ [GeV²]
            let (q, _, _) = lead.exchange(deltaAboveLowerGeV2: delta, azimuthRad: 1.1)
            let p = lead.transfer + q
            let energy = (p.spatialMagnitude * p.spatialMagnitude + electronMass * electronMass).squareRoot()
            #expect(abs(energy - p.t) < 1e-12)
        }
    }
}

@Test("ETL amplitude is gauge invariant: ε_γ → ε_γ + λq leaves Σ|A|² unchanged")
func exactStrahlungGaugeInvariance() throws {
    for m in [0.001, 0.25] {
        let kin = try #require(
            ExactStrahlungKinematics(
                beamEnergyGeV: 100, energyFraction: 0.3, polarAngleRad: 3e-5, leptonMassGeV: electronMass,
                bosonMassGeV: m, nucleusMassGeV: 193))
        for delta in [1e-12, 1e-9, 1e-5] {
            let (q, photon, t) = kin.exchange(deltaAboveLowerGeV2: delta, azimuthRad: 0.7)
            let sDen = 2 * (100 * q.t - kin.beamMomentumGeV * q.z) - t
            let a = ExactStrahlungAmplitude.summedSquared(kinematics: kin, q: q, photon: photon, sDenominatorGeV2: sDen)
            let b = ExactStrahlungAmplitude.summedSquared(
                kinematics: kin, q: q, photon: photon + 1e3 * q,
                sDenominatorGeV2: sDen)
            // q·A = 0 exactly; the λ = 10³ shift adds components 10³|q| that must cancel: measured 10⁻¹¹, bound 10⁻⁸.
            #expect(a > 0)
            #expect(abs(b / a - 1) < 1e-8)
        }
    }
}

@Test("ETL → WW for m ≫ m_e at moderate x; IWW overestimates at large m")
func exactStrahlungApproachesWeizsackerWilliams() {
    for m in [0.1, 0.5] {
        let etl = ExactStrahlungCrossSection(bosonMassGeV: m)
        let ww = StrahlungCrossSection(bosonMassGeV: m, leptonMassGeV: electronMass, approximation: .weizsackerWilliams)
        let iww = StrahlungCrossSection(bosonMassGeV: m, leptonMassGeV: electronMass)
        for x in [0.3, 0.7] {
            let exact = etl.differentialGeV2(x: x, beamEnergyGeV: 100)
            // WW neglects O(m_e²/m²) and the non-collinear part of the 2 → 2 amplitude, which Liu–McKeen–Miller
            // (arXiv:1609.06781) find at the per-cent level for m ≳ 0.1 GeV and x not near 1: 2 % tolerance
            // (measured ≤ 1 %: 0.990 at m = 0.1, x = 0.3).
            #expect(abs(ww.differentialGeV2(x: x, beamEnergyGeV: 100) / exact - 1) < 0.02)
            // IWW takes χ at t_min = (m²/2E₀)² for every angle: too large a flux when m ≳ 0.1 GeV (ratio 1.3–2.8).
            #expect(iww.differentialGeV2(x: x, beamEnergyGeV: 100) / exact > 1.2)
        }
    }
}

@Test("ETL quadrature converges: doubling every node count changes dσ/dx by < 2·10⁻³")
func exactStrahlungConvergence() {
    for (m, x) in [(0.001, 0.3), (0.25, 0.95)] {
        let base = ExactStrahlungCrossSection(bosonMassGeV: m).differentialGeV2(x: x, beamEnergyGeV: 100)
        let fine = ExactStrahlungCrossSection(bosonMassGeV: m, quadrature: ExactStrahlungQuadrature().doubled)
            .differentialGeV2(x: x, beamEnergyGeV: 100)
        // 2·10⁻³ is the accuracy claimed for the production settings (measured 3.5·10⁻⁴ at m = 1 MeV, 4·10⁻⁶ at 0.25).
        #expect(base > 0)
        #expect(abs(fine / base - 1) < 2e-3)
    }
}

@Test("ETL table: K × IWW reproduces direct ETL between the nodes; σ_WW > σ_ETL at 100 GeV, m = 0.1 GeV")
func exactStrahlungTable() {
    let exact = ExactStrahlungCrossSection(bosonMassGeV: 0.1)
    let table = ExactStrahlungTable(exact: exact, energyRangeGeV: 100...100)
    for x in [0.0015, 0.05, 0.42, 0.83, 0.995, 0.99995] {
        let direct = exact.differentialGeV2(x: x, beamEnergyGeV: 100)
        // K is smooth in ln(x/(1 − x)); 32 Chebyshev nodes interpolate it to ≤ 3·10⁻⁴ (worst next to the threshold,
        // x = 0.0015); the bound 10⁻³ is half the quadrature accuracy above, so the table adds no visible error.
        #expect(abs(table.differentialGeV2(x: x, beamEnergyGeV: 100) / direct - 1) < 1e-3)
    }
    let etlTotal = table.totalGeV2(beamEnergyGeV: 100)
    let wwTotal = StrahlungCrossSection(
        bosonMassGeV: 0.1, leptonMassGeV: electronMass,
        approximation: .weizsackerWilliams
    ).totalGeV2(beamEnergyGeV: 100)
    let iwwTotal = StrahlungCrossSection(bosonMassGeV: 0.1, leptonMassGeV: electronMass).totalGeV2(beamEnergyGeV: 100)
    // The table's σ_tot equals the direct adaptive ETL integral to 6·10⁻⁶ (measured once, 27.01216 vs 27.01232 GeV⁻²;
    // too slow for a debug test). WW/ETL is ≈ 1 for x ≤ 0.9 but grows towards x → 1 (1.03 at 0.9, 1.15 at 0.99,
    // 1.44 at 0.999, 2.1 at 0.9999), where dσ/dx ∝ 1/U₀ is concentrated, so σ_WW exceeds σ_ETL by tens of per cent
    // (measured 1.34); IWW adds its flux excess on top (1.67). The bounds check the direction and rough size only.
    #expect(wwTotal / etlTotal > 1.1 && wwTotal / etlTotal < 1.6)
    #expect(iwwTotal / etlTotal > wwTotal / etlTotal)
}

import Foundation
import Testing
@testable import Physics

/// The downstream signal efficiency of docs/PHYSICS.md §9.
struct EfficiencyTests {
    /// At E_F = E₀ − E_thr the measured energy sits on the threshold: Φ(0) = ½, exactly,
    /// whatever the resolution and its combination.
    @Test func stepIsAtThresholdWithHalfTheMaximum() {
        for combination in ResolutionCombination.allCases {
            let model = SignalEfficiency(maximumEfficiency: 0.8, resolution: CalorimeterResolution(combination: combination))
            #expect(abs(model.efficiency(zPrimeEnergyGeV: 50) - 0.4) < 1e-15)
        }
    }

    /// Limits: E_F → 0 leaves 100 GeV in the ECAL, 12σ (quadrature) above threshold, Φ = 4·10⁻³⁴;
    /// E_F → E₀ leaves nothing: η = η_max. Monotonic in between.
    @Test func limitsAreZeroAndMaximum() {
        let model = SignalEfficiency(maximumEfficiency: 0.8)
        #expect(model.efficiency(zPrimeEnergyGeV: 0) < 1e-30)
        #expect(model.efficiency(zPrimeEnergyGeV: 100) == 0.8)
        #expect(abs(model.efficiency(zPrimeEnergyGeV: 99.999) - 0.8) < 1e-15)
        var previous = -1.0
        for step in 0...200 {
            let value = model.efficiency(zPrimeEnergyGeV: Double(step) * 0.5)
            #expect(value >= previous)
            previous = value
        }
    }

    /// Quadrature vs linear sum, against independent values (scipy.stats.norm):
    /// σ(50 GeV) = 2.12132 (√(0.1²·50 + 0.04²·50²)) and 2.70711 (0.1√50 + 2); at E_F = 52 GeV,
    /// η = Φ(2/σ(48)) = 0.836414 and 0.778000; at E_F = 47 GeV, Φ(−3/σ(53)) = 0.0903864 and 0.146086.
    @Test func quadratureAndLinearCombinations() {
        let quadrature = SignalEfficiency(resolution: CalorimeterResolution(combination: .quadrature))
        let linear = SignalEfficiency(resolution: CalorimeterResolution(combination: .linear))
        #expect(abs(quadrature.resolution.standardDeviationGeV(energyGeV: 50) - 2.121320343559643) < 1e-12)
        #expect(abs(linear.resolution.standardDeviationGeV(energyGeV: 50) - 2.7071067811865475) < 1e-12)
        #expect(abs(quadrature.efficiency(zPrimeEnergyGeV: 52) - 0.836414301238946) < 1e-12)
        #expect(abs(linear.efficiency(zPrimeEnergyGeV: 52) - 0.7780000859101219) < 1e-12)
        #expect(abs(quadrature.efficiency(zPrimeEnergyGeV: 47) - 0.09038644160870984) < 1e-12)
        #expect(abs(linear.efficiency(zPrimeEnergyGeV: 47) - 0.1460864749109424) < 1e-12)
        // The linear sum is the wider resolution: a softer step on both sides of the threshold.
        #expect(linear.efficiency(zPrimeEnergyGeV: 40) > quadrature.efficiency(zPrimeEnergyGeV: 40))
    }
}

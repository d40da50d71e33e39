import Foundation
import Testing
@testable import Physics

/// The E_F spectra of the 2022 paper's Fig. 6 (`SignalEnergySpectrum`), each integrated over E_F and compared
/// with a total computed on another path.
struct SignalEnergySpectrumTests {
    /// Trapezoid rule on ascending abscissae.
    static func trapezoid(_ x: [Double], _ y: [Double]) -> Double {
        var sum = 0.0
        for i in 1..<x.count { sum += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]) }
        return sum
    }

    /// Resonant: with T₊ = 1 cm/GeV everywhere, ∫dE_F dN/dE_F = ∫dE₊ σ_atom, which the atomic sum rule fixes
    /// independently: Z × (Σ nᵢ⟨η/sinh η⟩ᵢ/Z) × 2π²α/m_e per unit |Π|² BR_inv (docs/PHYSICS.md §6). The
    /// trapezoid on 40 000 points across the kernel's support (cusp at E_R on the grid) is good to ~1e-5: 1e-3.
    @Test func resonantSpectrumObeysTheSumRule() throws {
        let kernel = AtomicMotionKernel.lead
        let flat = TrackLengthHistogram(binEdgesGeV: [0.1, 200], electronsCmPerGeV: [0], positronsCmPerGeV: [1])
        for mass in [0.2, 0.25] {
            let (support, peak) = try #require(kernel.narrowWidthSupport(bosonMassGeV: mass))
            let below = (0...20_000).map { support.lowerBound + (peak - support.lowerBound) * Double($0) / 20_000 }
            let above = (1...20_000).map { peak + (support.upperBound - peak) * Double($0) / 20_000 }
            let energies = below + above
            let spectrum = SignalEnergySpectrum.resonant(massGeV: mass, kernel: kernel, trackLengths: flat, zPrimeEnergiesGeV: energies)
            let atRest = 2 * Double.pi * Double.pi * PhysicalConstants.alpha / PhysicalConstants.electronMassGeV
            let expected = 82 * atRest * kernel.sumRuleRatio * PhysicalConstants.inverseGeV2InCm2
            #expect(abs(Self.trapezoid(energies, spectrum) / expected - 1) < 1e-3, "m = \(mass)")
        }
    }

    /// Radiative: electrons only in one narrow bin [99.9, 100] GeV with T = 1 cm/GeV; then ∫dE_F dN/dE_F =
    /// ∫dE σ_tot(E) over the bin ≈ 0.1 GeV × σ_tot(99.95 GeV), σ_tot from `totalCm2` (its own x-integral).
    /// σ_tot changes by < 1e-5 across the bin; the trapezoid in ln(100 − E_F) above 50 GeV and in ln E_F below
    /// (30 000 points) is good to ~1e-4: tolerance 2e-3.
    @Test func radiativeSpectrumIntegratesToTheTotalCrossSection() {
        let bin = TrackLengthHistogram(binEdgesGeV: [99.9, 100], electronsCmPerGeV: [1], positronsCmPerGeV: [0])
        for mass in [0.03, 0.3] {
            let crossSection = StrahlungCrossSection(
                bosonMassGeV: mass, leptonMassGeV: PhysicalConstants.electronMassGeV, maximumBeamEnergyGeV: 100)
            let low = (0...10_000).map { mass * pow(50 / mass, Double($0) / 10_000) }
            let high = (1...20_000).map { 100 - 50 * pow(1e-9, Double($0) / 20_000) }
            let energies = low + high
            let spectrum = SignalEnergySpectrum.radiative(crossSection: crossSection, trackLengths: bin, zPrimeEnergiesGeV: energies)
            let expected = 0.1 * crossSection.totalCm2(beamEnergyGeV: 99.95)
            #expect(abs(Self.trapezoid(energies, spectrum) / expected - 1) < 2e-3, "m = \(mass)")
        }
    }

    /// ⟨η⟩ of a spectrum: a constant spectrum averages η over the range (trapezoid), a spectrum with no area has none.
    @Test func averageEfficiency() throws {
        let energies = [0.0, 1, 2, 3], efficiency = [0.0, 0.5, 1, 1]
        let average = try #require(
            SignalEnergySpectrum.averageEfficiency(energiesGeV: energies, spectrum: [2, 2, 2, 2], efficiency: efficiency))
        #expect(abs(average - (0.25 + 0.75 + 1) / 3) < 1e-15)
        #expect(SignalEnergySpectrum.averageEfficiency(energiesGeV: energies, spectrum: [0, 0, 0, 0], efficiency: efficiency) == nil)
    }
}

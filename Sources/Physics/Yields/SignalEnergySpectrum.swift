import Foundation

/// The spectra of the energy E_F a Z′ carries out of the ECAL, per process (2022 paper, Fig. 6): what the
/// downstream efficiency η(E_F) of §9 is averaged over. η itself depends on E_F only (the ECAL sees
/// E₀ − E_F whatever made the Z′), so the process enters only through these spectra.
///
/// - Radiative: dN/dE_F ∝ ∫dE T±(E) (dσ/dx)(E, x = E_F/E)/E, summed over electron and positron tracks.
/// - Resonant: the Z′ takes the whole positron energy, E_F = E₊, so dN/dE_F ∝ T₊(E_F) σ_atom(E_F), the
///   narrow-width cross section per atom with atomic-electron motion (§6), which spreads the line at
///   E_R = m²/(2m_e) − m_e over a few GeV.
/// Both are returned per unit |Π|² BR_inv (or ε²) and per primary, in cm³/GeV; callers normalise them.
public enum SignalEnergySpectrum {
    /// Radiative dN/dE_F [cm³ GeV⁻¹ per primary, per ε²] at each Z′ energy.
    public static func radiative(
        crossSection: StrahlungCrossSection, trackLengths: TrackLengthHistogram, zPrimeEnergiesGeV: [Double]
    ) -> [Double] {
        zPrimeEnergiesGeV.map { energyF in
            guard energyF > crossSection.bosonMassGeV else { return 0 }
            var total = 0.0
            for bin in 0..<trackLengths.binCount where trackLengths.binEdgesGeV[bin + 1] > energyF {
                let density = trackLengths.density(.both, bin: bin)
                guard density != 0 else { continue }
                let from = max(trackLengths.binEdgesGeV[bin], energyF), to = trackLengths.binEdgesGeV[bin + 1]
                total += density * binIntegral(crossSection: crossSection, energyF: energyF, fromGeV: from, toGeV: to)
            }
            return total
        }
    }

    /// ∫dE (dσ/dx)(E, E_F/E)/E over [from, to] [cm² per GeV]. dσ/dx grows like 1/(1 − x) as E → E_F (cut at
    /// 1 − x ≈ m_ℓ/E), a logarithmic peak a fixed-point rule in E misses: integrated in w = −ln(1 − E_F/E),
    /// where dE = E²(1 − x)/E_F dw makes the integrand smooth, adaptively to 10⁻⁷.
    static func binIntegral(crossSection: StrahlungCrossSection, energyF: Double, fromGeV from: Double, toGeV to: Double) -> Double {
        func w(_ energy: Double) -> Double { -log1p(-energyF / energy) }
        let upper = min(from > energyF ? w(from) : .infinity, log(to / crossSection.leptonMassGeV))
        let lower = w(to)
        guard upper > lower else { return 0 }
        return AdaptiveQuadrature.integrate(from: lower, to: upper, relativeTolerance: 1e-7) { w in
            let oneMinusX = exp(-w), energy = energyF / (1 - oneMinusX)
            return energy * oneMinusX / energyF * crossSection.differentialCm2(x: 1 - oneMinusX, beamEnergyGeV: energy)
        }.value
    }

    /// Resonant dN/dE_F [cm³ GeV⁻¹ per primary, per |Π|² BR_inv] at each Z′ (= positron) energy.
    public static func resonant(
        massGeV mass: Double, kernel: AtomicMotionKernel, trackLengths: TrackLengthHistogram, zPrimeEnergiesGeV: [Double]
    ) -> [Double] {
        zPrimeEnergiesGeV.map { energy in
            guard let bin = trackLengths.binIndex(ofEnergyGeV: energy) else { return 0 }
            let sigma = kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: energy, bosonMassGeV: mass)
            return trackLengths.positronsCmPerGeV[bin] * sigma * PhysicalConstants.inverseGeV2InCm2
        }
    }

    /// The efficiency averaged over a spectrum sampled on ascending energies (trapezoid rule):
    /// ⟨η⟩ = ∫η S dE_F / ∫S dE_F; nil when the spectrum has no area.
    public static func averageEfficiency(energiesGeV: [Double], spectrum: [Double], efficiency: [Double]) -> Double? {
        var weighted = 0.0, area = 0.0
        for i in 1..<energiesGeV.count {
            let width = energiesGeV[i] - energiesGeV[i - 1]
            area += 0.5 * width * (spectrum[i] + spectrum[i - 1])
            weighted += 0.5 * width * (spectrum[i] * efficiency[i] + spectrum[i - 1] * efficiency[i - 1])
        }
        return area > 0 ? weighted / area : nil
    }
}

import Foundation
import Testing
@testable import Physics

/// The cascade Monte Carlo against Rossi's Approximation A (docs/PHYSICS.md §8 and §11).
///
/// With ionisation off, a homogeneous and effectively infinite lead block (200 X₀), and the same
/// Tsai spectra, the Monte Carlo solves the same equations as Approximation A except for
/// (i) photons below k_cut taken as a continuous loss (same mean, no fluctuation: shifts T by
/// O(k_cut/E)·(relative fluctuation) ≲ 10⁻³ for the bins compared), (ii) the energy cut, which
/// cannot change T above it (nothing below it climbs back). What Approximation A neglects in
/// reality (ionisation, Compton scattering, the screening's energy dependence, the
/// Landau–Pomeranchuk–Migdal suppression) is absent from both, so they must agree within the
/// statistical errors.
struct ShowerMonteCarloVersusApproximationATests {
    /// Bin-averaged Approximation-A track length [cm/GeV]: 8-point Gauss–Legendre in ln E per bin
    /// (T varies like E⁻² at most across a bin 20 % wide: rule error < 10⁻⁸).
    static func binAverage(
        _ model: ApproximationA, low: Double, high: Double, beam: Double,
        _ part: (ApproximationATrackLength) -> Double
    ) -> Double {
        let rule = GaussLegendre(pointCount: 8)
        let integral = rule.integrate(from: log(low), to: log(high)) { logEnergy in
            let energy = exp(logEnergy)
            return energy * part(model.trackLength(energyGeV: energy, beamEnergyGeV: beam))
        }
        return integral / (high - low)
    }

    /// χ²/ndf over the bins from 0.3 to 8 GeV of a 10 GeV electron shower (1000 showers, 20 bins
    /// each for e⁻, e⁺ and the primary: ndf = 60). Correct code gives χ²/ndf ≈ 1; the bound
    /// 1.6 is exceeded by chance with probability 0.2 % for ndf = 60 (bins of one shower are
    /// positively correlated, which widens the χ² distribution a little). A 2 % error in the
    /// spectra or a wrong b shows up as χ²/ndf ≫ 2 at this statistics (errors ≈ 1–3 % per bin).
    @Test func monteCarloAgreesWithApproximationA() {
        let beam = 10.0
        let binning = LogarithmicEnergyBinning(minimumGeV: 0.1, maximumGeV: beam, binCount: 30)
        let parameters = CascadeParameters(
            geometry: .homogeneous(.lead, thicknessCm: 200 * Material.lead.radiationLengthCm),
            beamParticle: .electron, beamEnergyGeV: beam, showerCount: 1000, seed: 2024,
            energyCutGeV: 0.1, softPhotonCutGeV: 0.02, ionizationEnabled: false, binning: binning)
        let result = CascadeSimulation.run(parameters, threadCount: 2)
        let model = ApproximationA(material: .lead)
        let electrons = result.spectrum(material: "lead", charge: .electron)!
        let positrons = result.spectrum(material: "lead", charge: .positron)!
        let primary = result.primarySpectrum(material: "lead")!
        var chiSquare = 0.0, degrees = 0
        let edges = result.binEdgesGeV
        for bin in 0..<(edges.count - 1) where edges[bin] >= 0.3 && edges[bin + 1] <= 8.0 {
            let comparisons: [(TrackLengthSpectrum, (ApproximationATrackLength) -> Double)] = [
                (electrons, { $0.sameChargeAsBeamCmPerGeV }),
                (positrons, { $0.secondaryPerChargeCmPerGeV }),
                (primary, { $0.primaryCmPerGeV })
            ]
            for (spectrum, part) in comparisons {
                let expected = Self.binAverage(model, low: edges[bin], high: edges[bin + 1], beam: beam, part)
                let pull = (spectrum.trackLengthCmPerGeV[bin] - expected) / spectrum.statisticalErrorCmPerGeV[bin]
                chiSquare += pull * pull
                degrees += 1
            }
        }
        #expect(degrees == 60)
        #expect(chiSquare / Double(degrees) < 1.6, "χ²/ndf = \(chiSquare / Double(degrees))")
    }

    /// T E²/E₀ → c at E ≪ E₀ in the Monte Carlo, here with a positron beam (the other tests use
    /// electrons). The approach to c is slow (T E²/E₀ is still a few % off c at E/E₀ = 10⁻²), so
    /// the bin 0.1–0.2 GeV of a 10 GeV shower is compared with Approximation A's own value
    /// there, and with c itself within 10 %. The Monte Carlo sits ≈ 3 % below Approximation A in
    /// this bin, for main's transport as for the current one (mean pull −2.1σ, spread 0.8–0.9σ,
    /// over seeds 1–24 of this setup, docs/PERFORMANCE.md): A is the asymptotic (E ≫ ε) solution
    /// without cuts, while here the transport stops particles at the bin's lower edge and takes
    /// photons below 0.02 GeV (y up to 0.2 of a 0.1 GeV particle) as a continuous loss. So the
    /// bound is 3σ of the e⁺ + e⁻ sum (σ ≈ 1.5 % with 300 showers) plus a 5 % allowance for that
    /// model difference (≈ 9.5 % in all: a Monte Carlo 10 % off A fails).
    @Test func lowEnergyScalingFollowsApproximationA() {
        let beam = 10.0
        let parameters = CascadeParameters(
            geometry: .homogeneous(.lead, thicknessCm: 200 * Material.lead.radiationLengthCm),
            beamParticle: .positron, beamEnergyGeV: beam, showerCount: 300, seed: 5,
            energyCutGeV: 0.1, softPhotonCutGeV: 0.02, ionizationEnabled: false,
            binning: LogarithmicEnergyBinning(minimumGeV: 0.1, maximumGeV: 0.2, binCount: 1))
        let result = CascadeSimulation.run(parameters, threadCount: 2)
        let electrons = result.spectrum(material: "lead", charge: .electron)!
        let positrons = result.spectrum(material: "lead", charge: .positron)!
        let monteCarlo = electrons.trackLengthCmPerGeV[0] + positrons.trackLengthCmPerGeV[0]
        let error = (pow(electrons.statisticalErrorCmPerGeV[0], 2) + pow(positrons.statisticalErrorCmPerGeV[0], 2)).squareRoot()
        let model = ApproximationA(material: .lead)
        let expected = Self.binAverage(model, low: 0.1, high: 0.2, beam: beam) { $0.allChargedCmPerGeV }
        #expect(abs(monteCarlo - expected) < 3 * error + 0.05 * expected, "MC \(monteCarlo) ± \(error), A \(expected)")
        let scaled = monteCarlo * 0.1 * 0.2 / beam / Material.lead.radiationLengthCm
        #expect(abs(scaled / model.lowEnergyConstant - 1) < 0.1, "T E²/(E₀X₀) = \(scaled)")
    }
}

import Foundation
@testable import Physics

/// Inputs shared by the yield and limit tests: not physics results, just well-defined smooth inputs.
enum YieldTestFixtures {
    static let beamEnergyGeV = 100.0

    /// A smooth track-length spectrum T(E) = c X₀ E₀/E² (the Approximation-A shape, c = 0.437), positrons
    /// half of it, in 1 GeV bins from 1 GeV to E₀, with exact bin averages and track-weighted means.
    static func histogram(withMeans: Bool = true) -> TrackLengthHistogram {
        let edges = (1...100).map(Double.init)
        let scale = 0.437 * Material.lead.radiationLengthCm * beamEnergyGeV
        var averages: [Double] = [], means: [Double] = []
        for (lo, hi) in zip(edges, edges.dropFirst()) {
            let integral = scale * (1 / lo - 1 / hi)  // ∫ c/E² dE
            averages.append(integral / (hi - lo))
            means.append(scale * log(hi / lo) / integral)  // ∫ E c/E² dE / ∫ c/E² dE
        }
        return TrackLengthHistogram(
            binEdgesGeV: edges, electronsCmPerGeV: averages,
            positronsCmPerGeV: averages.map { $0 / 2 }, meanEnergiesGeV: withMeans ? means : nil)
    }

    /// The continuous T₋ + T₊ behind `histogram()`.
    static func continuousTotal(_ energy: Double) -> Double {
        1.5 * 0.437 * Material.lead.radiationLengthCm * beamEnergyGeV / (energy * energy)
    }

    /// A smooth efficiency step: η = Φ((E_F − 50 GeV)/2 GeV).
    static func efficiency(_ energy: Double) -> Double { 0.5 * erfc(-(energy - 50) / (2 * 2.0.squareRoot())) }

    /// Below this Z′ energy η < 10⁻¹⁸: the integrals may skip it.
    static let lowestSignalEnergyGeV = 32.0

    static let leadExposure = Exposure(
        particlesOnTarget: 1e12, overallEfficiency: 0.5,
        targetAtomsPerCm3: Material.lead.atomsPerCm3)

    /// Radiative integral I_rad at `massGeV` for the fixture.
    static func radiativeIntegral(massGeV: Double, withMeans: Bool = true) -> Double {
        RadiativeYieldIntegral.integralCm3(
            crossSection: StrahlungCrossSection(bosonMassGeV: massGeV, beam: .electron),
            trackLengths: histogram(withMeans: withMeans), lowestSignalEnergyGeV: lowestSignalEnergyGeV,
            efficiency: efficiency)
    }
}

import Foundation
import Physics

/// The coupling-independent yield integrals at one mass: I_rad for ε = 1 and I_res per unit |Π(m²)|² BR_inv
/// (PHYSICS.md §10), from which every experiment and scenario scales its events.
struct PerUnitYieldIntegrals: Sendable, Hashable {
    /// I_rad [cm³ per primary].
    var radiativeCm3: Double
    /// I_res [cm³ per primary], per unit |Π|² BR_inv.
    var resonantCm3: Double
}

/// Computes `PerUnitYieldIntegrals` for one beam's track lengths with the Physics module's integrals.
struct YieldIntegralCalculator: Sendable {
    /// T±(E) in lead for this beam.
    let trackLengths: TrackLengthHistogram
    /// η(E).
    let efficiency: TabulatedEfficiency
    /// IWW (default) or WW strahlung cross section (PHYSICS.md §7).
    let approximation: StrahlungApproximation
    /// Whether the resonant term uses σ_atom with the atomic-electron momentum distribution (PHYSICS.md §6).
    let atomicMotion: Bool

    /// The reference coupling at which the Doppler-smeared σ_atom is evaluated and then divided by |Π|² BR_inv:
    /// the smearing only redistributes the narrow-width energy integral ∝ |Π|² BR_inv in E₊ (SignalYield),
    /// and for g ≲ 0.03 the width (∝ g²) is far below the Doppler spread, so the ratio does not depend on it.
    static let atomicMotionReferenceCoupling = 0.03

    /// Both integrals at `massGeV`.
    func integrals(massGeV: Double) -> PerUnitYieldIntegrals {
        let lowest = efficiency.lowestSignalEnergyGeV
        let crossSection = StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, approximation: approximation,
            maximumBeamEnergyGeV: trackLengths.binEdgesGeV[trackLengths.binCount])
        let radiative = RadiativeYieldIntegral.integralCm3(
            crossSection: crossSection, trackLengths: trackLengths, lowestSignalEnergyGeV: lowest,
            efficiency: { efficiency($0) })
        return PerUnitYieldIntegrals(radiativeCm3: radiative, resonantCm3: resonant(massGeV: massGeV, lowestSignalEnergyGeV: lowest))
    }

    /// I_res per unit |Π|² BR_inv, narrow width on electrons at rest or Doppler-smeared by atomic motion.
    func resonant(massGeV: Double, lowestSignalEnergyGeV lowest: Double) -> Double {
        guard atomicMotion else {
            return ResonantYieldIntegral.integralCm3(
                crossSection: .narrowWidth(bosonMassGeV: massGeV, piSquaredTimesBranching: 1), trackLengths: trackLengths,
                atomicNumber: Material.lead.atomicNumber, efficiency: { efficiency($0) })
        }
        let kernel = AtomicMotionKernel.lead
        let electronMass = PhysicalConstants.electronMassGeV
        let model = ZPrimeModel.vanilla(massGeV: massGeV, coupling: Self.atomicMotionReferenceCoupling)
        let peak = model.resonancePositronEnergyGeV
        guard peak > electronMass else { return 0 }
        // σ_atom vanishes outside the kernel's rapidity reach around the resonance rapidity.
        let rapidity = acosh(peak / electronMass)
        let support = (electronMass * cosh(max(0.01, rapidity - kernel.maximumRapidity)))...(electronMass * cosh(rapidity + kernel.maximumRapidity))
        let edges = trackLengths.binEdgesGeV
        guard support.upperBound > max(lowest, edges[0]), support.lowerBound < edges[edges.count - 1] else { return 0 }
        let scale = ScenarioParameters.vanilla.piSquaredTimesBranching(massGeV: massGeV, coupling: Self.atomicMotionReferenceCoupling)
        let integral = ResonantYieldIntegral.integralCm3(
            crossSection: .perAtom(supportGeV: support, peakEnergyGeV: peak) { energy in
                kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: energy, model: model) * PhysicalConstants.inverseGeV2InCm2
            },
            trackLengths: trackLengths, atomicNumber: Material.lead.atomicNumber, efficiency: { efficiency($0) })
        return integral / scale
    }
}

/// The mass grid of the yield and limit steps: logarithmic, plus the masses whose resonance energy
/// E_R = (m² − 2m_e²)/(2m_e) falls on a track-length bin edge (where I_res jumps) and a dense uniform
/// set across the window where E_R is inside the histogram above the signal threshold (m ≈ 0.2–0.32 GeV
/// at 100 GeV; PHYSICS.md §6, §10).
func resonanceResolvingMassGrid(fromGeV low: Double, toGeV high: Double, pointsPerDecade: Int, resonancePoints: Int,
                                trackLengths: TrackLengthHistogram, lowestSignalEnergyGeV: Double) -> [Double] {
    let decades = log10(high / low)
    let count = max(2, Int((decades * Double(pointsPerDecade)).rounded(.up)) + 1)
    var masses = (0..<count).map { low * pow(10, decades * Double($0) / Double(count - 1)) }
    masses[count - 1] = high
    let electronMass = PhysicalConstants.electronMassGeV
    func resonanceMass(_ energy: Double) -> Double { (2 * electronMass * energy + 2 * electronMass * electronMass).squareRoot() }
    let edges = trackLengths.binEdgesGeV.filter { $0 >= lowestSignalEnergyGeV }
    if let first = edges.first, let last = edges.last, resonancePoints > 1 {
        let lower = resonanceMass(first), upper = resonanceMass(last)
        masses += (0..<resonancePoints).map { lower + (upper - lower) * Double($0) / Double(resonancePoints - 1) }
        // Both sides of each edge, 10⁻⁶ apart in relative mass, so the steps of the literal histogram are drawn as steps.
        for edge in edges { masses += [resonanceMass(edge) * (1 - 1e-6), resonanceMass(edge) * (1 + 1e-6)] }
    }
    return Array(Set(masses.filter { $0 >= low && $0 <= high })).sorted()
}

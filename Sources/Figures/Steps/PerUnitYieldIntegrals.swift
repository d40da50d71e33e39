import Foundation
import Physics

/// The coupling-independent yield integrals at one mass: I_rad for ε = 1 and I_res per unit |Π(m²)|² BR_inv
/// (docs/PHYSICS.md §10), from which every experiment and scenario scales its events.
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
    /// IWW (default) or WW strahlung cross section (docs/PHYSICS.md §7).
    let approximation: StrahlungApproximation
    /// Whether the resonant term uses σ_atom with the atomic-electron momentum distribution (docs/PHYSICS.md §6).
    let atomicMotion: Bool

    /// Both integrals at `massGeV`.
    func integrals(massGeV: Double) -> PerUnitYieldIntegrals {
        integrals(massGeV: massGeV, sharing: RadiativeEnergyMemo())
    }

    /// Both integrals at `massGeV`, with the x-integrated strahlung cross section F(E) (which depends on
    /// the mass and energy, not on the track lengths) shared through `memo` by calculators of the same
    /// mass: electron- and positron-beam histograms with the same bin edges evaluate F at the same
    /// Gauss–Legendre nodes, so the second beam costs little more than its resonant term.
    func integrals(massGeV: Double, sharing memo: RadiativeEnergyMemo) -> PerUnitYieldIntegrals {
        let lowest = efficiency.lowestSignalEnergyGeV
        let crossSection = StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, approximation: approximation,
            maximumBeamEnergyGeV: trackLengths.binEdgesGeV[trackLengths.binCount])
        let radiative = RadiativeYieldIntegral.integralCm3(
            crossSection: crossSection, trackLengths: trackLengths, lowestSignalEnergyGeV: lowest,
            efficiency: { efficiency($0) }, reuse: { memo.value(at: $0, $1) })
        return PerUnitYieldIntegrals(radiativeCm3: radiative, resonantCm3: resonant(massGeV: massGeV, lowestSignalEnergyGeV: lowest))
    }

    /// I_res per unit |Π|² BR_inv, narrow width on electrons at rest or Doppler-smeared by atomic motion.
    func resonant(massGeV: Double, lowestSignalEnergyGeV lowest: Double) -> Double {
        guard atomicMotion else {
            return ResonantYieldIntegral.integralCm3(
                crossSection: .narrowWidth(bosonMassGeV: massGeV, piSquaredTimesBranching: 1), trackLengths: trackLengths,
                atomicNumber: Material.lead.atomicNumber, efficiency: { efficiency($0) })
        }
        // Narrow width: the Z′ width is far below the Doppler spread of the atomic electrons, so σ_atom is
        // the kernel-smeared δ-resonance, per unit |Π(m²)|² BR_inv (AtomicMotionKernel.narrowWidthCrossSectionPerAtom).
        let kernel = AtomicMotionKernel.lead
        guard let (support, peak) = kernel.narrowWidthSupport(bosonMassGeV: massGeV) else { return 0 }
        let edges = trackLengths.binEdgesGeV
        guard support.upperBound > max(lowest, edges[0]), support.lowerBound < edges[edges.count - 1] else { return 0 }
        return ResonantYieldIntegral.integralCm3(
            crossSection: .perAtom(supportGeV: support, peakEnergyGeV: peak) { energy in
                kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: energy, bosonMassGeV: massGeV) * PhysicalConstants.inverseGeV2InCm2
            },
            trackLengths: trackLengths, atomicNumber: Material.lead.atomicNumber, efficiency: { efficiency($0) })
    }
}

/// F(E) values already computed at one mass, keyed by the exact energy (the memo is only shared by
/// calculators with the same mass, approximation and efficiency). Used inside one task; not Sendable.
final class RadiativeEnergyMemo {
    private var values: [Double: Double] = [:]

    /// The memoised value at `energy`, computing it on first use.
    func value(at energy: Double, _ compute: () -> Double) -> Double {
        if let known = values[energy] { return known }
        let value = compute()
        values[energy] = value
        return value
    }
}

/// The mass grid of the yield and limit steps: logarithmic, plus the masses whose resonance energy
/// E_R = (m² − 2m_e²)/(2m_e) falls on a track-length bin edge (where I_res jumps) and a dense uniform
/// set across the window where E_R is inside the histogram above the signal threshold (m ≈ 0.2–0.32 GeV
/// at 100 GeV; docs/PHYSICS.md §6, §10).
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

import Foundation

/// The mass grid of the yield and limit steps: logarithmic, plus the masses whose resonance energy
/// E_R = (m² − 2m_e²)/(2m_e) falls on a track-length bin edge (where I_res jumps) and a dense uniform
/// set across the window where E_R is inside the histogram above the signal threshold (m ≈ 0.2–0.32 GeV
/// at 100 GeV; docs/PHYSICS.md §6, §10). Sorted, without duplicates, inside [low, high]; the resonance masses come
/// from the bin edges at or above `lowestSignalEnergyGeV` (below it η = 0 and nothing is resolved).
///
/// `bendPoints` (> 1) adds that many uniform masses in each of two windows where the limit curve bends on a scale
/// finer than the logarithmic grid: 2m_μ (−2 % … +6 %: Z′ → μμ opens and Π has its cusp) and the top of the resonance
/// window, √(2m_e E_top) × (1 + δ), δ = 10⁻⁴ … 0.3 logarithmically (T₊ ends at the histogram's top edge E_top; the
/// atomic electrons' motion, up to lead's K shell, smears the fall of the resonant yield over ≈ 30 % in mass).
public func resonanceResolvingMassGrid(
    fromGeV low: Double, toGeV high: Double, pointsPerDecade: Int, resonancePoints: Int,
    trackLengths: TrackLengthHistogram, lowestSignalEnergyGeV: Double, bendPoints: Int = 0
) -> [Double] {
    var masses = LogarithmicGrid(from: low, to: high, pointsPerDecade: pointsPerDecade, evaluation: .decimalPower).points
    let electronMass = PhysicalConstants.electronMassGeV
    func resonanceMass(_ energy: Double) -> Double { (2 * electronMass * energy + 2 * electronMass * electronMass).squareRoot() }
    func uniform(_ lower: Double, _ upper: Double, _ count: Int) -> [Double] {
        (0..<count).map { lower + (upper - lower) * Double($0) / Double(count - 1) }
    }
    let edges = trackLengths.binEdgesGeV.filter { $0 >= lowestSignalEnergyGeV }
    if let first = edges.first, let last = edges.last, resonancePoints > 1 {
        // From 5 % below the first edge's mass: lead's K-shell electrons smear the resonance over several per cent in
        // mass, so the limit starts to bend below the window where E_R itself reaches the signal region.
        let lower = 0.95 * resonanceMass(first), upper = resonanceMass(last)
        masses += uniform(lower, upper, resonancePoints)
        // Both sides of each edge, 10⁻⁶ apart in relative mass, so the steps of the literal histogram are drawn as steps.
        for edge in edges { masses += [resonanceMass(edge) * (1 - 1e-6), resonanceMass(edge) * (1 + 1e-6)] }
    }
    if bendPoints > 1 {
        let dimuon = 2 * PhysicalConstants.muonMassGeV
        let top = resonanceMass(trackLengths.binEdgesGeV[trackLengths.binCount])
        // Above the top the yield falls on the outer shells' Doppler scale first (≈ 0.5 % in mass), then on the inner
        // shells': m = top × (1 + δ), δ logarithmic from 10⁻⁴ to 0.3.
        masses += uniform(0.98 * dimuon, 1.06 * dimuon, bendPoints)
        masses += (0..<bendPoints).map { top * (1 + 1e-4 * pow(3000, Double($0) / Double(bendPoints - 1))) }
    }
    return Array(Set(masses.filter { $0 >= low && $0 <= high })).sorted()
}

/// The union of `resonanceResolvingMassGrid` over several beams' track lengths (one grid shared by every
/// curve of the limits step), sorted and without duplicates.
public func resonanceResolvingMassGrid(
    fromGeV low: Double, toGeV high: Double, pointsPerDecade: Int, resonancePoints: Int,
    trackLengths histograms: [TrackLengthHistogram], lowestSignalEnergyGeV: Double, bendPoints: Int = 0
) -> [Double] {
    Array(
        Set(
            histograms.flatMap {
                resonanceResolvingMassGrid(
                    fromGeV: low, toGeV: high, pointsPerDecade: pointsPerDecade, resonancePoints: resonancePoints,
                    trackLengths: $0, lowestSignalEnergyGeV: lowestSignalEnergyGeV, bendPoints: bendPoints)
            })
    ).sorted()
}

import Foundation

/// The mass grid of the yield and limit steps: logarithmic, plus the masses whose resonance energy
/// E_R = (m² − 2m_e²)/(2m_e) falls on a track-length bin edge (where I_res jumps) and a dense uniform
/// set across the window where E_R is inside the histogram above the signal threshold (m ≈ 0.2–0.32 GeV
/// at 100 GeV; docs/PHYSICS.md §6, §10). Sorted, without duplicates, inside [low, high]; the resonance masses come
/// from the bin edges at or above `lowestSignalEnergyGeV` (below it η = 0 and nothing is resolved).
public func resonanceResolvingMassGrid(
    fromGeV low: Double, toGeV high: Double, pointsPerDecade: Int, resonancePoints: Int,
    trackLengths: TrackLengthHistogram, lowestSignalEnergyGeV: Double
) -> [Double] {
    var masses = LogarithmicGrid(from: low, to: high, pointsPerDecade: pointsPerDecade, evaluation: .decimalPower).points
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

/// The union of `resonanceResolvingMassGrid` over several beams' track lengths (one grid shared by every
/// curve of the limits step), sorted and without duplicates.
public func resonanceResolvingMassGrid(
    fromGeV low: Double, toGeV high: Double, pointsPerDecade: Int, resonancePoints: Int,
    trackLengths histograms: [TrackLengthHistogram], lowestSignalEnergyGeV: Double
) -> [Double] {
    Array(
        Set(
            histograms.flatMap {
                resonanceResolvingMassGrid(
                    fromGeV: low, toGeV: high, pointsPerDecade: pointsPerDecade, resonancePoints: resonancePoints,
                    trackLengths: $0, lowestSignalEnergyGeV: lowestSignalEnergyGeV)
            })
    ).sorted()
}

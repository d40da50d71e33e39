import Foundation

/// The mass grid of the yield and limit steps: logarithmic, plus a dense uniform set across the window where
/// E_R = (m² − 2m_e²)/(2m_e) is inside the histogram above the signal threshold (m ≈ 0.2–0.32 GeV at 100 GeV;
/// docs/PHYSICS.md §6, §10). Sorted, without duplicates, inside [low, high]. The window starts 10 % below the mass
/// whose E_R is `lowestSignalEnergyGeV` (where η turns on) and ends at the histogram's top edge; it depends on the
/// binning only through that edge, so grids from different binnings of the same E₀ coincide (the yield uses the
/// smooth T(E) of `SmoothTrackLength`, which has no steps at the bin edges to resolve).
///
/// `bendPoints` (> 1) adds that many masses in each of four sets where the limit curve bends on a scale finer than
/// the logarithmic grid: uniform at 2m_μ (−2 % … +6 %: Z′ → μμ opens and Π has its cusp), and around the top of the
/// resonance window m_top = √(2m_e E_top) (T₊ ends at the histogram's top edge E_top and the primary positron's track
/// piles up just below it): m_top × (1 + δ), δ = 10⁻⁴ … 0.3, and m_top × (1 − δ), δ = 10⁻⁴ … 0.1, logarithmically,
/// and uniform from m_top to 1.3 m_top (the atomic electrons' motion smears the resonance over ≈ 0.5 % in mass for
/// the outer shells and ≈ 30 % for lead's K shell).
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
    let topEnergy = trackLengths.binEdgesGeV[trackLengths.binCount]
    let top = resonanceMass(topEnergy)
    if resonancePoints > 1, lowestSignalEnergyGeV < topEnergy {
        // From 10 % below the turn-on's mass: lead's K-shell electrons smear the resonance over several per cent in
        // mass, and η rises by orders of magnitude there, so the limit bends below the window where E_R reaches it.
        masses += uniform(0.9 * resonanceMass(max(lowestSignalEnergyGeV, trackLengths.binEdgesGeV[0])), top, resonancePoints)
    }
    if bendPoints > 1 {
        let dimuon = 2 * PhysicalConstants.muonMassGeV
        func logarithmic(_ from: Double, _ to: Double) -> [Double] {
            (0..<bendPoints).map { from * pow(to / from, Double($0) / Double(bendPoints - 1)) }
        }
        masses += uniform(0.98 * dimuon, 1.06 * dimuon, bendPoints)
        masses += logarithmic(1e-4, 0.3).map { top * (1 + $0) }
        // The K-shell tail bends the curve up to 30 % above the top: uniform there too (the logarithmic δ thins out).
        masses += uniform(top, 1.3 * top, bendPoints)
        masses += logarithmic(1e-4, 0.1).map { top * (1 - $0) }
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

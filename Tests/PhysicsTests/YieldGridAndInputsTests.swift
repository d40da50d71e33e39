import Foundation
import Testing
@testable import Physics

/// The mass grid of the yield and limit steps, the tabulated efficiency and the histogram from bin rows.
@Suite struct YieldGridAndInputsTests {
    static func resonanceMass(_ energyGeV: Double) -> Double {
        let me = PhysicalConstants.electronMassGeV
        return (2 * me * energyGeV + 2 * me * me).squareRoot()
    }

    /// The grid holds the logarithmic points (both ends exact) and the uniform resonance window from 10 % below the
    /// turn-on's mass to the top edge's, is sorted without duplicates, and does not depend on the bins below the top.
    @Test func resonanceGridSpansTheWindowWhateverTheBinning() {
        let histogram = YieldTestFixtures.histogram()
        let grid = resonanceResolvingMassGrid(
            fromGeV: 1e-3, toGeV: 1, pointsPerDecade: 10, resonancePoints: 50,
            trackLengths: histogram, lowestSignalEnergyGeV: 32)
        #expect(grid.first == 1e-3 && grid.last == 1)
        #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 < $1 })
        let logarithmic = LogarithmicGrid(from: 1e-3, to: 1, pointsPerDecade: 10, evaluation: .decimalPower).points
        #expect(Set(logarithmic).isSubset(of: Set(grid)))
        let lower = 0.9 * Self.resonanceMass(32), upper = Self.resonanceMass(histogram.binEdgesGeV.last!)
        // 50 uniform masses, the ends included (none coincides with a logarithmic point); the last one is computed as
        // lower + (upper − lower), which may round by an ulp.
        let window = grid.filter { $0 >= lower && $0 <= upper * (1 + 1e-12) && !logarithmic.contains($0) }
        #expect(window.count == 50 && window.first == lower && abs(window.last! / upper - 1) < 1e-12)
        #expect(grid.count == 31 + 50)
        let coarse = TrackLengthHistogram(binEdgesGeV: [1, 10, 100], electronsCmPerGeV: [1, 1], positronsCmPerGeV: [1, 1])
        #expect(histogram.binEdgesGeV.last == 100)
        let coarseGrid = resonanceResolvingMassGrid(
            fromGeV: 1e-3, toGeV: 1, pointsPerDecade: 10, resonancePoints: 50, trackLengths: coarse, lowestSignalEnergyGeV: 32,
            bendPoints: 7)
        let fineGrid = resonanceResolvingMassGrid(
            fromGeV: 1e-3, toGeV: 1, pointsPerDecade: 10, resonancePoints: 50, trackLengths: histogram, lowestSignalEnergyGeV: 32,
            bendPoints: 7)
        #expect(coarseGrid == fineGrid)
        // Four bend sets of 7: 2m_μ, logarithmic above and below the top (m_top(1 ± 10⁻⁴) the closest), uniform above
        // it (its ends, m_top and 1.3 m_top, are already there: the window's end and the logarithmic set's).
        #expect(fineGrid.count == grid.count + 4 * 7 - 2)
        #expect(fineGrid.contains(upper * (1 + 1e-4)) && fineGrid.contains(upper * (1 - 1e-4)))
    }

    /// The union over beams contains each beam's grid and nothing else.
    @Test func unionOverBeamsIsTheSetUnion() {
        let fine = YieldTestFixtures.histogram()
        let coarse = TrackLengthHistogram(binEdgesGeV: [1, 10, 100], electronsCmPerGeV: [1, 1], positronsCmPerGeV: [1, 1])
        let single = [fine, coarse].map {
            resonanceResolvingMassGrid(
                fromGeV: 1e-3, toGeV: 1, pointsPerDecade: 10, resonancePoints: 5, trackLengths: $0,
                lowestSignalEnergyGeV: 32)
        }
        let union = resonanceResolvingMassGrid(
            fromGeV: 1e-3, toGeV: 1, pointsPerDecade: 10, resonancePoints: 5,
            trackLengths: [fine, coarse], lowestSignalEnergyGeV: 32)
        #expect(union == Array(Set(single[0] + single[1])).sorted())
    }

    /// η is 0 below the grid, the last value above it, linear between; the signal starts at the point
    /// before the first non-zero value.
    @Test func tabulatedEfficiencyEdges() {
        let efficiency = TabulatedEfficiency(energiesGeV: [0, 40, 50, 60, 100], values: [0, 0, 0.5, 1, 1])
        #expect(efficiency(-1) == 0 && efficiency(200) == 1)
        #expect(efficiency(45) == 0.25)
        #expect(efficiency.lowestSignalEnergyGeV == 40)
    }

    /// Contiguous bins from their low and high edges; a mean just outside its bin is clamped into it.
    @Test func histogramFromBinRowsClampsMeans() {
        let histogram = TrackLengthHistogram(
            lowEdgesGeV: [1, 2], highEdgesGeV: [2, 4], electronsCmPerGeV: [1, 1],
            positronsCmPerGeV: [0, 0], unclampedMeanEnergiesGeV: [0.999, 4.001])
        #expect(histogram.binEdgesGeV == [1, 2, 4])
        #expect(histogram.meanEnergiesGeV == [1, 4])
    }
}

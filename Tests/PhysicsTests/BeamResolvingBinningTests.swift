import Foundation
import Testing
@testable import Physics

/// The refined top bin of `LogarithmicEnergyBinning` (docs/PHYSICS.md §8): edges and what the cascade tallies in them.
struct BeamResolvingBinningTests {
    /// 100 logarithmic bins over 0.5–100 GeV with the top one split into 16 down to 5 MeV below E₀.
    static let refined = LogarithmicEnergyBinning(
        minimumGeV: 0.5, maximumGeV: 100, binCount: 100, topBinCount: 16, topResolutionGeV: 0.005)

    /// The edges below the top bin are the logarithmic ones, the split ones are uniform in ln(E₀ − E), the last bin is
    /// 5 MeV wide and the last edge is E₀ itself. Tolerances 10⁻¹²: a few roundings of numbers ≤ 100 (ln ≤ 2.4).
    @Test func topBinIsSplitUniformlyInTheDistanceFromTheBeamEnergy() {
        let plain = LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 100).edgesGeV
        let edges = Self.refined.edgesGeV
        #expect(edges.count == Self.refined.totalBinCount + 1 && Self.refined.totalBinCount == 115)
        #expect(Array(edges[..<100]) == Array(plain[..<100]))
        #expect(edges.last == 100)
        #expect(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 })
        #expect(abs(edges[114] - (100 - 0.005)) < 1e-12)
        let steps = (99..<114).map { log(100 - edges[$0]) - log(100 - edges[$0 + 1]) }
        let expected = log((100 - plain[99]) / 0.005) / 15
        #expect(steps.allSatisfy { abs($0 - expected) < 1e-12 })
    }

    /// A convergence run keeps the split region: 200 logarithmic bins with the split starting at the 100-bin grid's top
    /// bin edge have every 100-bin edge below it (tolerance 10⁻¹² relative: the two grids round ln differently).
    @Test func finerGridKeepsTheSplitRegion() {
        let from = Self.refined.edgesGeV[100 - 1]
        let finer = LogarithmicEnergyBinning(
            minimumGeV: 0.5, maximumGeV: 100, binCount: 200, topBinCount: 32, topResolutionGeV: 0.0025, topFromGeV: from)
        let edges = finer.edgesGeV
        #expect(edges.count == 198 + 1 + 31 + 1 && edges[198] == from && edges.last == 100)
        #expect(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 })
        for i in 0..<100 { #expect(abs(edges[2 * i] / Self.refined.edgesGeV[i] - 1) < 1e-12) }
    }

    /// The binning only changes where track is booked, never the random streams: with the same seed the refined bins
    /// hold exactly the coarse top bin's track, and the other bins are unchanged. Only the order of additions differs:
    /// relative tolerance 10⁻¹² (≈ 10³ additions per shower at 10⁻¹⁶ each).
    @Test func refinedBinsPartitionTheCoarseTopBin() {
        var coarse = ShowerCascadeTests.ecalRun(showers: 40)
        coarse.softPhotonCutGeV = 0.05
        var fine = coarse
        fine.binning = LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 20, binCount: 16, topBinCount: 12, topResolutionGeV: 0.002)
        let a = CascadeSimulation.run(coarse, threadCount: 2), b = CascadeSimulation.run(fine, threadCount: 2)
        for (x, y) in zip(a.spectra, b.spectra) {
            let coarseTop = x.trackLengthCmPerGeV[15] * (a.binEdgesGeV[16] - a.binEdgesGeV[15])
            let fineTop = (15..<27).reduce(0.0) { $0 + y.trackLengthCmPerGeV[$1] * (b.binEdgesGeV[$1 + 1] - b.binEdgesGeV[$1]) }
            #expect(abs(coarseTop - fineTop) <= 1e-12 * max(coarseTop, 1))
            #expect(Array(x.trackLengthCmPerGeV[..<15]) == Array(y.trackLengthCmPerGeV[..<15]))
        }
        // The primary's track piles up just below E₀: the last 2 MeV hold a density far above the coarse bin's mean
        // (e⁻ in lead; a bound of 10× fails for a flat top bin).
        let lead = b.spectra[0], coarseLead = a.spectra[0]
        #expect(lead.trackLengthCmPerGeV[26] > 10 * coarseLead.trackLengthCmPerGeV[15])
    }
}

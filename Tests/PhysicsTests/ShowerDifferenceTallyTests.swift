import Foundation
import Testing

@testable import Physics

/// The shower tally in difference form (``ShowerDifferenceTally``) against a direct per-bin overlap of each step, and
/// the transport's bin lookup against a search of the edges.
struct ShowerDifferenceTallyTests {
    /// figures.yaml's track-length binning: 100 logarithmic bins 0.5–100 GeV, the top one split into 16.
    static let projectBinning = LogarithmicEnergyBinning(
        minimumGeV: 0.5, maximumGeV: 100, binCount: 100, topBinCount: 16, topResolutionGeV: 0.005)

    /// The bin of `energy` by a search of the edges: −1 below, edges.count − 1 at or above the last edge.
    static func searchedBin(_ energy: Double, edges: [Double]) -> Int {
        if energy < edges[0] { return -1 }
        return edges.lastIndex { $0 <= energy }!
    }

    /// A step: energy from `high` down to `low` over `length` cm.
    struct Step {
        let high: Double
        let low: Double
        let length: Double
    }

    /// Random steps of every kind the transport makes and some it cannot: inside one bin, across one edge, across
    /// many bins, without loss (inside, above and below the range), ending exactly on an edge, and leaving the range
    /// at either end or both.
    static func randomSteps(edges: [Double], count: Int, generator: inout Xoshiro256StarStar) -> [Step] {
        let lowest = edges[0], highest = edges[edges.count - 1]
        var steps: [Step] = []
        for i in 0..<count {
            let length = 0.01 + 0.3 * generator.nextOpenUnit()
            // Log-uniform energy from lowest/2 to 2·highest.
            let energy = lowest / 2 * pow(4 * highest / lowest, generator.nextOpenUnit())
            let high: Double, low: Double
            switch i % 8 {
            case 0:  // a scintillator-like loss (~ 0.5 MeV): mostly one bin
                (high, low) = (energy, energy - 5e-4 * generator.nextOpenUnit())
            case 1:  // a lead-like loss (0.15–0.2 GeV): one to several bins at low energy
                (high, low) = (energy, energy - 0.15 - 0.05 * generator.nextOpenUnit())
            case 2:  // across many bins
                (high, low) = (energy, energy * generator.nextOpenUnit() * 0.2)
            case 3:  // no loss
                (high, low) = (energy, energy)
            case 4:  // ending exactly on an edge, or starting on one
                let edge = edges[Int(generator.next() % UInt64(edges.count))]
                (high, low) = generator.next() % 2 == 0 ? (edge + 0.01 * generator.nextOpenUnit(), edge) : (edge, edge * 0.97)
            case 5:  // from above the range into it
                (high, low) = (highest * (1 + generator.nextOpenUnit()), highest * (0.5 + 0.5 * generator.nextOpenUnit()))
            case 6:  // from inside the range to below it, or across the whole range
                (high, low) =
                    generator.next() % 2 == 0
                    ? (lowest * (1 + generator.nextOpenUnit()), lowest * 0.9) : (highest * 1.1, lowest * 0.5)
            default:  // tiny losses near the refined top bins
                (high, low) = (highest - 0.02 * generator.nextOpenUnit(), highest - 0.02 * generator.nextOpenUnit() - 1e-9)
            }
            steps.append(Step(high: high, low: max(0, min(high, low)), length: length))
        }
        return steps
    }

    /// The direct tally: each bin gets the step's length times the fraction of its energy range inside the bin (a
    /// step without loss: its whole length in the bin of its energy, nothing outside the range).
    static func directTally(_ steps: [Step], edges: [Double]) -> [Double] {
        let binCount = edges.count - 1
        var tally = [Double](repeating: 0, count: binCount)
        for step in steps {
            if step.high == step.low {
                let bin = searchedBin(step.low, edges: edges)
                if bin >= 0 && bin < binCount { tally[bin] += step.length }
                continue
            }
            let density = step.length / (step.high - step.low)
            for bin in 0..<binCount {
                let overlap = min(step.high, edges[bin + 1]) - max(step.low, edges[bin])
                if overlap > 0 { tally[bin] += density * overlap }
            }
        }
        return tally
    }

    /// Books `steps` into channel 1 of 2 (channel 0 stays empty) and drains both; returns channel 1's bins.
    /// `branchFree`: every step through the masked form, else the one-bin and crossing forms as the transport does.
    static func differenceTally(_ steps: [Step], edges: [Double], branchFree: Bool) -> [Double] {
        let binCount = edges.count - 1
        var tally = ShowerDifferenceTally(binCount: binCount, channelCount: 2)
        let padded = [edges[0]] + edges + [.infinity]
        let widths = (0..<binCount).map { edges[$0 + 1] - edges[$0] }
        var result = [Double](repeating: .nan, count: binCount)
        var emptyChannel = [Double](repeating: .nan, count: binCount)
        let offsets = [tally.offset(channel: 0), tally.offset(channel: 1)]
        padded.withUnsafeBufferPointer { paddedEdges in
            widths.withUnsafeBufferPointer { widths in
                tally.withBuffers { buffers in
                    for step in steps {
                        // As the transport: one bin when the low energy is at or above the high one's lower edge.
                        let lowBin = searchedBin(step.low, edges: edges), highBin = searchedBin(step.high, edges: edges)
                        if branchFree {
                            buffers.book(
                                offset: offsets[1], lowBin: lowBin, highBin: highBin,
                                highEnergyGeV: step.high, lowEnergyGeV: step.low, lengthCm: step.length,
                                edges: paddedEdges.baseAddress! + 1)
                        } else if step.low >= paddedEdges[highBin + 1] {
                            #expect(lowBin == highBin)
                            buffers.bookOneBin(offset: offsets[1], bin: highBin, lengthCm: step.length)
                        } else {
                            buffers.bookCrossing(
                                offset: offsets[1], lowBin: lowBin, highBin: highBin,
                                highEnergyGeV: step.high, lowEnergyGeV: step.low, lengthCm: step.length,
                                edges: paddedEdges.baseAddress! + 1)
                        }
                    }
                    for channel in 0..<2 {
                        ShowerDifferenceTally.drainChannel(
                            buffers, offset: offsets[channel], binCount: binCount,
                            binWidthsGeV: widths.baseAddress!
                        ) { bin, length in
                            if channel == 1 { result[bin] = length } else { emptyChannel[bin] = length }
                        }
                    }
                }
            }
        }
        // Draining clears every entry, including the bins outside the range.
        #expect(tally.endLengthsCm.allSatisfy { $0 == 0 } && tally.topLengthsCm.allSatisfy { $0 == 0 })
        #expect(tally.densityChanges.allSatisfy { $0 == 0 })
        #expect(tally.coverChanges.allSatisfy { $0 == 0 })
        #expect(emptyChannel.allSatisfy { $0 == 0 && $0.sign == .plus })
        return result
    }

    /// Equal to the direct overlap for 4 000 random steps of every kind, in figures.yaml's binning (refined top) and
    /// a plain one. Tolerance: each bin is a sum of at most 2n rounded terms (the end shares, the same products
    /// as the direct tally's, and the bin width times a running density summed from at most 2n ±ρ), so the
    /// standard bound of recursive summation gives |error| ≤ 2n·ε·(Σ length + w_k·Σρ) with ε = 2⁻⁵², Σρ over the
    /// steps that cross an edge (below 10⁻⁷ cm here in a 5 GeV bin, ≈ 10⁻⁸ of its content; the largest relative
    /// difference seen is 10⁻¹³); the test
    /// uses that bound per bin (a share dropped or booked in the wrong bin is off by a whole overlap, far above it).
    /// A bin the direct tally leaves exactly 0 must be exactly 0 (+0), not a rounding residue.
    @Test(arguments: [false, true], [false, true])
    func equalsDirectOverlap(refinedTop: Bool, branchFree: Bool) {
        let binning =
            refinedTop ? Self.projectBinning : LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 100)
        let edges = binning.edgesGeV
        var generator = Xoshiro256StarStar(seed: 17, streamIndex: refinedTop ? 1 : 0)
        let steps = Self.randomSteps(edges: edges, count: 4000, generator: &generator)
        #expect(steps.contains { $0.high == $0.low })
        let direct = Self.directTally(steps, edges: edges)
        let tallied = Self.differenceTally(steps, edges: edges, branchFree: branchFree)
        let totalLength = steps.reduce(0) { $0 + $1.length }
        // Only steps that cross an edge enter the running density (a one-bin step books its length alone).
        let crossing = steps.filter { Self.searchedBin($0.low, edges: edges) != Self.searchedBin($0.high, edges: edges) }
        let totalDensity = crossing.reduce(0) { $0 + $1.length / ($1.high - $1.low) }
        #expect(crossing.count > steps.count / 4)
        let n = Double(steps.count), epsilon = Double.ulpOfOne
        var nonEmpty = 0
        for bin in direct.indices {
            let width = edges[bin + 1] - edges[bin]
            let bound = 2 * n * epsilon * (totalLength + width * totalDensity)
            #expect(abs(tallied[bin] - direct[bin]) <= bound, "bin \(bin): \(tallied[bin]) against \(direct[bin])")
            if direct[bin] == 0 { #expect(tallied[bin] == 0 && tallied[bin].sign == .plus, "bin \(bin)") }
            if direct[bin] > 0 { nonEmpty += 1 }
        }
        #expect(nonEmpty == direct.count)
    }

    /// Steps in a few bins only: the other bins are exactly 0 although many ±ρ pairs cancelled below and above
    /// them, and the bins that one-bin steps fill alone are bit for bit the direct sum (the same additions in the
    /// same order).
    @Test(arguments: [false, true])
    func untouchedBinsAreExactlyZero(branchFree: Bool) {
        let edges = Self.projectBinning.edgesGeV
        var steps: [Step] = []
        var generator = Xoshiro256StarStar(seed: 5, streamIndex: 0)
        for _ in 0..<500 {
            // Across bins 10–20 (ρ of very different sizes), and one-bin steps in bin 40.
            let high = edges[20] * (1 - 0.01 * generator.nextOpenUnit())
            steps.append(Step(high: high, low: edges[10] * (1 + 0.3 * generator.nextOpenUnit()), length: generator.nextOpenUnit()))
            let inside = edges[40] + (edges[41] - edges[40]) * (0.2 + 0.6 * generator.nextOpenUnit())
            steps.append(Step(high: inside, low: inside - 1e-4 * generator.nextOpenUnit(), length: 0.15))
        }
        let direct = Self.directTally(steps, edges: edges)
        let tallied = Self.differenceTally(steps, edges: edges, branchFree: branchFree)
        for bin in direct.indices where !(10...20).contains(bin) && bin != 40 {
            #expect(tallied[bin] == 0 && tallied[bin].sign == .plus, "bin \(bin): \(tallied[bin])")
        }
        #expect(tallied[40] == direct[40])
        #expect(tallied[10] > 0 && tallied[19] > 0)
    }

    /// The transport's bin lookup (a table of 2^8 cells per octave and a compare; the walk only for bins narrower
    /// than a cell) agrees with a search of the edges everywhere,
    /// at the edges themselves and their neighbouring doubles, and outside the range.
    @Test(arguments: [0, 1, 2])
    func binIndexAgreesWithSearch(binningCase: Int) {
        let binning = [
            Self.projectBinning, LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 100),
            // 2 000 bins of 0.26 % in ln E: narrower than a cell (0.39 %).
            LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 2000)
        ][binningCase]
        let parameters = CascadeParameters(showerCount: 1, binning: binning)
        let transporter = ShowerTransporter(cascade: PreparedCascade(parameters))
        let edges = binning.edgesGeV
        var energies = edges.flatMap { [$0, $0.nextUp, $0.nextDown] } + [0.1, 0.499, 150, 1e3, .leastNormalMagnitude]
        var generator = Xoshiro256StarStar(seed: 3, streamIndex: UInt64(binningCase))
        for _ in 0..<20_000 { energies.append(0.25 * pow(800, generator.nextOpenUnit())) }
        var mismatches = 0
        transporter.cascade.paddedEdgesGeV.withUnsafeBufferPointer { padded in
            for energy in energies
            where transporter.binIndex(energy, edges: padded.baseAddress! + 1) != Self.searchedBin(energy, edges: edges) {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }
}

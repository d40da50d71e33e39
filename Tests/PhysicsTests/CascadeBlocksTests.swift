import Foundation
import Testing
import Physics

/// Splitting the cascade Monte Carlo into ranges of blocks (the shards of `track-lengths`):
/// merging every block's sums in order must give the unsplit run's bits, for any split.
struct CascadeBlocksTests {
    /// Small and fast in a debug build: 10 GeV, 30 layers, 5 blocks of which the last is short.
    static let parameters = CascadeParameters(
        geometry: TargetGeometry(
            period: [
                TargetLayer(material: .lead, thicknessCm: 0.15),
                TargetLayer(material: .plasticScintillator, thicknessCm: 0.15)
            ], repetitions: 30),
        beamEnergyGeV: 10, showerCount: 4 * CascadeSimulation.blockSize + 17, seed: 7,
        binning: LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 10, binCount: 12))

    @Test(arguments: [[0, 5], [0, 2, 5], [0, 1, 2, 3, 4, 5]])
    func mergedShardsEqualTheUnsplitRunBitForBit(boundaries: [Int]) throws {
        let whole = CascadeSimulation.run(Self.parameters, threadCount: 2)
        var blocks: [CascadeBlockTally] = []
        for (start, end) in zip(boundaries, boundaries.dropFirst()) {
            // One thread for some shards, three for others: the thread count must not matter either.
            blocks += CascadeSimulation.runBlocks(Self.parameters, blocks: start..<end, threadCount: 1 + start % 3)
        }
        #expect(blocks.count == CascadeSimulation.blockCount(showerCount: Self.parameters.showerCount))
        #expect(blocks.last?.showerCount == 17)
        let merged = try #require(CascadeSimulation.result(Self.parameters, mergingBlocks: blocks))
        // Exact equality (Hashable): every tally, error and energy-balance bit.
        #expect(merged == whole)
    }

    @Test func anIncompleteOrReorderedSetOfBlocksIsRefused() {
        let blocks = CascadeSimulation.runBlocks(Self.parameters, blocks: 0..<5, threadCount: 2)
        #expect(CascadeSimulation.result(Self.parameters, mergingBlocks: Array(blocks.dropLast())) == nil)
        // The short last block in the middle: its shower count does not fit that position.
        var reordered = blocks
        reordered.swapAt(3, 4)
        #expect(CascadeSimulation.result(Self.parameters, mergingBlocks: reordered) == nil)
    }
}

import Dispatch
import Synchronization

/// The sums of one block of ``CascadeSimulation/blockSize`` consecutive showers: what a shard of
/// the Monte Carlo hands to the merge.
///
/// A run merges its blocks strictly in block order, each block's sums added to the running sums
/// (floating-point addition is not associative, so the order is part of the result). A shard
/// that returned only its own total would change that order; it returns every block's sums, and
/// ``CascadeSimulation/result(_:mergingBlocks:)`` repeats the run's merge exactly. So a run split
/// into any number of shards gives the same bits as the unsplit run.
public struct CascadeBlockTally: Sendable, Equatable {
    /// Σ over the block's showers of the track length [cm] per channel and bin (layout of the run's tallies).
    public var sum: [Double]
    /// Σ of the squares of the same.
    public var sumOfSquares: [Double]
    /// Σ of the track length above each lower bin edge [cm].
    public var aboveSum: [Double]
    /// Σ of the squares of the same.
    public var aboveSumOfSquares: [Double]
    /// Σ over the block's showers of each energy-balance part [GeV].
    public var balanceSum: ShowerEnergyBalance
    /// Largest |Σ parts − E₀| of a shower of the block [GeV].
    public var largestImbalanceGeV: Double
    /// Showers in the block.
    public var showerCount: Int

    /// A block's sums.
    public init(
        sum: [Double], sumOfSquares: [Double], aboveSum: [Double], aboveSumOfSquares: [Double],
        balanceSum: ShowerEnergyBalance, largestImbalanceGeV: Double, showerCount: Int
    ) {
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        self.aboveSum = aboveSum
        self.aboveSumOfSquares = aboveSumOfSquares
        self.balanceSum = balanceSum
        self.largestImbalanceGeV = largestImbalanceGeV
        self.showerCount = showerCount
    }

    init(_ accumulator: TrackLengthAccumulator) {
        self.init(
            sum: accumulator.sum, sumOfSquares: accumulator.sumOfSquares, aboveSum: accumulator.aboveSum,
            aboveSumOfSquares: accumulator.aboveSumOfSquares, balanceSum: accumulator.balanceSum,
            largestImbalanceGeV: accumulator.largestImbalanceGeV, showerCount: accumulator.showerCount)
    }
}

extension CascadeSimulation {
    /// The number of blocks of a run of `showerCount` showers (the last one may be short).
    public static func blockCount(showerCount: Int) -> Int { (showerCount + blockSize - 1) / blockSize }

    /// The number of values in each array of a block's sums: channels × bins (see ``CascadeBlockTally``).
    public static func tallySize(_ parameters: CascadeParameters) -> Int {
        3 * parameters.geometry.materials.count * parameters.binning.totalBinCount
    }

    /// Simulates the blocks `blocks` of the run `parameters` on `threadCount` threads and returns
    /// each block's sums, in block order. Shower i uses the stream (seed, i) as in
    /// ``run(_:threadCount:progress:)``, so the blocks are those of the unsplit run.
    ///
    /// - Complexity: O(showers in the blocks × E₀/E_cut) time; memory O(blocks × channels × bins).
    public static func runBlocks(
        _ parameters: CascadeParameters, blocks: Range<Int>,
        threadCount: Int = OnlineProcessors.count,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) -> [CascadeBlockTally] {
        let cascade = PreparedCascade(parameters)
        let total = parameters.showerCount
        let blocks = blocks.clamped(to: 0..<blockCount(showerCount: total))
        let totalInBlocks = blocks.reduce(0) { $0 + min(blockSize, total - $1 * blockSize) }
        let workerCount = max(1, min(threadCount, blocks.count))
        let finished = Mutex((tallies: [Int: CascadeBlockTally](), showers: 0))
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var transporter = ShowerTransporter(cascade: cascade)
            var block = blocks.lowerBound + worker
            while block < blocks.upperBound {
                transporter.tally.reset()
                let first = block * blockSize
                for index in first..<min(first + blockSize, total) { transporter.simulateShower(index: index) }
                let tally = CascadeBlockTally(transporter.tally)
                let done = finished.withLock { state -> Int in
                    state.tallies[block] = tally
                    state.showers += tally.showerCount
                    return state.showers
                }
                progress?(done, totalInBlocks)
                block += workerCount
            }
        }
        return finished.withLock { state in blocks.map { state.tallies[$0]! } }
    }

    /// The result of the run `parameters` from the sums of all its blocks, in block order: the
    /// run's own merge, so the bits equal those of ``run(_:threadCount:progress:)``.
    /// Nil if `blocks` is not the run's full set of blocks (a count or a size does not match).
    public static func result(_ parameters: CascadeParameters, mergingBlocks blocks: [CascadeBlockTally]) -> CascadeResult? {
        let total = parameters.showerCount
        guard blocks.count == blockCount(showerCount: total) else { return nil }
        let cascade = PreparedCascade(parameters)
        var merged = TrackLengthAccumulator(binCount: cascade.binCount, materialCount: cascade.materials.count)
        let size = merged.sum.count
        for (index, block) in blocks.enumerated() {
            guard block.showerCount == min(blockSize, total - index * blockSize),
                block.sum.count == size, block.sumOfSquares.count == size,
                block.aboveSum.count == size, block.aboveSumOfSquares.count == size
            else { return nil }
            var accumulator = TrackLengthAccumulator(binCount: cascade.binCount, materialCount: cascade.materials.count)
            accumulator.sum = block.sum
            accumulator.sumOfSquares = block.sumOfSquares
            accumulator.aboveSum = block.aboveSum
            accumulator.aboveSumOfSquares = block.aboveSumOfSquares
            accumulator.balanceSum = block.balanceSum
            accumulator.largestImbalanceGeV = block.largestImbalanceGeV
            accumulator.showerCount = block.showerCount
            merged.add(accumulator)
        }
        return makeResult(parameters: parameters, cascade: cascade, tally: merged)
    }
}

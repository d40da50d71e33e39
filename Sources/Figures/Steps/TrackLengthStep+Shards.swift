import Foundation
import Physics
import BuildEngine

/// The Monte Carlo method of `track-lengths` splits by blocks of showers (`shards: N`).
///
/// Shower i always uses the random stream (seed, i), and the run merges its fixed 64-shower
/// blocks in block order. A shard simulates a contiguous range of blocks and returns every
/// block's sums (`blocks`, binary; see ``CascadeBlockEncoding``); the merge adds them in block
/// order exactly as the unsplit run does, so the table is byte-identical to the unsplit run's
/// for any shard count. The price: a shard's output holds every block's sums (about 19 kB per
/// block of 64 showers for the ECAL tallies), not one total.
extension TrackLengthStep: ShardableStepKind {
    /// One shard: the step's parameters and its range of blocks.
    struct ShardParameters: Codable, Sendable {
        /// The step's parameters.
        var step: TrackLengthParameters
        /// First block of the shard (block b holds showers 64·b ..< 64·(b+1)).
        var first_block: Int
        /// Number of blocks.
        var blocks: Int
    }

    static let shardKindName = "track-lengths-shard"

    static func shards(of p: Parameters, count: Int) -> [ShardParameters]? {
        guard p.method == .monteCarlo, p.geometry != nil, count >= 1 else { return nil }
        let total = CascadeSimulation.blockCount(showerCount: p.showers)
        let n = min(count, total)
        return (0..<n).map { i in
            let first = i * total / n
            return ShardParameters(step: p, first_block: first, blocks: (i + 1) * total / n - first)
        }
    }

    static func runShard(_ shard: ShardParameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        guard let geometry = shard.step.geometry else { throw StepFailure(shard.step.problem() ?? "invalid geometry") }
        let parameters = shard.step.cascadeParameters(geometry: geometry)
        let blocks = CascadeSimulation.runBlocks(
            parameters, blocks: shard.first_block..<(shard.first_block + shard.blocks),
            progress: context.reportProgress)
        return [Artifact(name: "blocks", data: CascadeBlockEncoding.encode(blocks, firstBlock: shard.first_block))]
    }

    static func merge(_ p: Parameters, shardOutputs: [[Artifact]], inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        guard let geometry = p.geometry else { throw StepFailure(p.problem() ?? "invalid geometry") }
        let parameters = p.cascadeParameters(geometry: geometry)
        var blocks: [CascadeBlockTally] = []
        for (index, outputs) in shardOutputs.enumerated() {
            guard let data = outputs.first(where: { $0.name == "blocks" })?.data else {
                throw StepFailure("shard \(index + 1) has no 'blocks' output")
            }
            let decoded = try CascadeBlockEncoding.decode(data, tallySize: CascadeSimulation.tallySize(parameters))
            guard decoded.firstBlock == blocks.count else {
                throw StepFailure("shard \(index + 1) starts at block \(decoded.firstBlock), expected \(blocks.count)")
            }
            blocks += decoded.blocks
        }
        guard let result = CascadeSimulation.result(parameters, mergingBlocks: blocks) else {
            throw StepFailure("the shards hold \(blocks.count) blocks; the run has \(CascadeSimulation.blockCount(showerCount: p.showers))")
        }
        return try monteCarloArtifacts(p, geometry: geometry, result: result)
    }
}

/// The binary form of a shard's block sums: a text header line, then little-endian IEEE-754
/// doubles (bit patterns, so nothing is rounded) per block.
///
/// `zprimepaper-cascade-blocks 1 FIRST COUNT SIZE\n`, then per block: shower count, the four
/// energy-balance sums, the largest imbalance, and the four arrays of SIZE values.
enum CascadeBlockEncoding {
    static let magic = "zprimepaper-cascade-blocks 1"

    static func encode(_ blocks: [CascadeBlockTally], firstBlock: Int) -> Data {
        let size = blocks.first?.sum.count ?? 0
        var data = Data("\(magic) \(firstBlock) \(blocks.count) \(size)\n".utf8)
        var words: [UInt64] = []
        words.reserveCapacity(blocks.count * (6 + 4 * size))
        for block in blocks {
            words.append(UInt64(block.showerCount))
            for value in [
                block.balanceSum.ionizationGeV, block.balanceSum.softPhotonGeV, block.balanceSum.belowCutGeV,
                block.balanceSum.escapedGeV, block.largestImbalanceGeV
            ] { words.append(value.bitPattern) }
            for array in [block.sum, block.sumOfSquares, block.aboveSum, block.aboveSumOfSquares] {
                for value in array { words.append(value.bitPattern) }
            }
        }
        words.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices { buffer[i] = buffer[i].littleEndian }
            data.append(UnsafeBufferPointer(buffer))
        }
        return data
    }

    static func decode(_ data: Data, tallySize: Int) throws -> (firstBlock: Int, blocks: [CascadeBlockTally]) {
        guard let newline = data.firstIndex(of: 0x0A) else { throw StepFailure("shard output: no header line") }
        let header = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 5, "\(header[0]) \(header[1])" == magic, let first = Int(header[2]), let count = Int(header[3]),
            let size = Int(header[4]), size == tallySize || count == 0
        else {
            throw StepFailure("shard output: expected '\(magic) FIRST COUNT \(tallySize)', found '\(header.joined(separator: " "))'")
        }
        let perBlock = 6 + 4 * size
        let body = data[(newline + 1)...]
        guard body.count == count * perBlock * 8 else {
            throw StepFailure("shard output: \(body.count) bytes after the header, expected \(count * perBlock * 8)")
        }
        var words = [UInt64](repeating: 0, count: count * perBlock)
        _ = words.withUnsafeMutableBytes { body.copyBytes(to: $0) }
        func double(_ i: Int) -> Double { Double(bitPattern: UInt64(littleEndian: words[i])) }
        var blocks: [CascadeBlockTally] = []
        blocks.reserveCapacity(count)
        for b in 0..<count {
            let base = b * perBlock
            func array(_ k: Int) -> [Double] { (0..<size).map { double(base + 6 + k * size + $0) } }
            let balance = ShowerEnergyBalance(
                ionizationGeV: double(base + 1), softPhotonGeV: double(base + 2),
                belowCutGeV: double(base + 3), escapedGeV: double(base + 4))
            blocks.append(
                CascadeBlockTally(
                    sum: array(0), sumOfSquares: array(1), aboveSum: array(2), aboveSumOfSquares: array(3),
                    balanceSum: balance, largestImbalanceGeV: double(base + 5),
                    showerCount: Int(UInt64(littleEndian: words[base]))))
        }
        return (first, blocks)
    }
}

import Foundation
import BuildEngine
import Testing

@testable import Figures

/// `track-lengths` split into shards (`shards: N`): the merge gives the bytes of the unsplit
/// step for any shard count, and the shard outputs survive their binary encoding exactly.
struct TrackLengthShardTests {
    static func parameters() -> TrackLengthParameters {
        var p = TrackLengthParameters()
        p.beam_energy_GeV = 10
        p.repetitions = 30
        p.showers = 5 * 64 + 9
        p.seed = 4
        p.energy_bins = 15
        return p
    }

    @Test(arguments: [1, 2, 3, 6, 50])
    func mergedShardsGiveTheUnsplitTable(count: Int) throws {
        let p = Self.parameters()
        let inputs = StepInputs(artifacts: [:], sources: [:])
        let context = StepContext(stepName: "t")
        let whole = try TrackLengthStep.run(p, inputs: inputs, context: context)
        let shards = try #require(TrackLengthStep.shards(of: p, count: count))
        // At most one shard per block of showers; together they cover every block once, in order.
        #expect(shards.count == min(count, 6))
        #expect(shards.map(\.blocks).reduce(0, +) == 6)
        #expect(zip(shards, shards.dropFirst()).allSatisfy { $0.first_block + $0.blocks == $1.first_block })
        let outputs = try shards.map { try TrackLengthStep.runShard($0, inputs: inputs, context: context) }
        let merged = try TrackLengthStep.merge(p, shardOutputs: outputs, inputs: inputs, context: context)
        #expect(merged == whole)
    }

    @Test func otherMethodsDoNotSplitAndBadShardOutputsAreRefused() throws {
        var p = Self.parameters()
        p.method = .approximationA
        p.layers = [.init(material: "lead", thickness_cm: 1)]
        #expect(TrackLengthStep.shards(of: p, count: 4) == nil)

        let q = Self.parameters()
        let inputs = StepInputs(artifacts: [:], sources: [:])
        let context = StepContext(stepName: "t")
        let shards = try #require(TrackLengthStep.shards(of: q, count: 2))
        let outputs = try shards.map { try TrackLengthStep.runShard($0, inputs: inputs, context: context) }
        // Missing the second shard, shards swapped, and a truncated shard: each is an error, never a table.
        #expect(throws: StepFailure.self) { try TrackLengthStep.merge(q, shardOutputs: [outputs[0]], inputs: inputs, context: context) }
        #expect(throws: StepFailure.self) {
            try TrackLengthStep.merge(q, shardOutputs: [outputs[1], outputs[0]], inputs: inputs, context: context)
        }
        var cut = outputs[1]
        cut[0].data = cut[0].data.dropLast(8)
        #expect(throws: StepFailure.self) {
            try TrackLengthStep.merge(q, shardOutputs: [outputs[0], cut], inputs: inputs, context: context)
        }
    }
}

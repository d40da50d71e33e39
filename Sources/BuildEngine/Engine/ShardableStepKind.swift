import Foundation

/// A step kind whose work splits into independent shards plus a merge (`shards: N` in figures.yaml).
///
/// The engine keys each shard on its own (kind ``shardKindName``, the shard's parameters, the
/// step's inputs) and keys the merged result exactly as the unsplit step: the shard count is not
/// in that key. The kind promises that `merge` of the shards' outputs, in order, gives the bytes
/// `run` gives, whatever the count; so a sharded build and an unsharded one share cache entries
/// for the step and everything downstream.
public protocol ShardableStepKind: StepKind {
    /// The parameters of one shard (typically the step's own parameters and a range of work).
    associatedtype ShardParameters: Codable & Sendable

    /// The kind name under which shards are keyed (e.g. `track-lengths-shard`).
    static var shardKindName: String { get }
    /// The shards of a step split `count` ways (fewer if there is less work), or nil if these
    /// parameters do not split (then `shards:` is a configuration error).
    static func shards(of parameters: Parameters, count: Int) -> [ShardParameters]?
    /// Computes one shard.
    static func runShard(_ shard: ShardParameters, inputs: StepInputs, context: StepContext) throws -> [Artifact]
    /// The step's outputs from its shards' outputs (in shard order): the bytes `run` would give.
    static func merge(
        _ parameters: Parameters, shardOutputs: [[Artifact]], inputs: StepInputs,
        context: StepContext
    ) throws -> [Artifact]
}

/// One shard of a prepared step: what the engine keys and runs.
public struct PreparedShard: Sendable {
    /// Canonical JSON of the shard's parameters (what its key hashes).
    public var canonicalParameters: String
    /// Runs the shard.
    public var run: @Sendable (StepInputs, StepContext) throws -> [Artifact]
}

/// How a prepared step splits: the shard plan for a count, and the merge.
public struct StepSharding: Sendable {
    /// Kind name of the shards' keys.
    public var shardKindName: String
    /// The shards for a requested count, or nil if these parameters do not split.
    public var plan: @Sendable (Int) -> [PreparedShard]?
    /// The merged outputs from the shards' outputs, in shard order.
    public var merge: @Sendable ([[Artifact]], StepInputs, StepContext) throws -> [Artifact]
}

extension StepKindRegistry {
    /// Registers a kind that can split into shards (`shards: N` on its steps).
    public mutating func register<K: ShardableStepKind>(_ kind: K.Type) {
        registerKind(K.self)
        let prepare = preparers[K.name]!
        preparers[K.name] = { node, path in
            var step = try prepare(node, path)
            let parameters = try ConfigDecoder().decode(K.Parameters.self, from: node, path: path)
            step.sharding = StepSharding(
                shardKindName: K.shardKindName,
                plan: { count in
                    guard let shards = K.shards(of: parameters, count: count) else { return nil }
                    return shards.map { shard in
                        // The shard parameters are the step's own (already canonically encodable) plus plain fields.
                        let canonical = (try? CanonicalEncoder().encode(shard)) ?? ""
                        return PreparedShard(canonicalParameters: canonical) { inputs, context in
                            try K.runShard(shard, inputs: inputs, context: context)
                        }
                    }
                },
                merge: { outputs, inputs, context in
                    try K.merge(parameters, shardOutputs: outputs, inputs: inputs, context: context)
                })
            return step
        }
    }
}

extension ActionKeyInputs {
    /// The key inputs of shard `shard` of a step whose own key inputs are these: the shard kind,
    /// the shard's parameters, and the step's input hashes.
    public func forShard(kind: String, _ shard: PreparedShard) -> ActionKeyInputs {
        ActionKeyInputs(
            kind: kind, kindVersion: kindVersion, codeFingerprint: codeFingerprint,
            canonicalParameters: shard.canonicalParameters, inputHashes: inputHashes)
    }
}

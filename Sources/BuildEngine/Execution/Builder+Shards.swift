import Foundation

extension Builder {
    /// Runs a step as its shards plus the merge: each shard is taken from the local cache, the
    /// remote, or computed (and then stored and uploaded under its own key), in shard order.
    func runShards(
        of node: BuildNode, keyInputs: ActionKeyInputs, plan: [PreparedShard], sharding: StepSharding,
        inputs: StepInputs, context: StepContext, limit: StepTimeLimit
    ) async throws -> [Artifact] {
        var outputs: [[Artifact]] = []
        for (index, shard) in plan.enumerated() {
            let shardKey = keyInputs.forShard(kind: sharding.shardKindName, shard).key
            outputs.append(
                try await shardOutputs(
                    node.name, index: index, count: plan.count, key: shardKey,
                    shard: shard, inputs: inputs, context: context, limit: limit))
        }
        let merge = sharding.merge
        let shardOutputs = outputs
        return try await limit.run { try merge(shardOutputs, inputs, context) }
    }

    /// The outputs of one shard: cached, fetched, or computed now.
    func shardOutputs(
        _ name: String, index: Int, count: Int, key: ContentHash, shard: PreparedShard,
        inputs: StepInputs, context: StepContext, limit: StepTimeLimit
    ) async throws -> [Artifact] {
        if let entry = store.action(for: key), let artifacts = artifacts(of: entry) {
            reporter.shardDone(name, index: index, count: count, origin: .cached)
            return artifacts
        }
        if let remote, let entry = await remote.entry(for: key),
            await fetchObjects(of: entry, for: "\(name) shard \(index + 1)", remote: remote), let artifacts = artifacts(of: entry)
        {
            try store.recordAction(entry, for: key)
            reporter.shardDone(name, index: index, count: count, origin: .fetched)
            return artifacts
        }
        if let fatal = remote?.fatalError { throw StepFailure(fatal) }
        let run = shard.run
        let artifacts = try await limit.run { try run(inputs, context) }
        var records: [OutputRecord] = []
        for artifact in artifacts {
            let hash = try store.storeObject(artifact.data)
            records.append(OutputRecord(name: artifact.name, hash: hash, size: artifact.data.count, publish: nil))
        }
        let entry = ActionEntry(format: ActionEntry.currentFormat, outputs: records)
        try store.recordAction(entry, for: key)
        remote?.upload(key: key, entry: entry, objects: Self.objects(of: artifacts))
        reporter.shardDone(name, index: index, count: count, origin: .ran)
        return artifacts
    }

    /// The artifacts of a cache entry read back from the store (re-hashed), or nil if one is missing or corrupt.
    func artifacts(of entry: ActionEntry) -> [Artifact]? {
        var artifacts: [Artifact] = []
        for output in entry.outputs {
            guard case .found(let data) = store.readObject(output.hash) else { return nil }
            artifacts.append(Artifact(name: output.name, data: data, publishPath: output.publish))
        }
        return artifacts
    }

    /// The shard keys of `node` given its upstream outputs, or nil if the node does not split or
    /// its key cannot be computed yet.
    public func shardKeys(of node: BuildNode, upstreamOutputs: [String: [OutputRecord]]) -> [ContentHash]? {
        guard node.shards > 1, let sharding = node.step.sharding, let plan = sharding.plan(node.shards),
            let keyInputs = try? keyInputs(for: node, upstreamOutputs: upstreamOutputs)?.0
        else { return nil }
        return plan.map { keyInputs.forShard(kind: sharding.shardKindName, $0).key }
    }

    /// Builds shard `index` of step `name` only (what a cluster job for one shard runs): its
    /// upstream steps first (normally cached), then the shard, unless the step itself is cached.
    public func buildShard(of name: String, index: Int, jobs: Int) async -> BuildSummary {
        let start = clock.now()
        defer { store.stamps.save() }
        guard let node = project.nodes[name], node.shards > 1, let sharding = node.step.sharding,
            let plan = sharding.plan(node.shards)
        else {
            var summary = BuildSummary()
            summary.failed[name] = "\(name) does not split into shards (no shards: in figures.yaml, or a kind that does not split)"
            return summary
        }
        let upstream = Set(
            node.inputs.values.compactMap { reference -> String? in
                if case .step(let step) = reference { return step } else { return nil }
            })
        var summary = upstream.isEmpty ? BuildSummary() : await build(targets: upstream.sorted(), jobs: jobs)
        guard summary.failed.isEmpty else { return summary }
        guard index >= 0, index < plan.count else {
            summary.failed[name] = "shard \(index + 1) does not exist: \(name) splits into \(plan.count) shards"
            return summary
        }
        let shardName = "\(name) shard \(index + 1)/\(plan.count)"
        do {
            guard let (keyInputs, _, datasetFiles) = try keyInputs(for: node, upstreamOutputs: summary.outputs) else {
                throw StepFailure("an input has no outputs")
            }
            if store.action(for: keyInputs.key) != nil {
                reporter.stepCached(shardName)
                return summary
            }
            let inputs = try loadInputs(for: node, upstreamOutputs: summary.outputs, datasetFiles: datasetFiles)
            let reporter = self.reporter
            let context = StepContext(stepName: name) { done, total in reporter.progress(shardName, done: done, total: total) }
            let shardKey = keyInputs.forShard(kind: sharding.shardKindName, plan[index]).key
            _ = try await shardOutputs(
                name, index: index, count: plan.count, key: shardKey, shard: plan[index],
                inputs: inputs, context: context, limit: StepTimeLimit(stepName: shardName, seconds: node.timeLimitSeconds))
        } catch {
            let message = (error as? StepFailure)?.message ?? "\(error)"
            reporter.stepFailed(shardName, message: message)
            summary.failed[shardName] = message
        }
        if let remote {
            await remote.finishUploads()
            summary.remoteCacheError = remote.fatalError
        }
        summary.seconds = clock.now() - start
        return summary
    }
}

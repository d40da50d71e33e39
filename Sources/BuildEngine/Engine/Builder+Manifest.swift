extension Builder {
    /// Brings out/MANIFEST up to date after a build and removes what failed nodes left in out/.
    ///
    /// Nodes that ran or were cached: their published outputs are recorded with their action key,
    /// `revision` and `overrides`. Nodes that failed or were skipped: the files an earlier build
    /// published for them (from the manifest, and from their last successful run) no longer match the
    /// configuration, so they are removed from out/ and from the manifest. Returns the removed paths
    /// (relative to out/), sorted.
    public func updateManifest(after summary: BuildSummary, revision: String, overrides: [String]) throws -> [String] {
        var manifest = OutputManifest.load(outDirectory: outDirectory) ?? OutputManifest()
        for name in summary.ran + summary.cached + summary.fetched {
            guard let key = store.stepRecord(named: name)?.key else { continue }
            let paths = (summary.outputs[name] ?? []).compactMap(\.publish)
            manifest.record(node: name, key: key.hex, publishedPaths: paths, revision: revision, overrides: overrides)
        }
        var removed: [String] = []
        for name in Array(summary.failed.keys) + summary.skipped {
            var paths = Set(manifest.entries(of: name).map(\.path))
            if let key = store.stepRecord(named: name)?.key, let entry = store.action(for: key) {
                paths.formUnion(entry.outputs.compactMap(\.publish))
            }
            for path in paths.sorted() {
                let full = outDirectory + "/" + path
                if fileSystem.size(full) != nil {
                    try fileSystem.remove(full)
                    removed.append(path)
                }
                manifest.entries[path] = nil
            }
        }
        try manifest.write(outDirectory: outDirectory, fileSystem: fileSystem)
        return removed.sorted()
    }

    /// The action key of every node the current configuration can key, by name (nodes downstream of
    /// one without a cache entry cannot be keyed and are absent).
    public func currentKeys() -> [String: ContentHash] {
        var outputs: [String: [OutputRecord]] = [:]
        var keys: [String: ContentHash] = [:]
        for name in project.order {
            guard let (inputs, _, _) = try? keyInputs(for: project.nodes[name]!, upstreamOutputs: outputs) else { continue }
            keys[name] = inputs.key
            if let entry = store.action(for: inputs.key) { outputs[name] = entry.outputs }
        }
        return keys
    }
}

import Foundation

/// What a build did.
public struct BuildSummary: Sendable {
    /// Steps that ran, in completion order.
    public var ran: [String] = []
    /// Steps that were up to date.
    public var cached: [String] = []
    /// Steps that failed, with their message.
    public var failed: [String: String] = [:]
    /// Steps not run because an input failed.
    public var skipped: [String] = []
    /// Wall time.
    public var seconds: Double = 0
    /// Warnings emitted.
    public var warnings: [String] = []
    /// Output records per built node.
    public var outputs: [String: [OutputRecord]] = [:]
    /// Steps whose outputs came from the remote cache (included in neither `ran` nor `cached`).
    public var fetched: [String] = []
    /// Set when a required remote cache failed: the build fails with this message.
    public var remoteCacheError: String?
}

/// Runs the steps of a project in dependency order, in parallel, against the content store.
///
/// For each node: gather input hashes → action key → cache hit (outputs verified) or run →
/// store objects and the action entry → publish declared outputs under `out/`. A dependent's key
/// contains its inputs' content hashes, so a step that re-runs with byte-identical outputs
/// leaves its dependents cached (early cutoff). Results never depend on `jobs`.
public struct Builder: Sendable {
    /// The project.
    public let project: Project
    /// The output directory (`<root>/out`).
    public let outDirectory: String
    public let store: ContentStore
    let fileSystem: any FileSystem
    let reporter: any BuildReporter
    let clock: any BuildClock
    /// The remote cache tier, if one is configured (`cache.remote`, `--remote-cache`).
    public var remote: RemoteCache?
    /// False: a step that is not cached (locally or remotely) fails instead of running (the final
    /// fetch-only build after a cluster run).
    public var runsSteps = true

    /// Creates a builder writing under `outDirectory` (cache in `outDirectory/.cache`).
    public init(
        project: Project, outDirectory: String, fileSystem: any FileSystem = LocalFileSystem(),
        reporter: any BuildReporter, clock: any BuildClock = SystemClock()
    ) {
        self.project = project
        self.outDirectory = outDirectory
        self.fileSystem = fileSystem
        self.store = ContentStore(directory: outDirectory + "/.cache", fileSystem: fileSystem)
        self.reporter = reporter
        self.clock = clock
    }

    /// The names `targets` need (themselves and everything upstream), in topological order; nil = all.
    public func closure(of targets: [String]?) -> [String] {
        project.graph.closure(of: targets)
    }

    /// Builds `targets` (nil = every node) with at most `jobs` steps running at once.
    ///
    /// Steps named in `rerun` run even when their cache entry is valid (to time them, or to check that
    /// they reproduce their cached outputs: a difference is reported as a warning and the new outputs win).
    public func build(targets: [String]? = nil, jobs: Int, rerun: Set<String> = []) async -> BuildSummary {
        let start = clock.now()
        Self.removeAbandonedTemporaryFiles(under: outDirectory, fileSystem: fileSystem)
        let names = closure(of: targets)
        var summary = BuildSummary()
        let graph = project.graph
        var pending = Dictionary(uniqueKeysWithValues: names.map { ($0, Set(graph.upstream[$0] ?? [])) })
        let selected = Set(names)
        let dependents = graph.dependents.mapValues { $0.filter(selected.contains) }
        let durations = StepDurations(path: store.directory + "/durations", fileSystem: fileSystem)
        let previousDurations = durations.load()
        let priorities = StepPriorities(
            names: names, order: project.order, dependents: dependents,
            durations: previousDurations)
        var ran: [String: Double] = [:]
        var ready = names.filter { pending[$0]?.isEmpty == true }.sorted(by: priorities.startsBefore)
        var outputs: [String: [OutputRecord]] = [:]
        var failedOrSkipped: Set<String> = []

        await withTaskGroup(of: (String, NodeOutcome).self) { group in
            var running = 0
            func startReady() {
                while running < max(1, jobs), !ready.isEmpty {
                    let name = ready.removeFirst()
                    let node = project.nodes[name]!
                    let upstreamOutputs = outputs
                    running += 1
                    let forced = rerun.contains(name)
                    group.addTask { (name, await self.process(node, upstreamOutputs: upstreamOutputs, rerun: forced)) }
                }
            }
            startReady()
            while let (name, outcome) = await group.next() {
                running -= 1
                switch outcome {
                case .cached(let records): outputs[name] = records; summary.cached.append(name)
                case .ran(let records, let seconds): outputs[name] = records; summary.ran.append(name); ran[name] = seconds
                case .fetched(let records): outputs[name] = records; summary.fetched.append(name)
                case .failed(let message): summary.failed[name] = message; failedOrSkipped.insert(name)
                case .inputRotted(let rotted):
                    // Heal within this build: run the producer again (its object is gone, so its cache
                    // entry no longer verifies), then this node on the fresh outputs.
                    let upstreamOutputs = outputs
                    running += 1
                    group.addTask {
                        (name, await self.heal(project.nodes[name]!, rotted: rotted, upstreamOutputs: upstreamOutputs))
                    }
                    continue
                }
                for dependent in dependents[name] ?? [] {
                    pending[dependent]?.remove(name)
                    if failedOrSkipped.contains(name) {
                        markSkipped(dependent, because: name)
                    } else if pending[dependent]?.isEmpty == true, !failedOrSkipped.contains(dependent) {
                        ready.append(dependent)
                    }
                }
                // Longest critical path first (Builder+Priority.swift); ties in topological order.
                ready.sort(by: priorities.startsBefore)
                startReady()
            }
        }

        func markSkipped(_ name: String, because input: String) {
            guard failedOrSkipped.insert(name).inserted else { return }
            summary.skipped.append(name)
            reporter.stepSkipped(name, because: input)
            for dependent in dependents[name] ?? [] { markSkipped(dependent, because: name) }
        }

        if let remote {
            await remote.finishUploads()
            summary.remoteCacheError = remote.fatalError
        }
        store.stamps.save()
        durations.save(ran, over: previousDurations)
        summary.outputs = outputs
        summary.seconds = clock.now() - start
        return summary
    }

    enum NodeOutcome: Sendable {
        case cached([OutputRecord])
        case ran([OutputRecord], seconds: Double)
        case fetched([OutputRecord])
        case failed(String)
        /// An input object was missing or corrupt when read: its producer must run again first.
        case inputRotted(RottedInput)
    }

    /// The key inputs and record of a node given its upstream outputs; nil if an upstream is unknown.
    func keyInputs(for node: BuildNode, upstreamOutputs: [String: [OutputRecord]]) throws -> (
        ActionKeyInputs, StepRecord, [String: String]
    )? {
        var hashes: [String: ContentHash] = [:]
        var sources: [String: String] = [:]
        var datasetFiles: [String: String] = [:]
        for (role, reference) in node.inputs {
            switch reference {
            case .step(let upstream):
                guard let records = upstreamOutputs[upstream] else { return nil }
                for record in records { hashes["\(role)/\(record.name)"] = record.hash }
                sources[role] = upstream
            case .dataset(let name):
                let declaration = project.datasets[name]!
                let path = project.resolvedPath(ofDataset: name)
                guard let data = try fileSystem.read(path) else {
                    throw StepFailure("dataset '\(name)' (\(declaration.location)): file '\(declaration.path)' does not exist")
                }
                hashes[role] = ContentHash(of: data)
                sources[role] = declaration.path
                datasetFiles[role] = path
            }
        }
        let step = node.step
        let inputs = ActionKeyInputs(
            kind: step.kindName, kindVersion: step.kindVersion, codeFingerprint: step.codeFingerprint,
            canonicalParameters: step.canonicalParameters, inputHashes: hashes)
        let record = StepRecord(
            format: StepRecord.currentFormat, key: inputs.key, kind: step.kindName, kindVersion: step.kindVersion,
            code: step.codeFingerprint, parameters: step.flatParameters, inputs: hashes, inputSources: sources)
        return (inputs, record, datasetFiles)
    }

    func process(
        _ node: BuildNode, upstreamOutputs: [String: [OutputRecord]], rerun: Bool = false, healing: Bool = true
    ) async -> NodeOutcome {
        do {
            guard let (keyInputs, record, datasetFiles) = try keyInputs(for: node, upstreamOutputs: upstreamOutputs) else {
                return .failed("an input has no outputs")
            }
            let key = keyInputs.key
            var reason: RunReason? = nil
            var previousOutputs: [OutputRecord]? = nil
            if let entry = store.action(for: key) {
                if rerun {
                    reason = .rerunRequested
                    previousOutputs = entry.outputs
                } else if let corrupt = verify(entry) {
                    reporter.warning(
                        "object \(corrupt.hash.short) (output '\(corrupt.name)' of \(node.name)) did not match its hash; rebuilding "
                            + "\(node.name)"
                    )
                    store.removeAction(for: key)
                    reason = .corruptOutput("'\(corrupt.name)'")
                } else {
                    do {
                        try publish(entry.outputs, of: node)
                        try store.saveStepRecord(record, named: node.name)
                        reporter.stepCached(node.name)
                        return .cached(entry.outputs)
                    } catch let rotted as RottedOutput {
                        // Intact by its stamp, corrupt when read to be published: the step runs again now.
                        reporter.warning(
                            "object \(rotted.record.hash.short) (output '\(rotted.record.name)' of \(node.name)) did not match its "
                                + "hash when it was published; rebuilding \(node.name)")
                        store.removeAction(for: key)
                        reason = .corruptOutput("'\(rotted.record.name)'")
                    }
                }
            }
            if !rerun, let remote, let fetched = await fetchFromRemote(key: key, node: node, remote: remote) {
                try publish(fetched, of: node)
                try store.saveStepRecord(record, named: node.name)
                reporter.stepFetched(node.name)
                return .fetched(fetched)
            }
            if let fatal = remote?.fatalError { throw StepFailure(fatal) }
            guard runsSteps else { throw StepFailure("not in the cache, and this build only fetches (its cluster job did not produce it)") }
            let why = reason ?? RunReason.explain(previous: store.stepRecord(named: node.name), current: record)
            reporter.stepStarted(node.name, reason: why)
            let started = clock.now()
            let inputs = try loadInputs(for: node, upstreamOutputs: upstreamOutputs, datasetFiles: datasetFiles)
            let reporter = self.reporter
            let name = node.name
            let context = StepContext(stepName: name, actionKey: key.hex) { done, total in
                reporter.progress(name, done: done, total: total)
            }
            let artifacts: [Artifact]
            let limit = StepTimeLimit(stepName: name, seconds: node.timeLimitSeconds)
            if node.shards > 1, let sharding = node.step.sharding, let plan = sharding.plan(node.shards) {
                artifacts = try await runShards(
                    of: node, keyInputs: keyInputs, plan: plan, sharding: sharding,
                    inputs: inputs, context: context, limit: limit)
            } else {
                let run = node.step.run
                artifacts = try await limit.run { try run(inputs, context) }
            }
            var records: [OutputRecord] = []
            var seen = Set<String>()
            for artifact in artifacts {
                guard seen.insert(artifact.name).inserted else { throw StepFailure("produced two outputs named '\(artifact.name)'") }
                var publishPath = artifact.publishPath
                if let directory = node.publishDirectory { publishPath = directory + "/" + artifact.name }
                if let path = publishPath, let problem = OutputPath.problem(with: path) {
                    throw StepFailure("output path refused: \(problem)")
                }
                let hash = try store.storeObject(artifact.data)
                records.append(OutputRecord(name: artifact.name, hash: hash, size: artifact.data.count, publish: publishPath))
            }
            if let previousOutputs, let difference = BuildMessages.rerunDifference(step: node.name, cached: previousOutputs, rerun: records)
            {
                reporter.warning(difference)
            }
            let entry = ActionEntry(format: ActionEntry.currentFormat, outputs: records, seconds: clock.now() - started)
            try store.recordAction(entry, for: key)
            remote?.upload(key: key, entry: entry, objects: Self.objects(of: artifacts))
            try publish(records, of: node)
            try store.saveStepRecord(record, named: node.name)
            let seconds = clock.now() - started
            reporter.stepFinished(node.name, seconds: seconds)
            return .ran(records, seconds: seconds)
        } catch {
            if healing, let rotted = error as? RottedInput { return .inputRotted(rotted) }
            let message =
                (error as? StepFailure)?.message ?? (error as? RottedInput)?.message ?? (error as? RottedOutput)?.message ?? "\(error)"
            reporter.stepFailed(node.name, message: message)
            return .failed(message)
        }
    }

    /// The first output of `entry` whose object is missing or fails its hash, if any.
    func verify(_ entry: ActionEntry) -> OutputRecord? {
        for output in entry.outputs {
            switch store.checkObject(output.hash) {
            case .found: continue
            case .missing, .corrupt: return output
            }
        }
        return nil
    }

    func loadInputs(for node: BuildNode, upstreamOutputs: [String: [OutputRecord]], datasetFiles: [String: String]) throws -> StepInputs {
        var artifacts: [String: [String: Data]] = [:]
        var sources: [String: String] = [:]
        for (role, reference) in node.inputs {
            switch reference {
            case .step(let upstream):
                var byName: [String: Data] = [:]
                for record in upstreamOutputs[upstream] ?? [] {
                    guard case .found(let data) = store.readObject(record.hash) else {
                        throw RottedInput(role: role, upstream: upstream, output: record.name, hash: record.hash)
                    }
                    byName[record.name] = data
                }
                artifacts[role] = byName
                sources[role] = upstream
            case .dataset(let name):
                let path = datasetFiles[role]!
                guard let data = try fileSystem.read(path) else { throw StepFailure("dataset '\(name)': file '\(path)' disappeared") }
                artifacts[role] = [(path as NSString).lastPathComponent: data]
                sources[role] = project.datasets[name]!.path
            }
        }
        return StepInputs(artifacts: artifacts, sources: sources)
    }

    /// Makes every published output present under out/ with the right bytes (rewritten only if different).
    func publish(_ records: [OutputRecord], of node: BuildNode) throws {
        for record in records {
            guard let relative = record.publish else { continue }
            let path = outDirectory + "/" + relative
            if fileSystem.size(path) == record.size {
                if store.stamps.unchangedHash(of: path) == record.hash { continue }
                if let existing = try store.stamps.readAndHash(path), existing.hash == record.hash { continue }
            }
            guard case .found(let data) = store.readObject(record.hash) else { throw RottedOutput(record: record) }
            // Checked again at each write: a link made under out/ during the build must not carry a file out.
            if fileSystem is LocalFileSystem, let problem = ContainedPath.writeProblem(path, rootDirectory: project.rootDirectory) {
                throw StepFailure("refusing to publish: \(problem)")
            }
            try fileSystem.writeAtomically(data, to: path)
            store.stamps.recordWritten(path, hash: record.hash)
        }
    }

    /// Removes `.tmp-PID-…` files that a killed `figures` process left in the published directories
    /// under out/ (not the cache: `cache gc` cleans that). A file whose process still runs is another
    /// build's write in progress and is kept. Cost: one listing of out/ (a few dozen entries).
    static func removeAbandonedTemporaryFiles(under directory: String, fileSystem: any FileSystem, depth: Int = 0) {
        guard depth < 4, let names = try? fileSystem.list(directory) else { return }
        for name in names {
            let path = directory + "/" + name
            if name.hasPrefix(".tmp-") {
                if Self.writerIsGone(temporaryName: name) { try? fileSystem.remove(path) }
            } else if !name.hasPrefix(".") {
                removeAbandonedTemporaryFiles(under: path, fileSystem: fileSystem, depth: depth + 1)
            }
        }
    }

    /// True if the process named in a temporary file's name (`.tmp-PID-RANDOM`) no longer exists.
    static func writerIsGone(temporaryName name: String) -> Bool {
        let parts = name.dropFirst(".tmp-".count).split(separator: "-")
        guard let pid = parts.first.flatMap({ Int32($0) }), pid > 0 else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}

import Foundation
import Synchronization

/// Runs the steps of a build as batch jobs whose dependencies mirror the DAG (`--executor slurm`).
///
/// The driver keys every node it can locally; a node whose key is in the local or remote cache
/// is not submitted. Every other node becomes a job running `figures build NODE` (a step that
/// splits: one job per missing shard, then the node's job after them), submitted after the jobs
/// of its upstream nodes. Then it polls, reports progress and failures (job id, step, the tail
/// of the job's log), cancels what depends on a failure, and returns; the caller finishes with
/// a local build that only fetches. The jobs share the project directory (and so out/.cache) or
/// the remote cache; outputs do not depend on where a step ran, so they are the local ones.
public struct ClusterBuild: Sendable {
    /// A submitted job and what it builds.
    public struct Submitted: Sendable, Equatable {
        /// The batch system's id.
        public var id: BatchJobID
        /// The node (step or figure) it builds.
        public var node: String
        /// The shard (0-based) it builds, if it builds one shard.
        public var shard: Int?
        /// How many shards the node has (for messages).
        public var shardCount: Int
        /// The jobs it waits for.
        public var dependencies: [BatchJobID]
        /// Its log file.
        public var logPath: String

        /// "STEP" or "STEP shard 2/8".
        public var label: String { shard.map { "\(node) shard \($0 + 1)/\(shardCount)" } ?? node }
    }

    /// What the wait ended with.
    public struct Outcome: Sendable {
        /// Every job submitted, in submission order.
        public var submitted: [Submitted] = []
        /// Jobs that failed, with the message shown.
        public var failed: [BatchJobID: String] = [:]
        /// Jobs cancelled because something they needed failed.
        public var cancelled: [BatchJobID] = []
        /// Nodes found cached (locally or remotely) when planning.
        public var cachedNodes: [String] = []
        /// A batch-system error that stopped the run, if any.
        public var error: String?
    }

    /// The build (project, stores, remote) whose keys decide what runs.
    public let builder: Builder
    /// The batch system.
    public let batch: any BatchSystem
    /// The command of a job building `node` (and shard `shard`, if given).
    public let command: @Sendable (_ node: String, _ shard: Int?) -> [String]
    /// Where job logs go (`out/.jobs`).
    public let logDirectory: String
    /// Seconds between polls.
    public var pollInterval: Double = 0.5
    /// Prints a line for the user.
    public let say: @Sendable (String) -> Void

    /// A cluster build.
    public init(
        builder: Builder, batch: any BatchSystem, logDirectory: String,
        command: @escaping @Sendable (String, Int?) -> [String], say: @escaping @Sendable (String) -> Void
    ) {
        self.builder = builder
        self.batch = batch
        self.logDirectory = logDirectory
        self.command = command
        self.say = say
    }

    /// Submits what is missing, waits for it, and reports. `submittedSoFar` receives each job as it
    /// is submitted (so an interrupt handler can cancel them).
    public func run(submittedSoFar: SubmittedJobs) async -> Outcome {
        var outcome = Outcome()
        do {
            try await submit(into: &outcome, registry: submittedSoFar)
        } catch {
            outcome.error = "\(error)"
            batch.cancel(outcome.submitted.map(\.id))
            return outcome
        }
        if outcome.submitted.isEmpty {
            say("cluster: nothing to submit, every step is cached")
            return outcome
        }
        await wait(for: &outcome)
        return outcome
    }

    func submit(into outcome: inout Outcome, registry: SubmittedJobs) async throws {
        try builder.fileSystem.createDirectory(logDirectory)
        var known: [String: [OutputRecord]] = [:]
        var jobOf: [String: BatchJobID] = [:]
        for name in builder.project.order {
            let node = builder.project.nodes[name]!
            let upstream = Set(
                node.inputs.values.compactMap { reference -> String? in
                    if case .step(let step) = reference { return step } else { return nil }
                }
            ).sorted()
            if let (keyInputs, _, _) = try? builder.keyInputs(for: node, upstreamOutputs: known) {
                if let entry = builder.store.action(for: keyInputs.key), builder.verify(entry) == nil {
                    known[name] = entry.outputs
                    outcome.cachedNodes.append(name)
                    continue
                }
                if let remote = builder.remote, let entry = await remote.entry(for: keyInputs.key) {
                    known[name] = entry.outputs
                    outcome.cachedNodes.append(name)
                    continue
                }
            }
            var dependencies = upstream.compactMap { jobOf[$0] }
            if node.shards > 1, let plan = node.step.sharding?.plan(node.shards) {
                let shardKeys = builder.shardKeys(of: node, upstreamOutputs: known)
                var shardJobs: [BatchJobID] = []
                for index in plan.indices {
                    if let key = shardKeys?[index], await isCached(key) { continue }
                    let job = try submit(node: name, shard: index, count: plan.count, after: dependencies, into: &outcome)
                    registry.add(job)
                    shardJobs.append(job)
                }
                dependencies += shardJobs
            }
            let job = try submit(node: name, shard: nil, count: node.shards, after: dependencies, into: &outcome)
            registry.add(job)
            jobOf[name] = job
        }
    }

    func isCached(_ key: ContentHash) async -> Bool {
        if builder.store.action(for: key) != nil { return true }
        if let remote = builder.remote { return await remote.hasEntry(for: key) }
        return false
    }

    func submit(node: String, shard: Int?, count: Int, after dependencies: [BatchJobID], into outcome: inout Outcome) throws -> BatchJobID {
        let jobName = "figures-" + node + (shard.map { "-shard-\($0 + 1)" } ?? "")
        let log = logDirectory + "/" + jobName + "-%j.log"
        let job = BatchJob(name: jobName, command: command(node, shard), workingDirectory: builder.project.rootDirectory, logPath: log)
        let id = try batch.submit(job, after: dependencies)
        let submitted = Submitted(
            id: id, node: node, shard: shard, shardCount: count, dependencies: dependencies,
            logPath: log.replacingOccurrences(of: "%j", with: id.value))
        outcome.submitted.append(submitted)
        let after = dependencies.isEmpty ? "" : " after " + dependencies.map(\.value).joined(separator: ",")
        say("submit  \(submitted.label) as \(batch.name) job \(id)\(after)")
        return id
    }

    func wait(for outcome: inout Outcome) async {
        let byID = Dictionary(uniqueKeysWithValues: outcome.submitted.map { ($0.id, $0) })
        var dependents: [BatchJobID: [BatchJobID]] = [:]
        for job in outcome.submitted { for dependency in job.dependencies { dependents[dependency, default: []].append(job.id) } }
        var finished: [BatchJobID: BatchJobState] = [:]
        var lastProgress = ""
        var missingPolls: [BatchJobID: Int] = [:]
        while finished.count < outcome.submitted.count {
            try? await Task.sleep(nanoseconds: UInt64(pollInterval * 1e9))
            let open = outcome.submitted.map(\.id).filter { finished[$0] == nil }
            let states: [BatchJobID: BatchJobState]
            do { states = try batch.states(of: open) } catch {
                say("warning: cannot poll \(batch.name): \(error); retrying")
                continue
            }
            var running = 0
            for id in open {
                guard let state = states[id] else {
                    // Not known any more: purged before we saw it end. Give it a few polls, then call it lost.
                    missingPolls[id, default: 0] += 1
                    if missingPolls[id]! > 20 { finished[id] = .failed("the job record is gone") }
                    continue
                }
                if state == .running { running += 1 }
                guard state.isFinal else { continue }
                finished[id] = state
                let job = byID[id]!
                switch state {
                case .completed:
                    say("done    \(job.label) (job \(id))")
                case .failed(let words):
                    let message =
                        "\(job.label) failed on \(batch.name) (job \(id), \(words)); log \(job.logPath):\n"
                        + Self.tail(of: job.logPath, lines: 15)
                    outcome.failed[id] = message
                    say("FAILED  " + message)
                    cancelDependents(of: id, dependents: dependents, byID: byID, finished: &finished, outcome: &outcome)
                case .cancelled(let reason):
                    if !outcome.cancelled.contains(id) {
                        outcome.cancelled.append(id)
                        say("cancel  \(job.label) (job \(id)): \(reason)")
                    }
                    cancelDependents(of: id, dependents: dependents, byID: byID, finished: &finished, outcome: &outcome)
                case .pending, .running:
                    break
                }
            }
            let progress = "cluster: \(finished.count)/\(outcome.submitted.count) jobs finished, \(running) running"
            if progress != lastProgress {
                say(progress)
                lastProgress = progress
            }
        }
    }

    /// Cancels every job downstream of `id` that has not finished.
    func cancelDependents(
        of id: BatchJobID, dependents: [BatchJobID: [BatchJobID]], byID: [BatchJobID: Submitted],
        finished: inout [BatchJobID: BatchJobState], outcome: inout Outcome
    ) {
        var stack = dependents[id] ?? []
        var toCancel: [BatchJobID] = []
        while let next = stack.popLast() {
            guard finished[next] == nil else { continue }
            finished[next] = .cancelled("input failed")
            toCancel.append(next)
            outcome.cancelled.append(next)
            say("cancel  \(byID[next]!.label) (job \(next)): it needs \(byID[id]!.label), which did not complete")
            stack += dependents[next] ?? []
        }
        batch.cancel(toCancel.sorted())
    }

    /// The last `lines` lines of a log file, indented (or a note that it cannot be read).
    static func tail(of path: String, lines: Int) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "    (no log at \(path))" }
        let all = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = all.last == "" ? all.dropLast() : all[...]
        return trimmed.suffix(lines).map { "    | " + $0 }.joined(separator: "\n")
    }
}

/// The jobs a cluster build submitted so far: what an interrupt handler cancels.
public final class SubmittedJobs: Sendable {
    private let ids = Mutex<[BatchJobID]>([])
    /// An empty list.
    public init() {}
    /// Records a job.
    public func add(_ id: BatchJobID) { ids.withLock { $0.append(id) } }
    /// Every job recorded.
    public var all: [BatchJobID] { ids.withLock { $0 } }
}

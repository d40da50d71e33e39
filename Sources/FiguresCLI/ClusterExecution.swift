import ArgumentParser
import BuildEngine
import Dispatch
import Figures
import Foundation

/// Where `figures all` runs its steps: here, or as Slurm jobs (docs/SCALE-OUT.md).
struct ExecutorOptions: ParsableArguments {
    @Option(help: ArgumentHelp("local (default) or slurm: submit each missing step as a Slurm job.", valueName: "EXECUTOR"))
    var executor: String = "local"

    @Option(help: ArgumentHelp("Slurm partition for the jobs.", valueName: "PARTITION"))
    var partition: String?

    @Option(
        name: .customLong("slurm-arg"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp("Extra sbatch argument, e.g. --slurm-arg=--time=30 (repeatable).", valueName: "ARG"))
    var slurmArguments: [String] = []

    func validate() throws {
        guard ["local", "slurm"].contains(executor) else { throw ValidationError("--executor expects local or slurm, found '\(executor)'") }
        if executor == "local", partition != nil || !slurmArguments.isEmpty {
            throw ValidationError("--partition and --slurm-arg need --executor slurm")
        }
    }
}

/// `figures all --executor slurm`: submits the missing steps as jobs, waits, then builds locally
/// fetching only. Ctrl-C (or SIGTERM) cancels the submitted jobs.
func runOnCluster(_ options: ProjectOptions, _ build: BuildOptions, _ executor: ExecutorOptions) async throws {
    let project = try options.loadProject()
    for program in ["sbatch", "scontrol", "scancel"] where !isOnPath(program) {
        printError("error: --executor slurm: '\(program)' is not on PATH (install the Slurm client, e.g. Debian slurm-client)")
        throw ExitCode(2)
    }
    let outDirectory = project.rootDirectory + "/out"
    let reporter = TerminalReporter(quiet: build.quiet)
    var (builder, lock) = try openBuilder(for: project, build, reporter: reporter)
    defer { withExtendedLifetime(lock) {} }
    // What the jobs run: on a cluster it must be on a file system the nodes share.
    let executable = CommandLine.executablePath
    var passthrough = ["--project", project.rootDirectory]
    for text in options.overrides { passthrough += ["--set", text] }
    for text in options.datasetOverrides { passthrough += ["--dataset", text] }
    passthrough += build.remote.arguments
    let jobArguments = passthrough
    let command: @Sendable (String, Int?) -> [String] = { node, shard in
        [executable, "build", node] + (shard.map { ["--shard", String($0 + 1)] } ?? []) + jobArguments
    }
    let slurm = SlurmBatchSystem(partition: executor.partition, extraArguments: executor.slurmArguments)
    let cluster = ClusterBuild(
        builder: builder, batch: slurm,
        logDirectory: outDirectory + "/.jobs", command: command
    ) { line in
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
    let submitted = SubmittedJobs()
    let batch = cluster.batch
    let handlers = [SIGINT, SIGTERM].map { signalNumber -> any DispatchSourceSignal in
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            let jobs = submitted.all
            batch.cancel(jobs)
            printError("interrupted: cancelled \(jobs.count) submitted job(s); a rerun resumes from the cache")
            exit(130)
        }
        source.resume()
        return source
    }
    let outcome = await cluster.run(submittedSoFar: submitted)
    withExtendedLifetime(handlers) {}
    if let error = outcome.error {
        printError("error: \(error)")
        throw ExitCode(1)
    }
    // Everything the jobs built is in the cache (shared directory or remote): publish it, run nothing.
    builder.runsSteps = false
    let summary = await builder.build(targets: nil, jobs: build.jobs)
    reporter.finish()
    let jobFailures = outcome.failed.count
    print("cluster: \(outcome.submitted.count) job(s) submitted, \(jobFailures) failed, \(outcome.cancelled.count) cancelled")
    if jobFailures > 0 {
        for (_, message) in outcome.failed.sorted(by: { $0.key < $1.key }) { printError("error: " + message) }
    }
    try finishBuild(summary, remote: builder.remote)
    if jobFailures > 0 { throw ExitCode(1) }
}

/// True if an executable named `program` is in a directory of PATH.
func isOnPath(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}

/// `figures build STEP --shard N`: one shard of a step that splits (what a shard's job runs).
func runShardBuild(_ options: ProjectOptions, _ build: BuildOptions, name: String, shard: Int) async throws {
    let project = try options.loadProject()
    guard project.nodes[name] != nil else {
        printError("error: no step named '\(name)' in \(project.configFile)")
        throw ExitCode(2)
    }
    let reporter = TerminalReporter(quiet: build.quiet)
    let (builder, lock) = try openBuilder(for: project, build, reporter: reporter)
    let summary = await builder.buildShard(of: name, index: shard - 1, jobs: build.jobs)
    withExtendedLifetime(lock) {}
    reporter.finish()
    try finishBuild(summary, remote: builder.remote)
}

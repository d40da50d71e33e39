import ArgumentParser
import Figures
import Foundation
import BuildEngine
import DataFormats

/// The `figures` command: builds the paper's figures from figures.yaml.
struct FiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Reproducible build of the NA64-e muon-philic Z′ paper's figures.",
        discussion: """
            Reads figures.yaml in the project directory, builds the steps the requested figures need \
            (only those whose inputs, parameters or code changed), and writes out/data/*.csv and \
            out/figures/*.{pdf,svg,png}. Exit codes: 0 success, 1 a step failed or diff beyond \
            tolerance, 2 usage or configuration error. `figures --version` prints the version, the \
            project's source revision and the compiler.
            """,
        subcommands: [
            AllCommand.self, BuildCommand.self, ListCommand.self, GraphCommand.self, ExplainCommand.self, DatasetsCommand.self,
            CacheCommand.self, DiffCommand.self, ReportCommand.self, KindsCommand.self
        ]
    )
}

/// Options every command that reads the project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "Project directory (holds figures.yaml and out/).")
    var project: String = "."

    @Option(
        name: .customLong("set"), help: ArgumentHelp("Override a parameter: STEP.PARAM=VALUE (repeatable).", valueName: "STEP.PARAM=VALUE"))
    var overrides: [String] = []

    @Option(
        name: .customLong("dataset"), help: ArgumentHelp("Use another file for a dataset: NAME=PATH (repeatable).", valueName: "NAME=PATH"))
    var datasetOverrides: [String] = []

    /// The overrides as given, for out/MANIFEST: `--set X.Y=Z`, `--dataset N=P`.
    var overrideTexts: [String] {
        overrides.map { "--set \($0)" } + datasetOverrides.map { "--dataset \($0)" }
    }

    /// The overrides in force as a key, in the order given (the order of `--set` matters when two
    /// name the same key).
    ///
    /// The hex of the overrides' UTF-8 text (or `-` for none), because the
    /// first SHA-256 call initialises libcrypto, which costs the no-op answer about 3 ms.
    var argumentsKey: String {
        let text = (overrides.map { "set \($0)" } + datasetOverrides.map { "dataset \($0)" }).joined(separator: "\n")
        guard !text.isEmpty else { return NoOpAnswer.noOverridesKey }
        return text.utf8.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// The project root as an absolute path.
    var rootDirectory: String { Self.rootDirectory(of: project) }

    /// `project` (relative to the working directory) as an absolute path.
    static func rootDirectory(of project: String) -> String {
        let url = URL(fileURLWithPath: project, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return url.standardizedFileURL.path
    }

    /// Loads and validates figures.yaml with the overrides; configuration errors exit 2.
    func loadProject() throws -> Project {
        var parsed: [ParameterOverride] = []
        for text in overrides {
            guard let override = ParameterOverride(parsing: text) else {
                printUserError(UserError(SourceLocation(file: "--set"), expected: "STEP.PARAM=VALUE", found: text))
                throw ExitCode(2)
            }
            parsed.append(override)
        }
        var datasets: [String: String] = [:]
        for text in datasetOverrides {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                printUserError(UserError(SourceLocation(file: "--dataset"), expected: "NAME=PATH", found: text))
                throw ExitCode(2)
            }
            datasets[parts[0]] = parts[1]
        }
        do {
            return try Project.load(
                rootDirectory: rootDirectory, registry: ProjectKinds.registry,
                overrides: parsed, datasetOverrides: datasets)
        } catch {
            printUserError(error)
            throw ExitCode(2)
        }
    }
}

/// Options of commands that build.
struct BuildOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Steps to run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Print only failures, warnings and the summary line (no line per step).")
    var quiet = false

    @Option(
        name: .customLong("rerun"),
        help: ArgumentHelp(
            "Run this step even if it is cached, and warn if its outputs differ from the cache (repeatable).", valueName: "STEP"),
        completion: .custom(NameCompletion.nodeNames))
    var rerun: [String] = []

    @OptionGroup var remote: RemoteCacheOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints `error: MESSAGE` on stderr, the message rendered by the one user-error function when the
/// error has a user-facing form.
func printUserError(_ error: any Error) {
    if let located = error as? any UserFacingError {
        printError("error: " + UserError.render(located.userError))
    } else {
        printError("error: \(error)")
    }
}

/// Builds `targets` (nil = all) and exits 1 if a step failed. Returns true when the build was answered
/// by the no-op summary (nothing changed since the last complete build).
@discardableResult
func runBuild(_ options: ProjectOptions, _ build: BuildOptions, targets: [String]?) async throws -> Bool {
    // Before anything is read or written: out/ and the directories below it must stay inside the project.
    if let problem = ContainedPath.outputDirectoryProblem(rootDirectory: options.rootDirectory) {
        printError("error: " + problem)
        throw ExitCode(2)
    }
    // A complete build with nothing changed answers from stat calls, before the configuration is read.
    let fastPath = targets == nil && build.rerun.isEmpty
    let noOpPath = NoOpSummary.path(cacheDirectory: options.rootDirectory + "/out/.cache")
    let binary = CommandLine.executablePath
    if fastPath,
        answerFromNoOpSummary(rootDirectory: options.rootDirectory, argumentsKey: options.argumentsKey, quiet: build.quiet)
    {
        return true
    }
    let project = try options.loadProject()
    if let targets {
        for target in targets where project.nodes[target] == nil {
            let hint = project.closestNodeName(to: target).map { "; did you mean '\($0)'?" } ?? ""
            printError(
                "error: no step or figure named '\(target)' in \(project.configFile)\(hint); "
                    + "known: \(project.order.joined(separator: ", "))")
            throw ExitCode(2)
        }
    }
    for name in build.rerun where project.nodes[name] == nil {
        let hint = project.closestNodeName(to: name).map { "; did you mean '\($0)'?" } ?? ""
        printError(
            "error: --rerun \(name): no step or figure of that name in \(project.configFile)\(hint); "
                + "known: \(project.order.joined(separator: ", "))")
        throw ExitCode(2)
    }
    // Fonts load on a background thread while the build checks its cache, when a figure will be drawn.
    FigureFonts.prepareIfRendering(project: project, nodes: targets, rerun: build.rerun, outDirectory: project.rootDirectory + "/out")
    let reporter = TerminalReporter(quiet: build.quiet)
    let (builder, lock) = try openBuilder(for: project, build, reporter: reporter)
    let summary = await builder.build(targets: targets, jobs: build.jobs, rerun: Set(build.rerun))
    let removed = try builder.updateManifest(
        after: summary, revision: SourceRevision.current(directory: project.rootDirectory),
        overrides: options.overrideTexts)
    if fastPath, summary.failed.isEmpty, summary.skipped.isEmpty,
        let record = NoOpSummary.capture(
            binary: binary, rootDirectory: project.rootDirectory, argumentsKey: options.argumentsKey, nodes: project.order,
            paths: builder.noOpPaths(summary: summary))
    {
        try? LocalFileSystem().writeAtomically(record.encoded, to: noOpPath)
    } else {
        try? LocalFileSystem().remove(noOpPath)
    }
    withExtendedLifetime(lock) {}
    reporter.finish()
    for path in removed { printError("removed out/\(path): its step failed, so it no longer matches the configuration") }
    try finishBuild(summary, remote: builder.remote)
    return false
}

/// `figures all`: every step and figure.
struct AllCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Build every figure (and every step).")
    @OptionGroup var options: ProjectOptions
    @OptionGroup var build: BuildOptions
    @OptionGroup var executor: ExecutorOptions
    @OptionGroup var report: ReportOptions
    func run() async throws {
        var noOp = false
        if executor.executor == "slurm" {
            try await runOnCluster(options, build, executor)
        } else {
            noOp = try await runBuild(options, build, targets: nil)
        }
        guard !report.noReport else { return }
        // Nothing changed since the complete build that wrote the report: it is current.
        if noOp, FileManager.default.fileExists(atPath: options.rootDirectory + "/out/report/index.html") { return }
        let project = try options.loadProject()
        try ReportGathering.write(ReportGathering.model(of: project), outDirectory: project.rootDirectory + "/out")
    }
}

/// `figures build NAME…`: the named steps or figures and what they need.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the named steps or figures and what they need.")
    @OptionGroup var options: ProjectOptions
    @OptionGroup var build: BuildOptions
    @Argument(help: "Step or figure names.", completion: .custom(NameCompletion.nodeNames)) var names: [String] = []
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build every figure of one paper: na64e-2024, na64e-2022, na64mu-2024, na64mu-prospects, supplementary.",
            valueName: "ID"))
    var paper: String?
    @Option(help: .hidden) var shard: Int?
    func validate() throws {
        if names.isEmpty, paper == nil { throw ValidationError("name at least one step or figure, or give --paper ID") }
        if shard != nil, paper != nil { throw ValidationError("--shard builds one shard of one step, not a paper") }
        if shard != nil, names.count != 1 { throw ValidationError("--shard builds one shard of one step") }
    }
    func run() async throws {
        if let shard {
            try await runShardBuild(options, build, name: names[0], shard: shard)
        } else if let paper {
            let project = try options.loadProject()
            switch PaperSelection.figures(of: paper, in: project) {
            case .success(let figures): try await runBuild(options, build, targets: names + figures)
            case .failure(let error):
                printError("error: " + error.message)
                throw ExitCode(2)
            }
        } else {
            try await runBuild(options, build, targets: names)
        }
    }
}

extension CommandLine {
    /// The running executable's absolute path (through /proc on Linux, so a relative argv[0] or a PATH
    /// lookup does not matter): the no-op summary's binary stamp, and what Slurm jobs run.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: arguments[0]).standardizedFileURL.path
    }
}

/// A builder writing under the project's out/, with the remote cache the options ask for, and the
/// shared cache lock it must hold while it builds (a `cache gc` takes it exclusively). Every command
/// that builds (locally, on a cluster, one shard) opens its builder here.
func openBuilder(for project: Project, _ build: BuildOptions, reporter: TerminalReporter) throws -> (Builder, CacheLock) {
    let outDirectory = project.rootDirectory + "/out"
    let lock = try CacheLock(directory: outDirectory + "/.cache", mode: .shared) {
        reporter.warning("waiting for another figures process (cache gc) to finish")
    }
    var builder = Builder(project: project, outDirectory: outDirectory, reporter: reporter)
    builder.remote = try build.remote.remote(for: project, reporter: reporter)
    return (builder, lock)
}

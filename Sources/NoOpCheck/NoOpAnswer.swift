#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The answer to `figures all` when nothing changed since the last complete build: the check of the
/// no-op summary and the lines a no-op build prints, shared by the launcher (which answers before the
/// engine is loaded) and the engine's full path (which answers after parsing the command line).
public enum NoOpAnswer {
    /// What the summary in a project says now.
    public enum Verdict: Equatable, Sendable {
        /// Nothing changed: the summary of the last complete build, which vouches for the project.
        case current(NoOpSummary)
        /// Why the full path must run.
        case stale(String)
    }

    /// The project directory and `--quiet` of a plain `all` command line (without argv[0]), or nil.
    ///
    /// Only `all` followed by `--quiet` and `--project DIR` (or `--project=DIR`) qualifies; any other
    /// argument leaves the decision (and its explanation) to the full command-line parse.
    public static func plainAll(_ arguments: [String]) -> (project: String, quiet: Bool)? {
        guard arguments.first == "all" else { return nil }
        var project = ".", quiet = false, index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--quiet" {
                quiet = true
            } else if argument == "--project", index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                project = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--project="), argument.count > "--project=".count {
                project = String(argument.dropFirst("--project=".count))
            } else {
                return nil
            }
            index += 1
        }
        return (project, quiet)
    }

    /// Reads `out/.cache/noop-summary` of `rootDirectory` and checks it against `binary` (the engine that
    /// builds), the directory itself and `argumentsKey`. O(recorded files) `stat` calls.
    public static func verdict(
        rootDirectory: String, binary: String, argumentsKey: String, contentHash: (String) -> String?
    ) -> Verdict {
        let path = NoOpSummary.path(cacheDirectory: rootDirectory + "/out/.cache")
        guard let bytes = FileBytes.contents(of: path), let summary = NoOpSummary(decoding: bytes) else {
            return .stale("no summary of a complete build")
        }
        if let reason = summary.staleness(
            binary: binary, rootDirectory: rootDirectory, argumentsKey: argumentsKey, contentHash: contentHash)
        {
            return .stale(reason)
        }
        return .current(summary)
    }

    /// What a build with every node cached prints on stdout: a line per node (none with `--quiet`) and
    /// the closing line.
    public static func lines(nodes: [String], quiet: Bool) -> [String] {
        (quiet ? [] : nodes.map(BuildLines.cached))
            + [BuildLines.summary(ran: 0, cached: nodes.count, failed: 0, skipped: 0, seconds: 0)]
    }

    /// The launcher's answer to `arguments` (without argv[0]): the lines to print when they are a plain
    /// `all` (`plainAll`) and the project's summary is current for `binary`; nil otherwise (the engine
    /// then runs). Racy files count as changed here (the launcher has no hasher; the engine's answer
    /// settles them, `NoOpSummary.settled(at:)`), as do an out/ the full path would refuse and a missing
    /// report (the engine writes it again).
    public static func launcherLines(arguments: [String], binary: String) -> [String]? {
        guard let (relativeProject, quiet) = plainAll(arguments) else { return nil }
        // Absolute once: every realpath of a relative path asks for the working directory again.
        let project = absolute(relativeProject)
        guard ContainedPath.outputDirectoryProblem(rootDirectory: project) == nil,
            FileStamp(ofFileAt: project + "/out/report/index.html") != nil,
            case .current(let summary) = verdict(
                rootDirectory: project, binary: binary, argumentsKey: noOverridesKey, contentHash: { _ in nil })
        else { return nil }
        return lines(nodes: summary.nodes, quiet: quiet)
    }

    /// `path` made absolute against the working directory (unchanged if that cannot be read).
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let directory = getcwd(nil, 0) else { return path }
        defer { free(directory) }
        return String(cString: directory) + "/" + path
    }

    /// The overrides key of a command line without `--set` or `--dataset`.
    public static let noOverridesKey = "-"

    /// The line `FIGURES_EXPLAIN_NOOP` adds on stderr when the launcher answers.
    public static let launcherExplanation = "no-op summary: current (answered by the launcher, before the engine is loaded)"
}

/// Whole-file reads with the C library.
enum FileBytes {
    /// The bytes of the regular file at `path`, or nil if it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

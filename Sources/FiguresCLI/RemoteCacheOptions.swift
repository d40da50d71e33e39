import ArgumentParser
import BuildEngine
import Foundation

/// The remote-cache options of the building commands (docs/SCALE-OUT.md).
struct RemoteCacheOptions: ParsableArguments {
    @Option(
        name: .customLong("remote-cache"),
        help: ArgumentHelp(
            "Shared HTTP cache (Bazel layout: URL/ac/KEY, URL/cas/SHA256); overrides cache.remote and FIGURES_REMOTE_CACHE.",
            valueName: "URL"))
    var url: String?

    @Option(name: .customLong("remote-cache-mode"), help: ArgumentHelp("read (fetch only) or read-write (also upload).", valueName: "MODE"))
    var mode: String?

    @Option(
        name: .customLong("remote-cache-timeout"),
        help: ArgumentHelp("Bound on one request before the remote counts as down (default 10).", valueName: "SECONDS"))
    var timeoutSeconds: Double?

    @Flag(name: .customLong("remote-cache-required"), help: "Fail (exit 1) instead of building locally when the remote cache fails (CI).")
    var required = false

    @Flag(name: .customLong("no-remote-cache"), help: "Ignore any configured remote cache.")
    var disabled = false

    func validate() throws {
        if let mode, RemoteCacheSettings.Mode(rawValue: mode) == nil {
            throw ValidationError("--remote-cache-mode expects read or read-write, found '\(mode)'")
        }
        if let timeoutSeconds, !(timeoutSeconds > 0 && timeoutSeconds <= 3600) {
            throw ValidationError("--remote-cache-timeout expects seconds in (0, 3600], found \(timeoutSeconds)")
        }
    }

    var overrides: RemoteCacheSettings.Overrides {
        RemoteCacheSettings.Overrides(
            url: url, mode: mode.flatMap(RemoteCacheSettings.Mode.init(rawValue:)),
            timeoutSeconds: timeoutSeconds, required: required, disabled: disabled)
    }

    /// The remote tier for `project`, or nil when none is configured; a bad setting exits 2.
    func remote(for project: Project, reporter: any BuildReporter) throws -> RemoteCache? {
        do {
            guard let settings = try RemoteCacheSettings.resolve(section: project.cacheSection, overrides: overrides) else { return nil }
            return RemoteCache(settings: settings, reporter: reporter)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// The same choices as command-line arguments (for the jobs of a cluster build).
    var arguments: [String] {
        var arguments: [String] = []
        if let url { arguments += ["--remote-cache", url] }
        if let mode { arguments += ["--remote-cache-mode", mode] }
        if let timeoutSeconds { arguments += ["--remote-cache-timeout", String(timeoutSeconds)] }
        if required { arguments.append("--remote-cache-required") }
        if disabled { arguments.append("--no-remote-cache") }
        return arguments
    }
}

/// Prints the end of a build: the summary line, and a failed required remote; exits 1 on failure.
func finishBuild(_ summary: BuildSummary, remote: RemoteCache?) throws {
    print(
        BuildMessages.summary(
            ran: summary.ran.count, cached: summary.cached.count, failed: summary.failed.count,
            skipped: summary.skipped.count, seconds: summary.seconds,
            fromRemote: remote == nil ? nil : summary.fetched.count))
    if let error = summary.remoteCacheError {
        printError("error: \(error)")
        throw ExitCode(1)
    }
    if !summary.failed.isEmpty { throw ExitCode(1) }
}

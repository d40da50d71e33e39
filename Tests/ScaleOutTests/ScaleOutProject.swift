import Foundation
import TestSupport
import Testing

/// Small temporary projects and the real `figures` binary, run with a chosen environment.
enum ScaleOutProject {
    /// A project of four nodes: Π(q²) and its figure, a shower Monte Carlo (small: 10 GeV beam,
    /// 40 layers, `showers` showers) split in `shards`, and its figure. Seconds in a debug build.
    static func configuration(showers: Int = 640, shards: Int = 4, seed: Int = 3, extra: String = "") -> String {
        """
        version: 1
        \(extra)
        steps:
          loop-function:
            kind: loop-function
            params: {q2_min_GeV2: 1.0e-4, q2_max_GeV2: 10, points_per_decade: 20, threshold_points: 10}
          showers:
            kind: track-lengths
            shards: \(shards)
            params: {beam_energy_GeV: 10, repetitions: 40, showers: \(showers), seed: \(seed), energy_bins: 20}
        figures:
          pi-q2:
            x: {label: "q^2 [GeV^2]", scale: log}
            y: {label: "\\\\Pi(q^2)"}
            data: {x: "q^2", x-unit: "GeV^2", y: "Pi"}
            series:
              - {name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi, legend: "Re"}
          spectra:
            x: {label: "E [GeV]", scale: log}
            y: {label: "dT/dE [cm/GeV]", scale: log}
            data: {x: "E", x-unit: "GeV", y: "dT/dE", y-unit: "cm/GeV"}
            series:
              - {name: electrons-lead, from: showers, x: energy_center_GeV, y: electrons_lead, legend: "e-"}
        """
    }

    /// The nodes of ``configuration(showers:shards:seed:extra:)``.
    static let nodes = ["loop-function", "pi-q2", "showers", "spectra"]

    /// A new temporary project directory holding `configuration` as figures.yaml.
    static func make(_ configuration: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("figures-scaleout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try configuration.write(to: directory.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// What a run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Lines of stdout starting with `prefix`, the prefix removed.
        func lines(_ prefix: String) -> [String] {
            stdout.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        }
        /// Node names reported with `prefix` (`run     `, `remote  `, `cached  `).
        func nodes(_ prefix: String) -> [String] { lines(prefix).map { String($0.prefix(while: { $0 != ":" })) }.sorted() }
        var ran: [String] { nodes("run     ") }
        var fetched: [String] { nodes("remote  ") }
        var warnings: [String] { stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.map(String.init) }
    }

    /// A started process writing its output to files (so a test can watch it while it runs).
    final class Running {
        let process = Process()
        let stdoutURL: URL, stderrURL: URL
        init(directory: URL) {
            let stamp = UUID().uuidString
            stdoutURL = directory.appendingPathComponent(".stdout-\(stamp)")
            stderrURL = directory.appendingPathComponent(".stderr-\(stamp)")
        }
        var stdoutSoFar: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
        /// Waits for the process, returns what it printed and removes the two capture files.
        func wait() -> Result {
            let status = ScaleOutProject.waitForExit(process)
            let result = Result(
                status: status, stdout: stdoutSoFar,
                stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "")
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
            return result
        }
    }

    /// Starts `figures ARGS` in `directory` with extra environment variables.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Running {
        let running = Running(directory: directory.deletingLastPathComponent())
        _ = FileManager.default.createFile(atPath: running.stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: running.stderrURL.path, contents: nil)
        running.process.executableURL = FiguresProject.binary
        running.process.arguments = arguments
        running.process.currentDirectoryURL = directory
        running.process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        running.process.standardOutput = try FileHandle(forWritingTo: running.stdoutURL)
        running.process.standardError = try FileHandle(forWritingTo: running.stderrURL)
        try running.process.run()
        return running
    }

    /// Runs `figures ARGS` in `directory` and waits.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        try start(arguments, in: directory, environment: environment).wait()
    }

    /// Every file under `out/` except the engine's own hidden directories (cache, job logs), with its bytes.
    static func outputs(of directory: URL) throws -> [String: Data] {
        try FiguresProject.outputs(of: directory)
    }

    /// The files directly in `directory` (none if it does not exist).
    static func files(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Waits for a child to exit and returns its exit status (128 + N if signal N ended it).
    ///
    /// Polls `waitpid` itself rather than `Process.waitUntilExit()`: with several test suites spawning
    /// processes at once, Foundation's SIGCHLD handling was seen to miss an exit and hang forever.
    static func waitForExit(_ process: Process) -> Int32 {
        let pid = process.processIdentifier
        while true {
            if !process.isRunning { return process.terminationStatus }
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                let signal = status & 0x7f
                return signal == 0 ? (status >> 8) & 0xff : 128 + signal
            }
            usleep(10_000)
        }
    }

    /// Runs a project script (`scripts/NAME ARGS`) and returns its stdout.
    static func script(
        _ name: String, _ arguments: [String],
        environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Repository.url("scripts/\(name)")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(".script-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        let status = waitForExit(process)
        return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    /// Waits until `condition` holds or `seconds` pass; returns whether it held.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}

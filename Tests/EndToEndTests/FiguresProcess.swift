import Foundation

/// Runs the real `figures` binary in a temporary copy of the project (end-to-end tests).
struct FiguresProcess {
    /// What a run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Steps the engine reported as run (`run     NAME: reason`).
        var ran: [String] { lines(prefix: "run     ") }
        /// Steps reported as cached.
        var cached: [String] { lines(prefix: "cached  ") }
        private func lines(prefix: String) -> [String] {
            stdout.split(separator: "\n").filter { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count).prefix(while: { $0 != ":" })) }.sorted()
        }
    }

    /// The package root, from this file's path (Tests/EndToEndTests/FiguresProcess.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: next to the test bundle (SwiftPM builds executables the tests depend on there).
    static let binary: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory.appendingPathComponent("figures"), bundleDirectory.deletingLastPathComponent().appendingPathComponent("figures"),
                          packageRoot.appendingPathComponent(".build/debug/figures")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return packageRoot.appendingPathComponent(".build/debug/figures")
    }()

    /// A fresh temporary project: figures.yaml (given, or the real one) and external-limits/.
    static func makeProject(configuration: String? = nil) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("figures-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("external-limits"), to: directory.appendingPathComponent("external-limits"))
        let yaml = try configuration ?? String(contentsOf: packageRoot.appendingPathComponent("figures.yaml"), encoding: .utf8)
        try yaml.write(to: directory.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// Runs `figures ARGS` in `directory` and waits.
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = try start(arguments, in: directory)
        return process.wait()
    }

    /// A started process with its captured output.
    final class Running {
        let process: Process
        let stdoutPipe = Pipe(), stderrPipe = Pipe()
        init(process: Process) { self.process = process }
        func wait() -> Result {
            let out = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
            let err = stderrPipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Starts `figures ARGS` in `directory` without waiting.
    static func start(_ arguments: [String], in directory: URL) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let running = Running(process: process)
        process.standardOutput = running.stdoutPipe
        process.standardError = running.stderrPipe
        try process.run()
        return running
    }

    /// Every file under `out/` except the cache, with its bytes.
    static func outputs(of directory: URL) throws -> [String: Data] {
        let out = directory.appendingPathComponent("out")
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in enumerator {
            let relative = String(url.path.dropFirst(out.path.count + 1))
            if relative.hasPrefix(".cache") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}

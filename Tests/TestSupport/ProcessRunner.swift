import Foundation
import Synchronization

/// What a finished child process printed and returned.
public struct ProcessOutput: Sendable {
    /// Exit status.
    public var status: Int32
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
    /// The child's process identifier (no longer running).
    public var processIdentifier: Int32
}

/// A started child process whose output is being captured.
public final class RunningProcess {
    /// The child process (e.g. to signal it).
    public let process: Process
    private let stdoutPipe: Pipe
    private let stderrPipe: Pipe

    init(process: Process, stdoutPipe: Pipe, stderrPipe: Pipe) {
        self.process = process
        self.stdoutPipe = stdoutPipe
        self.stderrPipe = stderrPipe
    }

    /// Reads both streams to their end (standard error on another thread, so neither pipe can fill
    /// up and block the child), then waits for the exit.
    public func wait() -> ProcessOutput {
        let errors = CapturedData()
        let group = DispatchGroup()
        let errorHandle = stderrPipe.fileHandleForReading
        DispatchQueue.global().async(group: group) { errors.set(errorHandle.readDataToEndOfFile()) }
        let out = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errors.get(), as: UTF8.self),
            processIdentifier: process.processIdentifier)
    }
}

/// Bytes written by one thread and read by another after it finished.
private final class CapturedData: Sendable {
    private let storage = Mutex(Data())
    func set(_ data: Data) { storage.withLock { $0 = data } }
    func get() -> Data { storage.withLock { $0 } }
}

/// Runs programs for tests: the built `figures` binary, poppler tools, `/bin/true`.
public enum ProcessRunner {
    /// Starts `executable ARGUMENTS` in `directory` (the current one if nil) without waiting.
    public static func start(
        _ executable: URL, arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> RunningProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }
        let stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        return RunningProcess(process: process, stdoutPipe: stdoutPipe, stderrPipe: stderrPipe)
    }

    /// Runs `executable ARGUMENTS` in `directory` and waits for it.
    public static func run(
        _ executable: URL, arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> ProcessOutput {
        try start(executable, arguments: arguments, in: directory, environment: environment).wait()
    }

    /// The first of `candidates` that is an executable file, or nil.
    public static func executable(among candidates: [String]) -> URL? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }
}

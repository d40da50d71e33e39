import Foundation

/// One job for a batch system: a `figures` command run in the project directory.
public struct BatchJob: Sendable, Equatable {
    /// Job name (shown by the batch system; also names the log file).
    public var name: String
    /// The command and its arguments.
    public var command: [String]
    /// The project directory (the job's working directory).
    public var workingDirectory: String
    /// Where the job's stdout and stderr go.
    public var logPath: String

    /// Creates a job.
    public init(name: String, command: [String], workingDirectory: String, logPath: String) {
        self.name = name
        self.command = command
        self.workingDirectory = workingDirectory
        self.logPath = logPath
    }
}

/// A job's identifier in the batch system.
public struct BatchJobID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier as the batch system prints it (e.g. Slurm's `1234`).
    public var value: String
    /// Wraps an identifier.
    public init(_ value: String) { self.value = value }
    public var description: String { value }
    public static func < (lhs: BatchJobID, rhs: BatchJobID) -> Bool {
        (Int(lhs.value) ?? 0, lhs.value) < (Int(rhs.value) ?? 0, rhs.value)
    }
}

/// Where a job is.
public enum BatchJobState: Sendable, Equatable {
    /// Waiting for resources or dependencies.
    case pending
    /// Running (or finishing).
    case running
    /// Finished with exit code 0.
    case completed
    /// Finished otherwise (non-zero exit, timeout, node failure…), with the batch system's words.
    case failed(String)
    /// Cancelled (by a user, or because a dependency failed), with the reason.
    case cancelled(String)

    /// True once the job will not change state again.
    public var isFinal: Bool {
        switch self {
        case .pending, .running: return false
        case .completed, .failed, .cancelled: return true
        }
    }
}

/// What a cluster build needs from a batch system: submit with dependencies, poll, cancel.
///
/// Slurm implements it (``SlurmBatchSystem``); another backend (HTCondor: `condor_submit` with a
/// DAGMan file or `condor_q`/`condor_rm`) would implement the same four calls (docs/SCALE-OUT.md).
public protocol BatchSystem: Sendable {
    /// Name for messages ("Slurm").
    var name: String { get }
    /// Submits `job` to start only after every job of `dependencies` completed successfully; a
    /// dependency that fails must make the job be cancelled, not wait forever.
    func submit(_ job: BatchJob, after dependencies: [BatchJobID]) throws(BatchSystemError) -> BatchJobID
    /// The state of each job of `ids` (a job the system no longer knows is absent from the answer).
    func states(of ids: [BatchJobID]) throws(BatchSystemError) -> [BatchJobID: BatchJobState]
    /// Cancels jobs (those already finished are left alone).
    func cancel(_ ids: [BatchJobID])
}

/// A batch-system command that failed, with its own words.
public struct BatchSystemError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

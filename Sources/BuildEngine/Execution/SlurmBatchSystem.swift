import Foundation

/// Slurm through its commands: `sbatch --wrap` with `--dependency=afterok:…` and
/// `--kill-on-invalid-dep=yes`, `scontrol show job -o` to poll (no accounting database needed),
/// `scancel` to cancel. The jobs inherit the caller's environment (`SLURM_CONF`, the remote-cache
/// variables), which is `sbatch`'s default.
public struct SlurmBatchSystem: BatchSystem {
    public var name: String { "Slurm" }
    /// `--partition`, if given.
    public var partition: String?
    /// Further `sbatch` arguments (`--slurm-arg`), passed as they are.
    public var extraArguments: [String]

    /// A Slurm backend.
    public init(partition: String? = nil, extraArguments: [String] = []) {
        self.partition = partition
        self.extraArguments = extraArguments
    }

    /// The `sbatch` arguments for `job` after `dependencies` (without the program name).
    public func submitArguments(_ job: BatchJob, after dependencies: [BatchJobID]) -> [String] {
        var arguments = [
            "--parsable", "--job-name=\(job.name)", "--output=\(job.logPath)", "--chdir=\(job.workingDirectory)",
            "--kill-on-invalid-dep=yes"
        ]
        if !dependencies.isEmpty { arguments.append("--dependency=afterok:" + dependencies.map(\.value).joined(separator: ":")) }
        if let partition { arguments.append("--partition=\(partition)") }
        arguments += extraArguments
        arguments.append("--wrap=exec " + job.command.map(Self.shellQuoted).joined(separator: " "))
        return arguments
    }

    public func submit(_ job: BatchJob, after dependencies: [BatchJobID]) throws(BatchSystemError) -> BatchJobID {
        let result = try Self.run("sbatch", submitArguments(job, after: dependencies))
        let id = result.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard !id.isEmpty, id.allSatisfy(\.isNumber) else { throw BatchSystemError("sbatch printed '\(result)', not a job id") }
        return BatchJobID(id)
    }

    public func states(of ids: [BatchJobID]) throws(BatchSystemError) -> [BatchJobID: BatchJobState] {
        let wanted = Set(ids)
        let text = try Self.run("scontrol", ["show", "job", "-o"])
        var states: [BatchJobID: BatchJobState] = [:]
        for line in text.split(separator: "\n") {
            let fields = Self.fields(of: line)
            guard let id = fields["JobId"].map(BatchJobID.init), wanted.contains(id), let state = fields["JobState"] else { continue }
            states[id] = Self.state(state, exitCode: fields["ExitCode"] ?? "", reason: fields["Reason"] ?? "")
        }
        return states
    }

    public func cancel(_ ids: [BatchJobID]) {
        guard !ids.isEmpty else { return }
        _ = try? Self.run("scancel", ids.map(\.value))
    }

    /// `Key=Value` fields of one `scontrol -o` line.
    static func fields(of line: Substring) -> [String: String] {
        var fields: [String: String] = [:]
        for word in line.split(separator: " ") {
            guard let equals = word.firstIndex(of: "=") else { continue }
            let key = String(word[..<equals])
            if fields[key] == nil { fields[key] = String(word[word.index(after: equals)...]) }
        }
        return fields
    }

    /// Slurm's JobState (and exit code and reason) as a ``BatchJobState``.
    static func state(_ state: String, exitCode: String, reason: String) -> BatchJobState {
        switch state {
        case "PENDING", "CONFIGURING", "REQUEUED", "RESV_DEL_HOLD", "REQUEUE_HOLD", "REQUEUE_FED", "SUSPENDED":
            return .pending
        case "RUNNING", "COMPLETING", "STAGE_OUT", "SIGNALING", "RESIZING":
            return .running
        case "COMPLETED":
            return .completed
        case "CANCELLED":
            return .cancelled(reason == "None" || reason.isEmpty ? "cancelled" : reason)
        default:
            return .failed("\(state), exit code \(exitCode)")
        }
    }

    /// Runs a Slurm command and returns its stdout; a non-zero exit is an error with its stderr.
    static func run(_ program: String, _ arguments: [String]) throws(BatchSystemError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw BatchSystemError("cannot start \(program): \(error.localizedDescription)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let words = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BatchSystemError("\(program) failed (exit \(process.terminationStatus)): \(words.isEmpty ? "no message" : words)")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `'text'` for a POSIX shell.
    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

import Foundation

/// The git revision of the project's sources, recorded in out/MANIFEST (never in action keys).
enum SourceRevision {
    /// `abc123def456`, with `+dirty` when tracked files outside out/ differ from the commit; `unknown`
    /// outside a git work tree or without git.
    static func current(directory: String) -> String {
        guard
            let commit = git(["rev-parse", "--short=12", "HEAD"], in: directory)?
                .trimmingCharacters(in: .whitespacesAndNewlines), !commit.isEmpty
        else { return "unknown" }
        let changes = git(["status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)out"], in: directory) ?? ""
        return commit + (changes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : "+dirty")
    }

    /// Standard output of `git ARGUMENTS` run in `directory`, or nil if it fails.
    static func git(_ arguments: [String], in directory: String) -> String? {
        gitBytes(arguments, in: directory).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes `git ARGUMENTS` writes to standard output in `directory`, or nil if it fails (its
    /// standard error is discarded).
    static func gitBytes(_ arguments: [String], in directory: String) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}

import Foundation
import Testing
@testable import BuildEngine

/// The no-op summary's text form and its staleness checks, on real files.
@Suite("no-op summary")
struct NoOpSummaryTests {
    @Test func roundTripsAndRefusesDamagedText() throws {
        let stamp = FileStamp(size: 10, modifiedNanoseconds: 1, changedNanoseconds: 2, inode: 3, device: 4)
        let summary = NoOpSummary(
            binary: stamp, rootDirectory: "/p q", argumentsKey: "abc", nodes: ["a", "b"],
            files: ["/p/figures.yaml": stamp, "/p/out/data/with space.csv": stamp],
            capturedNanoseconds: 99, racyHashes: ["/p/figures.yaml": "ff"])
        #expect(NoOpSummary(decoding: summary.encoded) == summary)
        let text = String(decoding: summary.encoded, as: UTF8.self)
        #expect(
            text.hasPrefix(
                "# format: noop-summary 2\nbinary 10 1 2 3 4\nroot /p q\narguments abc\nnodes a b\ncaptured 99\n"
                    + "file 10 1 2 3 4 ff /p/figures.yaml\n"))
        // A truncated file (no final newline), another format, or a damaged line: no summary, so the full path.
        #expect(NoOpSummary(decoding: Data(text.dropLast().utf8)) == nil)
        #expect(NoOpSummary(decoding: Data(text.replacingOccurrences(of: "noop-summary 2", with: "noop-summary 1").utf8)) == nil)
        #expect(NoOpSummary(decoding: Data(text.replacingOccurrences(of: "root /p q\n", with: "").utf8)) == nil)
        #expect(NoOpSummary(decoding: Data(text.replacingOccurrences(of: "file 10 1", with: "file x 1").utf8)) == nil)
    }

    @Test func stalenessNamesTheFirstChange() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let binary = directory + "/binary", input = directory + "/input"
        try Data("code".utf8).write(to: URL(fileURLWithPath: binary))
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))
        let summary = try #require(
            NoOpSummary.capture(binary: binary, rootDirectory: directory, argumentsKey: "h", nodes: ["a"], paths: [input]))
        // The input was written just now: racy, so its content hash is kept and checked.
        #expect(summary.racyHashes[input] == ContentHash(of: Data("data".utf8)).hex)
        // The files were just written: the binary is racy, so the summary never vouches for it.
        #expect(summary.staleness(binary: binary, rootDirectory: directory, argumentsKey: "h") == "the binary changed")
        // Taken as if long after the files were written, only the stamps count.
        var settled = summary
        settled.capturedNanoseconds += 10 * NoOpSummary.racyWindowNanoseconds
        settled.racyHashes = [:]
        #expect(settled.staleness(binary: binary, rootDirectory: directory, argumentsKey: "h") == nil)
        #expect(settled.staleness(binary: binary, rootDirectory: directory, argumentsKey: "other") == "the command line's overrides differ")
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))  // same bytes, but written again
        #expect(settled.staleness(binary: binary, rootDirectory: directory, argumentsKey: "h") == "\(input) changed")
        #expect(
            NoOpSummary.capture(binary: binary, rootDirectory: directory, argumentsKey: "h", nodes: [], paths: [directory + "/missing"])
                == nil)
    }
}

extension NoOpSummaryTests {
    /// The racy case: a file rewritten with other bytes of the same size within the same clock tick
    /// keeps its stamp; the content hash recorded for racy files still sees the change.
    @Test func aRacyRewriteIsSeenByContent() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A binary installed long ago (not racy), and an input written just now (racy).
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let input = directory + "/input"
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))
        var summary = try #require(
            NoOpSummary.capture(binary: binary, rootDirectory: directory, argumentsKey: "h", nodes: ["a"], paths: [input]))
        #expect(summary.racyHashes[input] != nil)
        // Same bytes written again, and the stamp taken as unchanged (as a coarse clock can leave it): current.
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))
        summary.files[input] = LocalFileSystem().stamp(input)
        #expect(summary.staleness(binary: binary, rootDirectory: directory, argumentsKey: "h") == nil)
        // Other bytes of the same size, stamp again taken as unchanged: the content hash sees it.
        try Data("DATA".utf8).write(to: URL(fileURLWithPath: input))
        summary.files[input] = LocalFileSystem().stamp(input)
        #expect(summary.staleness(binary: binary, rootDirectory: directory, argumentsKey: "h") == "\(input) changed")
    }
}

extension NoOpSummaryTests {
    /// The summary's paths are absolute, so a copy of the project carries a summary that stamps the
    /// original's files; the recorded project directory tells the copy apart (a link to it does not).
    @Test func anotherProjectDirectoryIsSeen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noop-\(UUID().uuidString)").path
        let copy = directory + "-copy", link = directory + "-link"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory)
        defer { for path in [directory, copy, link] { try? FileManager.default.removeItem(atPath: path) } }
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var summary = try #require(
            NoOpSummary.capture(binary: binary, rootDirectory: directory, argumentsKey: "-", nodes: [], paths: []))
        summary.capturedNanoseconds += 10 * NoOpSummary.racyWindowNanoseconds
        #expect(summary.staleness(binary: binary, rootDirectory: directory, argumentsKey: "-") == nil)
        #expect(summary.staleness(binary: binary, rootDirectory: link, argumentsKey: "-") == nil)
        #expect(
            summary.staleness(binary: binary, rootDirectory: copy, argumentsKey: "-")
                == "the project directory is not \(directory), where the summary was taken")
        // A path the line-based text cannot carry: no summary at all.
        #expect(NoOpSummary.capture(binary: binary, rootDirectory: directory, argumentsKey: "-", nodes: [], paths: ["/tmp/a\nb"]) == nil)
    }

    /// Settling drops exactly the racy hashes of files whose times have left the window before the
    /// new capture time, and never moves the capture time back.
    @Test func settlingKeepsOnlyTheStillRacyHashes() {
        let second: Int64 = 1_000_000_000
        func stamp(_ modified: Int64) -> FileStamp {
            FileStamp(size: 1, modifiedNanoseconds: modified, changedNanoseconds: modified, inode: 1, device: 1)
        }
        let summary = NoOpSummary(
            binary: stamp(0), rootDirectory: "/p", argumentsKey: "-", nodes: ["a"],
            files: ["/p/old": stamp(100 * second), "/p/new": stamp(101 * second + second / 2)],
            capturedNanoseconds: 101 * second, racyHashes: ["/p/old": "aa", "/p/new": "bb"])
        let settled = summary.settled(at: 102 * second)
        #expect(settled.capturedNanoseconds == 102 * second)
        #expect(settled.racyHashes == ["/p/new": "bb"])
        #expect(settled.files == summary.files)
        #expect(summary.settled(at: 50 * second) == summary)
        #expect(summary.settled(at: 200 * second).racyHashes.isEmpty)
    }
}

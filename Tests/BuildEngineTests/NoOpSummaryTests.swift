import Foundation
import Testing
@testable import BuildEngine

/// The no-op summary's text form and its staleness checks, on real files.
@Suite("no-op summary")
struct NoOpSummaryTests {
    @Test func roundTripsAndRefusesDamagedText() throws {
        let stamp = FileStamp(size: 10, modifiedNanoseconds: 1, changedNanoseconds: 2, inode: 3, device: 4)
        let summary = NoOpSummary(
            binary: stamp, argumentsKey: "abc", nodes: ["a", "b"],
            files: ["/p/figures.yaml": stamp, "/p/out/data/with space.csv": stamp],
            capturedNanoseconds: 99, racyHashes: ["/p/figures.yaml": "ff"])
        #expect(NoOpSummary(decoding: summary.encoded) == summary)
        let text = String(decoding: summary.encoded, as: UTF8.self)
        #expect(
            text.hasPrefix(
                "# format: noop-summary 1\nbinary 10 1 2 3 4\narguments abc\nnodes a b\ncaptured 99\nfile 10 1 2 3 4 ff /p/figures.yaml\n"))
        // A truncated file (no final newline), another format, or a damaged line: no summary, so the full path.
        #expect(NoOpSummary(decoding: Data(text.dropLast().utf8)) == nil)
        #expect(NoOpSummary(decoding: Data(text.replacingOccurrences(of: "noop-summary 1", with: "noop-summary 2").utf8)) == nil)
        #expect(NoOpSummary(decoding: Data(text.replacingOccurrences(of: "file 10 1", with: "file x 1").utf8)) == nil)
    }

    @Test func stalenessNamesTheFirstChange() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("noop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let binary = directory + "/binary", input = directory + "/input"
        try Data("code".utf8).write(to: URL(fileURLWithPath: binary))
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))
        let summary = try #require(NoOpSummary.capture(binary: binary, argumentsKey: "h", nodes: ["a"], paths: [input]))
        // The input was written just now: racy, so its content hash is kept and checked.
        #expect(summary.racyHashes[input] == ContentHash(of: Data("data".utf8)).hex)
        // The files were just written: the binary is racy, so the summary never vouches for it.
        #expect(summary.staleness(binary: binary, argumentsKey: "h") == "the binary changed")
        // Taken as if long after the files were written, only the stamps count.
        var settled = summary
        settled.capturedNanoseconds += 10 * NoOpSummary.racyWindowNanoseconds
        settled.racyHashes = [:]
        #expect(settled.staleness(binary: binary, argumentsKey: "h") == nil)
        #expect(settled.staleness(binary: binary, argumentsKey: "other") == "the command line's overrides differ")
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))  // same bytes, but written again
        #expect(settled.staleness(binary: binary, argumentsKey: "h") == "\(input) changed")
        #expect(NoOpSummary.capture(binary: binary, argumentsKey: "h", nodes: [], paths: [directory + "/missing"]) == nil)
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
        var summary = try #require(NoOpSummary.capture(binary: binary, argumentsKey: "h", nodes: ["a"], paths: [input]))
        #expect(summary.racyHashes[input] != nil)
        // Same bytes written again, and the stamp taken as unchanged (as a coarse clock can leave it): current.
        try Data("data".utf8).write(to: URL(fileURLWithPath: input))
        summary.files[input] = LocalFileSystem().stamp(input)
        #expect(summary.staleness(binary: binary, argumentsKey: "h") == nil)
        // Other bytes of the same size, stamp again taken as unchanged: the content hash sees it.
        try Data("DATA".utf8).write(to: URL(fileURLWithPath: input))
        summary.files[input] = LocalFileSystem().stamp(input)
        #expect(summary.staleness(binary: binary, argumentsKey: "h") == "\(input) changed")
    }
}

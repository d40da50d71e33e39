import Foundation
import NoOpCheck
import Testing

/// The launcher's side of the no-op answer: which command lines qualify, what it prints, and when it
/// steps aside for the engine (on a real project directory with a hand-written summary).
@Suite("no-op answer")
struct NoOpAnswerTests {
    @Test func onlyAPlainAllQualifies() {
        #expect(NoOpAnswer.plainAll(["all"])! == (".", false))
        #expect(NoOpAnswer.plainAll(["all", "--quiet", "--project", "p"])! == ("p", true))
        #expect(NoOpAnswer.plainAll(["all", "--project=p q"])! == ("p q", false))
        for other in [[], ["build"], ["all", "--jobs", "1"], ["all", "--project"], ["all", "--project", "--quiet"], ["all", "--project="]] {
            #expect(NoOpAnswer.plainAll(other) == nil, "\(other)")
        }
    }

    /// Golden text: the lines of a build whose every node was cached.
    @Test func printsTheLinesOfACachedBuild() {
        #expect(NoOpAnswer.lines(nodes: ["a", "b"], quiet: false) == ["cached  a", "cached  b", "build: 0 ran, 2 cached in 0 ms"])
        #expect(NoOpAnswer.lines(nodes: ["a", "b"], quiet: true) == ["build: 0 ran, 2 cached in 0 ms"])
    }

    /// A project with a summary written as a build writes it; each condition of the launcher's answer in turn.
    @Test func answersOnlyWhenEverythingHolds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("noop-answer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/out/.cache", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/out/report", withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: URL(fileURLWithPath: root + "/out/report/index.html"))
        try Data("version: 1\n".utf8).write(to: URL(fileURLWithPath: root + "/figures.yaml"))
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let configuration = root + "/figures.yaml"
        func write(_ summary: NoOpSummary) throws {
            try Data(summary.encodedText.utf8).write(to: URL(fileURLWithPath: NoOpSummary.path(cacheDirectory: root + "/out/.cache")))
        }
        var summary = NoOpSummary(
            binary: try #require(FileStamp(ofFileAt: binary)), rootDirectory: try #require(ContainedPath.resolved(root)),
            argumentsKey: "-", nodes: ["a", "b"], files: [configuration: try #require(FileStamp(ofFileAt: configuration))],
            capturedNanoseconds: NoOpSummary.nowNanoseconds() + 10 * NoOpSummary.racyWindowNanoseconds)
        try write(summary)
        let arguments = ["all", "--project", root]
        #expect(
            NoOpAnswer.launcherLines(arguments: arguments, binary: binary) == ["cached  a", "cached  b", "build: 0 ran, 2 cached in 0 ms"])
        #expect(NoOpAnswer.launcherLines(arguments: ["all", "--jobs", "1", "--project", root], binary: binary) == nil)
        // Another binary (here: a shell) built with other code.
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: "/bin/sh") == nil)
        // A racy file: the launcher cannot hash it, so it steps aside (the engine checks it by content).
        summary.racyHashes[configuration] = "00"
        try write(summary)
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) == nil)
        summary.racyHashes = [:]
        try write(summary)
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) != nil)
        // An edited configuration.
        try Data("version: 1 \n".utf8).write(to: URL(fileURLWithPath: configuration))
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) == nil)
        summary.files[configuration] = FileStamp(ofFileAt: configuration)
        try write(summary)
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) != nil)
        // No report (the engine writes it again), then a damaged summary.
        try FileManager.default.removeItem(atPath: root + "/out/report/index.html")
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) == nil)
        try Data("<html>".utf8).write(to: URL(fileURLWithPath: root + "/out/report/index.html"))
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) != nil)
        try Data(summary.encodedText.dropLast().utf8).write(
            to: URL(fileURLWithPath: NoOpSummary.path(cacheDirectory: root + "/out/.cache")))
        #expect(NoOpAnswer.launcherLines(arguments: arguments, binary: binary) == nil)
        #expect(
            NoOpAnswer.verdict(rootDirectory: root, binary: binary, argumentsKey: "-", contentHash: { _ in nil })
                == .stale("no summary of a complete build"))
    }
}

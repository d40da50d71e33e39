import Foundation
import Testing
import TestSupport
@testable import BuildEngine

/// Temporary files of killed writers are removed from out/; those of live writers are kept.
@Suite struct AbandonedTemporaryFileTests {
    /// The PID of a process that has exited.
    static func finishedProcessIdentifier() throws -> Int32 {
        try ProcessRunner.run(URL(fileURLWithPath: "/bin/true"), arguments: []).processIdentifier
    }

    @Test func onlyFilesOfGoneWritersAreRemoved() throws {
        let fileSystem = LocalFileSystem()
        let out = try TemporaryDirectory.make(prefix: "abandoned").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let gone = try Self.finishedProcessIdentifier()
        let live = getpid()
        try fileSystem.writeAtomically(Data("pdf".utf8), to: out + "/figures/a.pdf")
        try fileSystem.writeAtomically(Data("x".utf8), to: out + "/figures/.tmp-\(gone)-123")
        try fileSystem.writeAtomically(Data("x".utf8), to: out + "/recasts/ccfr/.tmp-\(gone)-9")
        try fileSystem.writeAtomically(Data("x".utf8), to: out + "/data/.tmp-\(live)-456")
        try fileSystem.writeAtomically(Data("x".utf8), to: out + "/.cache/objects/.tmp-\(gone)-7")
        Builder.removeAbandonedTemporaryFiles(under: out, fileSystem: fileSystem)
        #expect(try fileSystem.list(out + "/figures") == ["a.pdf"])
        #expect(try fileSystem.list(out + "/recasts/ccfr").isEmpty)
        #expect(try fileSystem.list(out + "/data") == [".tmp-\(live)-456"])  // a live writer's
        #expect(try fileSystem.list(out + "/.cache/objects") == [".tmp-\(gone)-7"])  // the cache is gc's
        #expect(!Builder.writerIsGone(temporaryName: ".tmp-notapid-1"))
    }
}

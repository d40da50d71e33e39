import Foundation
import Testing
import TestSupport

/// The cache heals an object that rotted under a valid stamp when it is published, a dataset that cannot be
/// read is a clean configuration error, and a sharded step past its `timeout_s` fails by name and runs again.
@Suite("Hostile inputs: healing and limits (end to end)", .serialized)
struct HostileInputHealingTests {
    /// Flips one byte of `object` in place (same size) and rewrites its line in the cache's stamps file to the
    /// rotted file's stat, so that the cache's stat check believes the object intact.
    static func rotUnderAValidStamp(_ object: URL, hash: String, cache: URL) throws -> Data {
        var bytes = try Data(contentsOf: object)
        bytes[bytes.count / 2] ^= 0x20
        let handle = try FileHandle(forWritingTo: object)
        try handle.write(contentsOf: bytes)
        try handle.close()
        var info = stat()
        try #require(stat(object.path, &info) == 0)
        let stamp =
            "\(hash) \(info.st_size) \(Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)) "
            + "\(Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)) \(info.st_ino) \(info.st_dev) \(object.path)"
        let stampsFile = cache.appendingPathComponent("stamps")
        let stamps = try String(contentsOf: stampsFile, encoding: .utf8).components(separatedBy: "\n")
        #expect(stamps.contains { $0.hasSuffix(" " + object.path) }, "the object has a stamp to forge")
        try stamps.map { $0.hasSuffix(" " + object.path) ? stamp : $0 }.joined(separator: "\n")
            .write(to: stampsFile, atomically: true, encoding: .utf8)
        return bytes
    }

    @Test func anObjectThatRotsBeforeItIsPublishedMakesItsStepRunAgainInTheSameBuild() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-healing")
        defer { TemporaryDirectory.remove(project) }
        let first = try FiguresProject.run(["build", "pi-q2"], in: project)
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        let cache = project.appendingPathComponent("out/.cache")

        // The figure's action entry names the object published as out/data/pi-q2.csv.
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: cache.appendingPathComponent("steps/pi-q2.json")))
        let key = try #require(((record as? [String: Any])?["key"] as? [String: String])?["hex"])
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: cache.appendingPathComponent("actions/\(key)")))
        let outputs = try #require((entry as? [String: Any])?["outputs"] as? [[String: Any]])
        let data = try #require(outputs.first { $0["publish"] as? String == "data/pi-q2.csv" })
        let hash = try #require((data["hash"] as? [String: String])?["hex"])
        let object = cache.appendingPathComponent("objects/\(hash)")
        let rotted = try Self.rotUnderAValidStamp(object, hash: hash, cache: cache)
        // The published copy is gone, so the next build must read the object to publish it again.
        let published = project.appendingPathComponent("out/data/pi-q2.csv")
        try FileManager.default.removeItem(at: published)

        let second = try FiguresProject.run(["build", "pi-q2"], in: project)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(
            second.stderr.contains("(output 'data.csv' of pi-q2) did not match its hash when it was published; rebuilding pi-q2"),
            "\(second.stderr)")
        #expect(second.ran == ["pi-q2"], "only the figure runs again; loop-function stays cached")
        #expect(try Data(contentsOf: object) != rotted, "the object was rewritten")
        #expect(try Data(contentsOf: published) == Data(contentsOf: Repository.url("out/data/pi-q2.csv")))

        let third = try FiguresProject.run(["build", "pi-q2"], in: project)
        #expect(third.status == 0 && third.ran.isEmpty && third.stderr.isEmpty, "healed for good: \(third.stdout)\(third.stderr)")
    }

    /// util-linux's `setpriv`, which runs a command with capabilities dropped.
    static let setpriv = ProcessRunner.executable(among: ["/usr/bin/setpriv", "/bin/setpriv"])

    /// chmod 000 does not stop root (its CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so as root the binary runs
    /// under `setpriv` with those two capabilities dropped from its bounding set: then root, too, is refused
    /// the file, and the test runs for every user (CI runs as root).
    @Test(.enabled(if: geteuid() != 0 || setpriv != nil, "running as root without setpriv: the unreadable-dataset test is skipped"))
    func anUnreadableDatasetIsAConfigurationError() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-unreadable")
        let dataset = project.appendingPathComponent("external-limits/babar-2016.csv")
        defer {
            chmod(dataset.path, 0o644)
            TemporaryDirectory.remove(project)
        }
        try #require(chmod(dataset.path, 0) == 0)
        let result: ProcessOutput
        if geteuid() == 0, let setpriv = Self.setpriv {
            let dropped = "-dac_override,-dac_read_search"
            result = try ProcessRunner.run(
                setpriv, arguments: ["--bounding-set=" + dropped, "--inh-caps=" + dropped, FiguresProject.binary.path, "all"],
                in: project)
        } else {
            result = try FiguresProject.run(["all"], in: project)
        }
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "error: figures.yaml:10:15: datasets.babar-2016: expected a readable dataset file, "
                    + "found 'external-limits/babar-2016.csv', which cannot be read (Permission denied)"), "\(result.stderr)")
        #expect(result.ran.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/data").path), "nothing was built")
    }

    @Test func aShardedStepPastItsTimeLimitFailsByNameAndRunsAgainNextTime() throws {
        let yaml = try Repository.text("figures.yaml").replacingOccurrences(
            of: "  track-lengths-e-minus:\n    kind: track-lengths\n",
            with: "  track-lengths-e-minus:\n    kind: track-lengths\n    shards: 4\n    timeout_s: 0.2\n")
        let project = try FiguresProject.makeProject(configuration: yaml, prefix: "zprime-timeout")
        defer { TemporaryDirectory.remove(project) }
        for attempt in 0..<2 {
            let result = try FiguresProject.run(["build", "track-lengths-e-minus", "--jobs", "2"], in: project)
            #expect(result.status == 1, "attempt \(attempt)")
            #expect(result.ran == ["track-lengths-e-minus"], "attempt \(attempt): it has no cache entry, so it runs (again)")
            #expect(
                (result.stdout + result.stderr).contains("step track-lengths-e-minus exceeded its time limit of 0.2 s (timeout_s)"),
                "attempt \(attempt): \(result.stdout)\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/data/track-lengths.csv").path))
    }
}

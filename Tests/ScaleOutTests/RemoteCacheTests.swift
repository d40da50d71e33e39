import Foundation
import Testing

extension ScaleOutSuite {
    /// The remote cache against a real nginx WebDAV server (scripts/cache-server-up).
    @Suite("remote cache: nginx WebDAV", .serialized)
    struct RemoteCacheTests {
        typealias Project = ScaleOutProject

        /// An action entry as the server stores it (the fields these tests read).
        struct Entry: Decodable {
            struct Output: Decodable {
                struct Hash: Decodable { var hex: String }
                var name: String
                var hash: Hash
            }
            var outputs: [Output]
        }

        /// Builds a project cold with read-write to `url`; returns the project.
        func fill(_ url: String, configuration: String = Project.configuration()) throws -> URL {
            let project = try Project.make(configuration)
            let cold = try Project.run(["all", "--remote-cache", url, "--remote-cache-mode", "read-write"], in: project)
            #expect(cold.status == 0, "\(cold.stderr)")
            #expect(cold.ran == Project.nodes)
            #expect(cold.stdout.contains("0 from the remote cache"))
            return project
        }

        /// The server's entry for a node, through the key the filling project recorded.
        func serverEntry(of node: String, builtIn project: URL, root: URL) throws -> Entry {
            struct Record: Decodable { var key: Entry.Output.Hash }
            let recordFile = project.appendingPathComponent("out/.cache/steps/\(node).json")
            let record = try JSONDecoder().decode(Record.self, from: Data(contentsOf: recordFile))
            return try JSONDecoder().decode(Entry.self, from: Data(contentsOf: root.appendingPathComponent("ac/\(record.key.hex)")))
        }

        @Test(.enabled(if: ScaleOutServices.cacheTestsRun, Comment(rawValue: ScaleOutServices.cacheNotice)))
        func coldBuildFillsTheRemoteAndAFreshCopyExecutesNothing() throws {
            let server = try ScaleOutServices.requireCacheServer()
            let (url, root) = ScaleOutServices.namespace(on: server)
            let first = try fill(url)

            // Every node and every shard has an entry, and every object an entry names is there.
            let entries = Project.files(in: root.appendingPathComponent("ac"))
            #expect(entries.count == Project.nodes.count + 4)
            for name in entries {
                let entry = try JSONDecoder().decode(Entry.self, from: Data(contentsOf: root.appendingPathComponent("ac/\(name)")))
                for output in entry.outputs {
                    #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("cas/\(output.hash.hex)").path))
                }
            }

            // A second copy with an empty local cache, reading the remote through figures.yaml: nothing executes.
            let second = try Project.make(Project.configuration(extra: "cache: {remote: \"\(url)\", mode: read}"))
            let warm = try Project.run(["all"], in: second)
            #expect(warm.status == 0, "\(warm.stderr)")
            #expect(warm.ran.isEmpty)
            #expect(warm.fetched == Project.nodes)
            #expect(warm.stdout.contains("0 ran, 0 cached, 4 from the remote cache"))
            #expect(warm.warnings.isEmpty)
            let expected = try Project.outputs(of: first)
            #expect(expected.keys.contains("data/spectra.csv") && expected.keys.contains("figures/spectra.pdf"))
            #expect(try Project.outputs(of: second) == expected)

            // The remote hits were written to the local cache: without the remote, everything is cached.
            let offline = try Project.run(["all", "--no-remote-cache"], in: second)
            #expect(offline.status == 0)
            #expect(offline.ran.isEmpty)
            #expect(offline.nodes("cached  ") == Project.nodes)
        }

        @Test(.enabled(if: ScaleOutServices.cacheTestsRun, Comment(rawValue: ScaleOutServices.cacheNotice)))
        func poisonedAndTruncatedObjectsAreRefusedAndRebuiltLocally() throws {
            let server = try ScaleOutServices.requireCacheServer()
            let (url, root) = ScaleOutServices.namespace(on: server)
            let first = try fill(url)

            // Flip one byte of the shower table's object; cut the loop-function table's object in half.
            let showers = try #require(try serverEntry(of: "showers", builtIn: first, root: root).outputs.first)
            let flipped = root.appendingPathComponent("cas/\(showers.hash.hex)")
            var bytes = try Data(contentsOf: flipped)
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: flipped)
            let loop = try #require(try serverEntry(of: "loop-function", builtIn: first, root: root).outputs.first)
            let truncated = root.appendingPathComponent("cas/\(loop.hash.hex)")
            let whole = try Data(contentsOf: truncated)
            try whole.prefix(whole.count / 2).write(to: truncated)

            let second = try Project.make(Project.configuration())
            let result = try Project.run(["all", "--remote-cache", url], in: second)
            #expect(result.status == 0, "\(result.stderr)")
            // Both refused with a warning naming the step; both rebuilt here (the showers from the
            // remote's intact shards); their dependents' keys are unchanged, so those still come from the remote.
            #expect(result.warnings.count == 2)
            #expect(result.warnings.contains { $0.contains("output 'table' of showers") && $0.contains("did not match its hash: refused") })
            #expect(result.warnings.contains { $0.contains("output 'table' of loop-function") && $0.contains("refused") })
            #expect(result.ran == ["loop-function", "showers"])
            #expect(result.fetched == ["pi-q2", "spectra"])
            #expect(result.lines("shard   showers ").allSatisfy { $0.hasSuffix("fetched") })
            #expect(try Project.outputs(of: second) == Project.outputs(of: first))
        }

        /// Starts a private nginx (this test stops it) with the project's own script.
        static func startPrivateServer(in state: URL, writeToken: String? = nil) throws -> String {
            let environment = writeToken.map { ["CACHE_SERVER_WRITE_TOKEN": $0] } ?? [:]
            let (status, output) = try Project.script("cache-server-up", [state.path], environment: environment)
            #expect(status == 0)
            let line = output.split(separator: "\n").first { $0.hasPrefix("FIGURES_TEST_CACHE_URL=") }
            return try #require(line.map { String($0.dropFirst("FIGURES_TEST_CACHE_URL=".count)) }, "cache-server-up printed: \(output)")
        }

        static func stopPrivateServer(in state: URL) throws {
            #expect(try Project.script("cache-server-down", [state.path]).status == 0)
        }

        @Test(
            .enabled(if: ScaleOutServices.cacheTestsRun, Comment(rawValue: ScaleOutServices.cacheNotice)),
            arguments: [false, true])
        func serverStoppedMidBuild(required: Bool) throws {
            _ = try ScaleOutServices.requireCacheServer()
            let state = FileManager.default.temporaryDirectory.appendingPathComponent("figures-nginx-\(UUID().uuidString)")
            let url = try Self.startPrivateServer(in: state)
            defer { try? Self.stopPrivateServer(in: state) }
            // Unsharded and larger, so the shower step is still running when the server goes away.
            let configuration = Project.configuration(showers: 3000, shards: 1, seed: 5)
            let project = try Project.make(configuration)
            let running = try Project.start(
                [
                    "all", "--jobs", "1", "--remote-cache", url, "--remote-cache-mode", "read-write",
                    "--remote-cache-timeout", "2"
                ] + (required ? ["--remote-cache-required"] : []), in: project)
            let actions = project.appendingPathComponent("out/.cache/actions")
            #expect(Project.waitUntil(seconds: 120) { !Project.files(in: actions).isEmpty })
            try Self.stopPrivateServer(in: state)
            let result = running.wait()
            if required {
                #expect(result.status == 1)
                #expect(result.stderr.contains("required but failing"))
            } else {
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.warnings.filter { $0.contains("remote cache") }.count == 1, "\(result.warnings)")
                #expect(result.warnings.first?.contains("building locally") == true)
                let reference = try Project.make(configuration)
                #expect(try Project.run(["all"], in: reference).status == 0)
                #expect(try Project.outputs(of: project) == Project.outputs(of: reference))
            }
        }

        @Test(.enabled(if: ScaleOutServices.cacheTestsRun, Comment(rawValue: ScaleOutServices.cacheNotice)))
        func writesNeedTheTokenReadsDoNotAndTheTokenIsNeverPrinted() throws {
            _ = try ScaleOutServices.requireCacheServer()
            let state = FileManager.default.temporaryDirectory.appendingPathComponent("figures-nginx-\(UUID().uuidString)")
            let token = "token-" + UUID().uuidString.lowercased()
            let url = try Self.startPrivateServer(in: state, writeToken: token)
            defer { try? Self.stopPrivateServer(in: state) }

            // A trusted writer, with the token in the environment, fills the cache.
            let writer = try Project.make(Project.configuration(seed: 21))
            let filled = try Project.run(
                ["all", "--remote-cache", url, "--remote-cache-mode", "read-write"], in: writer,
                environment: ["FIGURES_REMOTE_CACHE_AUTHORIZATION": "Bearer \(token)"])
            #expect(filled.status == 0, "\(filled.stderr)")
            #expect(filled.warnings.isEmpty, "\(filled.warnings)")
            #expect(Project.files(in: state.appendingPathComponent("root/ac")).count == Project.nodes.count + 4)

            // Anyone reads; a wrong token (from a token file) cannot write: one warning, a local build, exit 0.
            let tokenFile = state.appendingPathComponent("wrong-token")
            try "Bearer not-\(token)\n".write(to: tokenFile, atomically: true, encoding: .utf8)
            let environment = ["FIGURES_REMOTE_CACHE_AUTHORIZATION_FILE": tokenFile.path]
            let reader = try Project.make(Project.configuration(seed: 21))
            let read = try Project.run(["all", "--remote-cache", url], in: reader, environment: environment)
            #expect(read.status == 0 && read.fetched == Project.nodes && read.warnings.isEmpty)
            let other = try Project.make(Project.configuration(seed: 22))
            let refused = try Project.run(
                ["all", "--remote-cache", url, "--remote-cache-mode", "read-write"], in: other,
                environment: environment)
            #expect(refused.status == 0, "\(refused.stderr)")
            #expect(refused.warnings.count == 1)
            #expect(refused.warnings.first?.contains("HTTP 401 (refused: check the Authorization token") == true)
            for result in [filled, read, refused] {
                #expect(!result.stdout.contains(token) && !result.stderr.contains(token))
            }
        }
    }
}

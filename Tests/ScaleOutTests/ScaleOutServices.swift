import Foundation
import Testing

/// Every scale-out test, one at a time (they share one cluster and one server, and start processes).
@Suite("scale-out: real servers", .serialized)
struct ScaleOutSuite {}

/// The real services the scale-out tests use, as `.ci/run` announces them in the environment:
/// `FIGURES_TEST_CACHE_URL` and `FIGURES_TEST_CACHE_ROOT` (nginx WebDAV, scripts/cache-server-up),
/// `FIGURES_TEST_SLURM_CONF` (one-node Slurm, scripts/slurm-up).
///
/// Locally, a test whose service is absent is skipped with a notice saying how to start it. In CI
/// (`CI=true`) it is never skipped: it runs and fails on the missing service.
enum ScaleOutServices {
    static let environment = ProcessInfo.processInfo.environment
    static let isCI = environment["CI"] == "true"

    /// The nginx cache server: its URL and the directory it serves (to corrupt objects in).
    struct CacheServer {
        var url: String
        var root: URL
    }

    static var cacheServer: CacheServer? {
        guard let url = environment["FIGURES_TEST_CACHE_URL"], !url.isEmpty,
            let root = environment["FIGURES_TEST_CACHE_ROOT"], !root.isEmpty
        else { return nil }
        return CacheServer(url: url, root: URL(fileURLWithPath: root))
    }

    static var slurmConfiguration: String? {
        guard let path = environment["FIGURES_TEST_SLURM_CONF"], FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// Run the cache tests: the server is announced, or this is CI (where its absence fails the test).
    static let cacheTestsRun = cacheServer != nil || isCI
    /// Run the Slurm tests: the cluster is announced, or this is CI.
    static let slurmTestsRun = slurmConfiguration != nil || isCI

    static let cacheNotice =
        "no cache server: run `eval \"$(scripts/cache-server-up DIR)\"; export FIGURES_TEST_CACHE_URL "
        + "FIGURES_TEST_CACHE_ROOT` to run the remote-cache tests (CI always runs them)"
    static let slurmNotice =
        "no Slurm cluster: run `eval \"$(scripts/slurm-up DIR)\"; export FIGURES_TEST_SLURM_CONF` "
        + "to run the Slurm tests (CI always runs them)"

    /// The cache server, or a failure saying CI did not start it.
    static func requireCacheServer() throws -> CacheServer {
        try #require(
            cacheServer,
            "CI=true but FIGURES_TEST_CACHE_URL/FIGURES_TEST_CACHE_ROOT are not set: .ci/run must start the cache server")
    }

    /// The Slurm configuration, or a failure saying CI did not start the cluster.
    static func requireSlurm() throws -> String {
        try #require(slurmConfiguration, "CI=true but FIGURES_TEST_SLURM_CONF is not set: .ci/run must start the Slurm cluster")
    }

    /// A fresh namespace on the shared server (nginx creates the directories on PUT), so tests never see each other's entries.
    static func namespace(on server: CacheServer) -> (url: String, root: URL) {
        let name = "test-\(UUID().uuidString.lowercased())"
        return (server.url + "/" + name, server.root.appendingPathComponent(name))
    }
}

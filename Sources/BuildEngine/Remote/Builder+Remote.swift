import Foundation

extension Builder {
    /// Fetches the entry for `key` and every object it names that the local store lacks, verified,
    /// into the local store (a remote hit is a local hit next time). Nil if the remote has no
    /// usable entry: missing, refused (an object did not match its hash), or the remote is off.
    func fetchFromRemote(key: ContentHash, node: BuildNode, remote: RemoteCache) async -> [OutputRecord]? {
        guard let entry = await remote.entry(for: key) else { return nil }
        // An entry cannot be checked against its key (only trusted writers may PUT); its shape can.
        for output in entry.outputs {
            let publishProblem = output.publish.flatMap { OutputPath.problem(with: $0) }
            guard ContentHash.isWellFormed(output.hash.hex), publishProblem == nil else {
                reporter.warning(
                    "remote action entry \(key.short) of \(node.name) is malformed (\(publishProblem ?? "bad hash")); "
                        + "refused; building \(node.name) locally")
                return nil
            }
        }
        guard await fetchObjects(of: entry, for: node.name, remote: remote) else { return nil }
        do {
            try store.recordAction(entry, for: key)
        } catch {
            reporter.warning("cannot record the remote entry of \(node.name) locally: \(error)")
            return nil
        }
        return entry.outputs
    }

    /// Makes every object of `entry` present and intact locally, fetching what is missing; false
    /// if one cannot be had (with a warning when the server's bytes were wrong).
    func fetchObjects(of entry: ActionEntry, for name: String, remote: RemoteCache) async -> Bool {
        for output in entry.outputs {
            if case .found = store.checkObject(output.hash) { continue }
            switch await remote.object(output.hash, size: output.size) {
            case .found(let data):
                do { try store.storeObject(data) } catch {
                    reporter.warning("cannot store a remote object of \(name) locally: \(error)")
                    return false
                }
            case .corrupt:
                reporter.warning(
                    "remote object \(output.hash.short) (output '\(output.name)' of \(name)) did not match its hash: "
                        + "refused; building \(name) locally")
                return false
            case .missing:
                reporter.warning(
                    "the remote entry of \(name) names object \(output.hash.short), which the server lacks; "
                        + "building \(name) locally")
                return false
            case .unavailable:
                return false
            }
        }
        return true
    }

    /// The objects of `artifacts`, by hash (what an upload sends).
    static func objects(of artifacts: [Artifact]) -> [ContentHash: Data] {
        Dictionary(artifacts.map { (ContentHash(of: $0.data), $0.data) }, uniquingKeysWith: { first, _ in first })
    }
}

import Foundation
import Synchronization

/// The remote tier of the cache, as a build uses it: verified fetches, background uploads, and
/// the "degrade to a local build" policy.
///
/// - Every object fetched is re-hashed; bytes that do not match their name (poisoned or truncated)
///   are refused with a warning, and the step is built locally.
/// - The first network error, timeout or 5xx prints one warning and turns the remote off for the
///   rest of the build (later steps do not wait for timeouts again). With `required`, that error
///   is fatal instead (``fatalError``).
/// - Uploads (read-write) start when a step has stored its outputs locally, run in parallel with
///   the build, and are awaited by ``finishUploads()`` before the process exits. Objects go
///   first, the action entry last, so a reader never sees an entry whose objects are not there.
public final class RemoteCache: Sendable {
    /// The HTTP client.
    public let client: RemoteCacheClient
    private let reporter: any BuildReporter
    private struct State {
        var down = false
        var fatal: String?
        var uploads: [Task<Void, Never>] = []
        var uploadedObjects = 0
        var uploadedEntries = 0
    }
    private let state = Mutex(State())

    /// A remote tier for `settings`, reporting to `reporter`.
    public init(settings: RemoteCacheSettings, reporter: any BuildReporter) {
        client = RemoteCacheClient(settings: settings)
        self.reporter = reporter
    }

    /// The settings in force.
    public var settings: RemoteCacheSettings { client.settings }
    /// True while the remote is usable in this build.
    public var isUp: Bool { state.withLock { !$0.down } }
    /// Set when the remote failed and was required: the build must fail with this message.
    public var fatalError: String? { state.withLock { $0.fatal } }
    /// Objects and action entries uploaded so far.
    public var uploadCounts: (objects: Int, entries: Int) { state.withLock { ($0.uploadedObjects, $0.uploadedEntries) } }

    /// Records a failed exchange: one warning, then the remote is off (or the failure is fatal if required).
    func failed(_ error: RemoteCacheError) {
        let first = state.withLock { state -> Bool in
            defer { state.down = true }
            if settings.required, state.fatal == nil {
                state.fatal = "remote cache \(settings.url.absoluteString) required but failing: \(error.message)"
            }
            return !state.down
        }
        guard first, !settings.required else { return }
        reporter.warning(
            "remote cache \(settings.url.absoluteString) failed (\(error.message)); building locally, "
                + "no further remote fetches or uploads in this build")
    }

    /// The action entry for `key` on the server, or nil (absent, unreadable, or the remote is off).
    public func entry(for key: ContentHash) async -> ActionEntry? {
        guard isUp else { return nil }
        do {
            guard let data = try await client.get("ac", key.hex) else { return nil }
            guard let entry = try? JSONDecoder().decode(ActionEntry.self, from: data), entry.format == ActionEntry.currentFormat else {
                reporter.warning("remote action entry \(key.short) is not a readable entry of this cache format; ignored")
                return nil
            }
            return entry
        } catch {
            failed(error)
            return nil
        }
    }

    /// The outcome of fetching one object.
    public enum ObjectFetch: Sendable {
        /// The bytes, verified against their hash.
        case found(Data)
        /// The server has no such object.
        case missing
        /// The server's bytes do not hash to the name (refused).
        case corrupt
        /// The remote failed or is off.
        case unavailable
    }

    /// Fetches the object `hash` and verifies it (size and SHA-256).
    public func object(_ hash: ContentHash, size: Int? = nil) async -> ObjectFetch {
        guard isUp else { return .unavailable }
        do {
            guard let data = try await client.get("cas", hash.hex) else { return .missing }
            if let size, data.count != size { return .corrupt }
            return ContentHash(of: data) == hash ? .found(data) : .corrupt
        } catch {
            failed(error)
            return .unavailable
        }
    }

    /// Whether the server has an action entry for `key` (HEAD; false when the remote is off).
    public func hasEntry(for key: ContentHash) async -> Bool {
        guard isUp else { return false }
        do { return try await client.exists("ac", key.hex) } catch {
            failed(error)
            return false
        }
    }

    /// Uploads `objects` then the entry for `key`, in the background (read-write mode only).
    public func upload(key: ContentHash, entry: ActionEntry, objects: [ContentHash: Data]) {
        guard settings.mode == .readWrite, isUp else { return }
        let task = Task {
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for (hash, data) in objects { group.addTask { try await self.client.put("cas", hash.hex, data) } }
                    try await group.waitForAll()
                }
                try await client.put("ac", key.hex, ContentStore.encode(entry))
                state.withLock {
                    $0.uploadedObjects += objects.count; $0.uploadedEntries += 1
                }
            } catch let error as RemoteCacheError {
                failed(error)
            } catch {
                failed(RemoteCacheError("upload: \(error)"))
            }
        }
        state.withLock { $0.uploads.append(task) }
    }

    /// Waits for every upload started so far.
    public func finishUploads() async {
        while true {
            let pending = state.withLock { state -> [Task<Void, Never>] in
                defer { state.uploads = [] }
                return state.uploads
            }
            if pending.isEmpty { return }
            for task in pending { await task.value }
        }
    }
}

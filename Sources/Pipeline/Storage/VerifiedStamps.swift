import Foundation

/// Files whose bytes were hashed by an earlier build, with the stamp they had then
/// (`out/.cache/stamps`, versioned JSON). A file whose stamp is unchanged is taken to still hold
/// those bytes, so a no-op build re-hashes nothing; any other file is read and hashed as before.
/// `figures cache verify` never uses it: it re-hashes every object.
///
/// Only a memo: losing it (or a concurrent writer's entries) costs time, not correctness. A stamp is
/// recorded only if the file's stamp was the same before and after it was read (no write in between).
public final class VerifiedStamps: @unchecked Sendable {
    /// The on-disk format.
    struct Contents: Codable {
        /// Increases when the layout changes; another version is ignored.
        var format: Int
        /// Path → the stamp it had when its bytes hashed to `hash`.
        var entries: [String: Entry]
    }

    /// One verified file.
    struct Entry: Codable, Equatable {
        var stamp: FileStamp
        var hash: ContentHash
    }

    /// Version of `Contents`.
    static let currentFormat = 1

    private let path: String
    private let fileSystem: any FileSystem
    private let lock = NSLock()
    private var entries: [String: Entry]
    private var changed = false

    /// Loads the memo at `path` (empty if absent, unreadable or of another format).
    public init(path: String, fileSystem: any FileSystem) {
        self.path = path
        self.fileSystem = fileSystem
        if let data = try? fileSystem.read(path), let contents = try? JSONDecoder().decode(Contents.self, from: data),
           contents.format == Self.currentFormat {
            entries = contents.entries
        } else {
            entries = [:]
        }
    }

    /// The hash `file` had when last verified, if its stamp has not changed since.
    public func unchangedHash(of file: String) -> ContentHash? {
        guard let stamp = fileSystem.stamp(file) else { return nil }
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[file], entry.stamp == stamp else { return nil }
        return entry.hash
    }

    /// Reads `file` and hashes it, remembering the result if the file did not change while being read.
    public func readAndHash(_ file: String) throws -> (data: Data, hash: ContentHash)? {
        let before = fileSystem.stamp(file)
        guard let data = try fileSystem.read(file) else { return nil }
        let hash = ContentHash(of: data)
        if let before, fileSystem.stamp(file) == before { remember(file, stamp: before, hash: hash) }
        return (data, hash)
    }

    /// Records that `file`, as it is now, holds bytes with `hash` (just written by this process).
    public func recordWritten(_ file: String, hash: ContentHash) {
        guard let stamp = fileSystem.stamp(file) else { return }
        remember(file, stamp: stamp, hash: hash)
    }

    /// Forgets `file` (removed, or found corrupt).
    public func forget(_ file: String) {
        lock.lock(); defer { lock.unlock() }
        if entries.removeValue(forKey: file) != nil { changed = true }
    }

    /// Writes the memo if it changed, dropping entries whose files are gone.
    public func save() {
        lock.lock(); defer { lock.unlock() }
        guard changed else { return }
        let live = entries.filter { fileSystem.stamp($0.key) != nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        if let data = try? encoder.encode(Contents(format: Self.currentFormat, entries: live)) {
            try? fileSystem.writeAtomically(data, to: path)
            changed = false
        }
    }

    private func remember(_ file: String, stamp: FileStamp, hash: ContentHash) {
        lock.lock(); defer { lock.unlock() }
        let entry = Entry(stamp: stamp, hash: hash)
        if entries[file] != entry { entries[file] = entry; changed = true }
    }
}

import CommonVocabulary
import Foundation

/// Files whose bytes were hashed by an earlier build, with the stamp they had then
/// (`out/.cache/stamps`: a `# format: stamps 2` line, then one line per file,
/// `HASH SIZE MTIME_NS CTIME_NS INODE DEVICE PATH`; plain text because a no-op build reads it every
/// time, and decoding it as JSON cost 6 % of that build). A file whose stamp is unchanged is taken to
/// still hold those bytes, so a no-op build re-hashes nothing; any other file is read and hashed as before.
/// `figures cache verify` never uses it: it re-hashes every object.
///
/// Only a memo: losing it (or a concurrent writer's entries) costs time, not correctness. A stamp is
/// recorded only if the file's stamp was the same before and after it was read (no write in between).
public final class VerifiedStamps: @unchecked Sendable {
    /// One verified file.
    struct Entry: Equatable {
        var stamp: FileStamp
        var hash: ContentHash
    }

    /// The first line of the file; another version is ignored.
    static let header = FormatMarker("stamps", 2).commentLine

    private let path: String
    private let fileSystem: any FileSystem
    private let lock = NSLock()
    private var entries: [String: Entry]
    private var changed = false

    /// Loads the memo at `path` (empty if absent, unreadable or of another format).
    public init(path: String, fileSystem: any FileSystem) {
        self.path = path
        self.fileSystem = fileSystem
        entries = (try? fileSystem.read(path)).flatMap { $0.flatMap(Self.parse) } ?? [:]
    }

    /// The entries of a stamps file, or nil if it is not one (a bad line discards the whole memo).
    static func parse(_ data: Data) -> [String: Entry]? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return nil }
        var entries: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, ContentHash.isWellFormed(String(fields[0])),
                let size = Int64(fields[1]), let modified = Int64(fields[2]), let changed = Int64(fields[3]),
                let inode = UInt64(fields[4]), let device = UInt64(fields[5])
            else { return nil }
            entries[String(fields[6])] = Entry(
                stamp: FileStamp(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed, inode: inode, device: device),
                hash: ContentHash(hex: String(fields[0])))
        }
        return entries
    }

    /// The file's text for `entries`, sorted by path.
    static func render(_ entries: [String: Entry]) -> Data {
        var text = header + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let stamp = entry.stamp
            text +=
                "\(entry.hash.hex) \(stamp.size) \(stamp.modifiedNanoseconds) \(stamp.changedNanoseconds) \(stamp.inode) "
                + "\(stamp.device) \(path)\n"
        }
        return Data(text.utf8)
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
        let live = entries.filter { fileSystem.stamp($0.key) != nil && !$0.key.contains("\n") }
        if (try? fileSystem.writeAtomically(Self.render(live), to: path)) != nil { changed = false }
    }

    private func remember(_ file: String, stamp: FileStamp, hash: ContentHash) {
        lock.lock(); defer { lock.unlock() }
        let entry = Entry(stamp: stamp, hash: hash)
        if entries[file] != entry { entries[file] = entry; changed = true }
    }
}

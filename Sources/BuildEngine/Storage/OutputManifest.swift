import CommonVocabulary
import Foundation

/// `out/MANIFEST`: for every file published under out/, the node and action key that produced it,
/// the source revision of the build that wrote it, and the overrides (`--set`, `--dataset`) in force.
///
/// Text, one file per line, sorted by path, fields separated by tabs:
///
/// ```
/// # format: manifest 1
/// data/efficiency.csv<TAB>efficiency<TAB>8d57…<TAB>2bc0242+dirty<TAB>--set signal-efficiency.threshold_GeV=47
/// ```
///
/// The revision is recorded here and not in the action keys, so a commit does not invalidate the cache
/// (docs/PROVENANCE.md). `figures list` compares each entry's key with the key of the current
/// configuration to tell whether out/ holds what the configuration would produce.
public struct OutputManifest: Sendable, Equatable {
    /// The first line.
    public static let format = FormatMarker("manifest", 1)
    /// The file name under out/.
    public static let fileName = "MANIFEST"

    /// One published file.
    public struct Entry: Sendable, Equatable {
        /// Path relative to out/.
        public var path: String
        /// The step or figure that produced it.
        public var node: String
        /// The action key (hex) of the run that produced it.
        public var key: String
        /// The source revision of the build that published it (`abc1234`, `abc1234+dirty`, `unknown`).
        public var revision: String
        /// The overrides in force, as given (`--set X.Y=Z`, `--dataset N=P`), sorted; empty for none.
        public var overrides: [String]

        /// Creates an entry.
        public init(path: String, node: String, key: String, revision: String, overrides: [String]) {
            self.path = path
            self.node = node
            self.key = key
            self.revision = revision
            self.overrides = overrides
        }
    }

    /// Entries by path.
    public var entries: [String: Entry]

    /// A manifest with these entries.
    public init(entries: [Entry] = []) {
        self.entries = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
    }

    /// Parses a manifest; nil if the text is not a manifest this code reads (then it is rewritten whole).
    public init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, FormatMarker(commentLine: first) == Self.format else { return nil }
        var entries: [Entry] = []
        for line in lines.dropFirst() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { return nil }
            entries.append(
                Entry(
                    path: fields[0], node: fields[1], key: fields[2], revision: fields[3],
                    overrides: Array(fields.dropFirst(4))))
        }
        self.init(entries: entries)
    }

    /// The text: the format line, a comment naming the columns, one line per entry sorted by path.
    public var text: String {
        var lines = [Self.format.commentLine, "# path\tnode\taction key\trevision\toverrides…"]
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            lines.append(([entry.path, entry.node, entry.key, entry.revision] + entry.overrides).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The entries of one node, sorted by path.
    public func entries(of node: String) -> [Entry] {
        entries.values.filter { $0.node == node }.sorted { $0.path < $1.path }
    }

    /// Records the published outputs of `node`, replacing its earlier entries.
    public mutating func record(node: String, key: String, publishedPaths: [String], revision: String, overrides: [String]) {
        for entry in entries(of: node) { entries[entry.path] = nil }
        for path in publishedPaths {
            entries[path] = Entry(path: path, node: node, key: key, revision: revision, overrides: overrides.sorted())
        }
    }

    /// Reads `out/MANIFEST`; an empty manifest when there is none or it cannot be read.
    public static func load(outDirectory: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: outDirectory + "/" + fileName) else { return nil }
        return OutputManifest(text: String(decoding: data, as: UTF8.self))
    }

    /// Writes `out/MANIFEST` atomically (unchanged bytes are not rewritten).
    public func write(outDirectory: String, fileSystem: any FileSystem = LocalFileSystem()) throws {
        let path = outDirectory + "/" + Self.fileName
        let data = Data(text.utf8)
        if (try? fileSystem.read(path)) == data { return }
        try fileSystem.writeAtomically(data, to: path)
    }
}

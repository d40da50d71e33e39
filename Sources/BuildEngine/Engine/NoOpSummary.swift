import CommonVocabulary
import Foundation

/// What the last complete, successful build of every node saw, kept so that an unchanged project
/// can answer "nothing to do" from `stat` calls alone, without reading the configuration.
///
/// Like ninja's log or Shake's database, it is only a shortcut: it records the stamps (size, times,
/// inode, device) of the running binary, of every input file (the configuration, every dataset),
/// of every published output and of the cache's directories, and a key of the command line's
/// overrides. If any of them differs, or anything is in doubt (a missing or unreadable summary, a
/// file without a stamp), the caller takes the full path. Any write to a file changes its
/// status-change time, which users cannot set back, so an edited file is always seen, with one
/// exception that git calls "racy": file times are kept at the kernel's coarse clock (a few ms), so
/// a file written again within the same tick as the summary was taken can keep its stamp. As git
/// does, a file whose times fall within `racyWindowNanoseconds` of the capture is checked by content
/// (its SHA-256 is recorded), and a racy binary is simply taken as changed.
///
/// File: `out/.cache/noop-summary`, text, first line `# format: noop-summary 1`.
public struct NoOpSummary: Sendable, Equatable {
    /// The format marker on the first line.
    public static let format = FormatMarker("noop-summary", 1)

    /// Stamp of the executable that built (a new binary means new code, so new keys).
    public var binary: FileStamp
    /// The overrides in force (hex of their text) (`--set`, `--dataset`), so a different command line misses.
    public var argumentsKey: String
    /// The nodes built, in build order, so the answer can list them as a full no-op build does.
    public var nodes: [String]
    /// Absolute path → stamp, for inputs, outputs and cache directories.
    public var files: [String: FileStamp]
    /// When the stamps were taken [ns since the epoch].
    public var capturedNanoseconds: Int64
    /// Path → content hash, for the regular files whose times were within the racy window.
    public var racyHashes: [String: String]

    /// Files touched less than this before the capture are checked by content: one second is many
    /// ticks of any kernel's coarse clock, and a file older than that keeps its stamp only if unchanged.
    public static let racyWindowNanoseconds: Int64 = 1_000_000_000

    /// Creates a summary.
    public init(
        binary: FileStamp, argumentsKey: String, nodes: [String], files: [String: FileStamp],
        capturedNanoseconds: Int64, racyHashes: [String: String] = [:]
    ) {
        self.binary = binary
        self.argumentsKey = argumentsKey
        self.nodes = nodes
        self.files = files
        self.capturedNanoseconds = capturedNanoseconds
        self.racyHashes = racyHashes
    }

    /// The current wall-clock time [ns since the epoch] (file times are wall-clock times too).
    static func nowNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// True if the stamp's times fall within the racy window before `captured` (or after it).
    static func isRacy(_ stamp: FileStamp, captured: Int64) -> Bool {
        max(stamp.modifiedNanoseconds, stamp.changedNanoseconds) >= captured - racyWindowNanoseconds
    }

    /// The summary's path under a cache directory.
    public static func path(cacheDirectory: String) -> String { cacheDirectory + "/noop-summary" }

    /// Stamps the files now; nil if any of them has no stamp (then no summary is written).
    public static func capture(
        binary: String, argumentsKey: String, nodes: [String], paths: [String],
        fileSystem: LocalFileSystem = LocalFileSystem()
    ) -> NoOpSummary? {
        guard let binaryStamp = fileSystem.stamp(binary) else { return nil }
        var files: [String: FileStamp] = [:]
        var racyHashes: [String: String] = [:]
        let captured = nowNanoseconds()
        for path in paths {
            guard let stamp = fileSystem.stamp(path) else { return nil }
            files[path] = stamp
            // Directories (the cache's) have no content to hash; their racy change is a new entry,
            // which also writes a file that is checked here.
            if isRacy(stamp, captured: captured), let data = try? fileSystem.read(path) {
                racyHashes[path] = ContentHash(of: data).hex
            }
        }
        return NoOpSummary(
            binary: binaryStamp, argumentsKey: argumentsKey, nodes: nodes, files: files,
            capturedNanoseconds: captured, racyHashes: racyHashes)
    }

    /// Why the summary no longer holds, or nil when the binary, the arguments and every recorded file
    /// are as they were. O(files) `stat` calls.
    public func staleness(binary: String, argumentsKey: String, fileSystem: LocalFileSystem = LocalFileSystem()) -> String? {
        if argumentsKey != self.argumentsKey { return "the command line's overrides differ" }
        if fileSystem.stamp(binary) != self.binary || Self.isRacy(self.binary, captured: capturedNanoseconds) {
            return "the binary changed"
        }
        for path in files.keys.sorted() {
            if fileSystem.stamp(path) != files[path] { return "\(path) changed" }
            if let hash = racyHashes[path], (try? fileSystem.read(path)).flatMap({ $0.map { ContentHash(of: $0).hex } }) != hash {
                return "\(path) changed"
            }
        }
        return nil
    }

    /// The text form: the marker, `binary`, `arguments`, `nodes` (names never hold spaces), `captured`,
    /// then one `file` line per path, sorted, with the content hash of a racy file or `-`.
    public var encoded: Data {
        func fields(_ s: FileStamp) -> String { "\(s.size) \(s.modifiedNanoseconds) \(s.changedNanoseconds) \(s.inode) \(s.device)" }
        var text = Self.format.commentLine + "\n"
        text += "binary \(fields(binary))\n"
        text += "arguments \(argumentsKey)\n"
        text += "nodes \(nodes.joined(separator: " "))\n"
        text += "captured \(capturedNanoseconds)\n"
        for path in files.keys.sorted() {
            text += "file \(fields(files[path]!)) \(racyHashes[path] ?? "-") \(path)\n"
        }
        return Data(text.utf8)
    }

    /// Parses `encoded`; nil for anything else (another format, a truncated or edited file).
    ///
    /// Reads the bytes directly (no `String` per line or word): it runs on every no-op answer.
    public init?(decoding data: Data) {
        let bytes = [UInt8](data)
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        guard start == bytes.count, lines.count >= 5,
            FormatMarker(commentLine: Substring(String(decoding: bytes[lines[0]], as: UTF8.self))) == Self.format
        else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            range.count == word.utf8CodeUnitCount
                && zip(bytes[range], UnsafeBufferPointer(start: word.utf8Start, count: range.count)).allSatisfy(==)
        }
        /// The words of `range` split at spaces: empty words dropped, or kept when `limit` is given
        /// (then at most `limit` splits, the last word being the rest).
        func words(_ range: Range<Int>, limit: Int? = nil) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var wordStart = range.lowerBound
            for index in range where bytes[index] == 0x20 {
                if let limit, result.count == limit { break }
                if limit != nil || index > wordStart { result.append(wordStart..<index) }
                wordStart = index + 1
            }
            if limit != nil || wordStart < range.upperBound { result.append(wordStart..<range.upperBound) }
            return result
        }
        func unsigned(_ range: Range<Int>) -> UInt64? {
            guard !range.isEmpty, range.count <= 20 else { return nil }
            var value: UInt64 = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = shifted.addingReportingOverflow(UInt64(byte - 0x30))
                guard !overflow, !carry else { return nil }
                value = sum
            }
            return value
        }
        func signed(_ range: Range<Int>) -> Int64? {
            let negative = !range.isEmpty && bytes[range.lowerBound] == 0x2D
            guard let magnitude = unsigned(negative ? range.dropFirst() : range) else { return nil }
            if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
            return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
        }
        func stamp(_ words: ArraySlice<Range<Int>>) -> FileStamp? {
            let first = words.startIndex
            guard words.count == 5, let size = signed(words[first]), let modified = signed(words[first + 1]),
                let changed = signed(words[first + 2]), let inode = unsigned(words[first + 3]),
                let device = unsigned(words[first + 4])
            else { return nil }
            return FileStamp(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed, inode: inode, device: device)
        }
        let binaryWords = words(lines[1])
        guard let binaryWord = binaryWords.first, equals(binaryWord, "binary"), let binary = stamp(binaryWords.dropFirst()) else {
            return nil
        }
        let argumentWords = words(lines[2])
        guard argumentWords.count == 2, equals(argumentWords[0], "arguments") else { return nil }
        let nodeWords = words(lines[3])
        guard let nodesWord = nodeWords.first, equals(nodesWord, "nodes") else { return nil }
        let capturedWords = words(lines[4])
        guard capturedWords.count == 2, equals(capturedWords[0], "captured"), let captured = signed(capturedWords[1]) else { return nil }
        var files: [String: FileStamp] = [:]
        var racyHashes: [String: String] = [:]
        for line in lines[5...] {
            // `file SIZE MTIME CTIME INODE DEVICE HASH-OR-DASH PATH`: the path is the rest of the line (it may hold spaces).
            let fileWords = words(line, limit: 7)
            guard fileWords.count == 8, equals(fileWords[0], "file"), let fileStamp = stamp(fileWords[1...5]) else { return nil }
            let path = text(fileWords[7])
            files[path] = fileStamp
            if !equals(fileWords[6], "-") { racyHashes[path] = text(fileWords[6]) }
        }
        self.init(
            binary: binary, argumentsKey: text(argumentWords[1]), nodes: nodeWords.dropFirst().map(text),
            files: files, capturedNanoseconds: captured, racyHashes: racyHashes)
    }
}

extension Builder {
    /// Every file the no-op summary of a complete build stamps: the configuration, the datasets, the
    /// published outputs, the cache objects behind every output (an object damaged in place changes
    /// its status-change time) and the cache's directories (their times change when an entry is
    /// added or removed).
    public func noOpPaths(summary: BuildSummary) -> [String] {
        var paths = [project.rootDirectory + "/" + project.configFile]
        for name in project.datasets.keys.sorted() { paths.append(project.resolvedPath(ofDataset: name)) }
        for records in summary.outputs.values {
            for record in records {
                if let publish = record.publish { paths.append(outDirectory + "/" + publish) }
                paths.append(store.objectsDirectory + "/" + record.hash.hex)
            }
        }
        paths += [store.directory + "/objects", store.directory + "/actions"]
        return Array(Set(paths)).sorted()
    }
}

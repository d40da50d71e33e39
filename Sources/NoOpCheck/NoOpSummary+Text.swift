import CommonVocabulary

extension NoOpSummary {
    /// The text form: the marker, `binary`, `root`, `arguments`, `nodes` (names never hold spaces),
    /// `captured`, then one `file` line per path, sorted, with the content hash of a racy file or `-`.
    /// Paths are the rest of their line, so they may hold spaces (never a newline: see `canEncode`).
    public var encodedText: String {
        func fields(_ s: FileStamp) -> String { "\(s.size) \(s.modifiedNanoseconds) \(s.changedNanoseconds) \(s.inode) \(s.device)" }
        var text = Self.format.commentLine + "\n"
        text += "binary \(fields(binary))\n"
        text += "root \(rootDirectory)\n"
        text += "arguments \(argumentsKey)\n"
        text += "nodes \(nodes.joined(separator: " "))\n"
        text += "captured \(capturedNanoseconds)\n"
        for path in files.keys.sorted() {
            text += "file \(fields(files[path]!)) \(racyHashes[path] ?? "-") \(path)\n"
        }
        return text
    }

    /// False if a path holds a newline, which the line-based text cannot carry (then no summary is kept).
    public var canEncode: Bool {
        !rootDirectory.utf8.contains(0x0A) && !files.keys.contains { $0.utf8.contains(0x0A) }
    }

    /// Parses `encodedText`'s bytes; nil for anything else (another format, a truncated or edited file).
    ///
    /// Reads the bytes directly (no `String` per line or word): it runs on every no-op answer.
    public init?(decoding bytes: [UInt8]) {
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        guard start == bytes.count, lines.count >= 6,
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
        // `root PATH`: the path is the rest of the line.
        let rootWords = words(lines[2], limit: 1)
        guard rootWords.count == 2, equals(rootWords[0], "root"), !rootWords[1].isEmpty else { return nil }
        let argumentWords = words(lines[3])
        guard argumentWords.count == 2, equals(argumentWords[0], "arguments") else { return nil }
        let nodeWords = words(lines[4])
        guard let nodesWord = nodeWords.first, equals(nodesWord, "nodes") else { return nil }
        let capturedWords = words(lines[5])
        guard capturedWords.count == 2, equals(capturedWords[0], "captured"), let captured = signed(capturedWords[1]) else { return nil }
        var files: [String: FileStamp] = [:]
        var racyHashes: [String: String] = [:]
        for line in lines[6...] {
            // `file SIZE MTIME CTIME INODE DEVICE HASH-OR-DASH PATH`: the path is the rest of the line (it may hold spaces).
            let fileWords = words(line, limit: 7)
            guard fileWords.count == 8, equals(fileWords[0], "file"), let fileStamp = stamp(fileWords[1...5]) else { return nil }
            let path = text(fileWords[7])
            files[path] = fileStamp
            if !equals(fileWords[6], "-") { racyHashes[path] = text(fileWords[6]) }
        }
        self.init(
            binary: binary, rootDirectory: text(rootWords[1]), argumentsKey: text(argumentWords[1]),
            nodes: nodeWords.dropFirst().map(text), files: files, capturedNanoseconds: captured, racyHashes: racyHashes)
    }
}

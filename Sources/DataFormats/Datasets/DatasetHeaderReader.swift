/// Reads the `# key: value` entries of a dataset header: required and optional keys, and typed values.
///
/// Unknown keys and repeated keys (other than the repeatable ones) are errors, so typos never pass silently.
struct DatasetHeaderReader {
    let file: String
    /// The line a missing key is reported at (the CSV header line, which ends the header block).
    let endOfHeaderLine: Int
    private let entries: [DatasetTextFile.HeaderEntry]

    init(textFile: DatasetTextFile, allowedKeys: [String], repeatableKeys: Set<String>) throws(DatasetError) {
        self.file = textFile.file
        self.endOfHeaderLine = textFile.columnNamesLine
        self.entries = textFile.headerEntries
        var seen: Set<String> = []
        for entry in entries {
            guard allowedKeys.contains(entry.key) else {
                throw DatasetError(
                    file: file, line: entry.line, subject: .headerKey(entry.key),
                    expected: "one of the keys \(allowedKeys.joined(separator: ", "))", found: entry.key)
            }
            if seen.contains(entry.key), !repeatableKeys.contains(entry.key) {
                throw DatasetError(
                    file: file, line: entry.line, subject: .headerKey(entry.key),
                    expected: "the key only once", found: "a repeated key")
            }
            seen.insert(entry.key)
        }
    }

    /// The entry for `key`, or an error naming the key and where the header block ends.
    func required(_ key: String, meaning: String) throws(DatasetError) -> DatasetTextFile.HeaderEntry {
        guard let entry = optional(key) else {
            throw DatasetError(
                file: file, line: endOfHeaderLine, subject: .headerKey(key),
                expected: "a line '# \(key): …' (\(meaning)) in the header block, which ends here", found: nil)
        }
        guard !entry.value.isEmpty else {
            throw DatasetError(
                file: file, line: entry.line, subject: .headerKey(key),
                expected: "a non-empty value (\(meaning))", found: "")
        }
        return entry
    }

    /// The entry for `key`, if present.
    func optional(_ key: String) -> DatasetTextFile.HeaderEntry? {
        entries.first { $0.key == key }
    }

    /// Every entry for a repeatable `key`, in file order.
    func all(_ key: String) -> [DatasetTextFile.HeaderEntry] {
        entries.filter { $0.key == key }
    }

    /// The value of `key` parsed as one of an enumeration's spellings.
    func enumeration<Value: RawRepresentable & CaseIterable>(
        _ key: String, meaning: String, as type: Value.Type
    ) throws(DatasetError) -> Value where Value.RawValue == String {
        let entry = try required(key, meaning: meaning)
        guard let value = Value(rawValue: entry.value) else {
            let allowed = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw DatasetError(
                file: file, line: entry.line, subject: .headerKey(key),
                expected: "one of \(allowed)", found: entry.value)
        }
        return value
    }

    /// An error about the value of an entry.
    func invalid(_ entry: DatasetTextFile.HeaderEntry, expected: String) -> DatasetError {
        DatasetError(
            file: file, line: entry.line, subject: .headerKey(entry.key), expected: expected,
            found: entry.value)
    }
}

import Foundation

/// A dataset file split into its parts, with line numbers, before any header key or number is interpreted.
///
/// Layout (format version 1): the line `# format: dataset 1` (older files: `# dataset-format: 1`), then a block of `# key: value`
/// lines (a bare `#` line is allowed as a spacer), then one CSV header line, then data rows;
/// a row holding only `gap` separates segments. Trailing empty lines are allowed; empty lines
/// elsewhere in the body are errors.
public struct DatasetTextFile: Sendable, Equatable {
    /// One `# key: value` line of the header block.
    public struct HeaderEntry: Sendable, Equatable {
        /// The key, as written (lower-case letters, digits and `-`).
        public var key: String
        /// The value, with surrounding spaces removed.
        public var value: String
        /// The 1-based line number.
        public var line: Int
    }

    /// One line of the CSV body.
    public enum Row: Sendable, Equatable {
        /// A data row: its comma-separated fields (spaces trimmed) and line number.
        case values([String], line: Int)
        /// A gap marker: do not join the points on either side.
        case gap(line: Int)
    }

    /// The format versions this code reads.
    public static let supportedFormatVersions = [1]
    /// The format marker's name: the first line is `# format: dataset N`.
    public static let formatName = "dataset"
    /// The first line as this code writes it.
    public static var formatLine: String { FormatMarker(formatName, supportedFormatVersions.last!).commentLine }
    /// The spelling of the first line before the format markers were unified, `# dataset-format: N`;
    /// still read, with the same meaning.
    static let legacyFormatVersionKey = "dataset-format"
    /// The text of a gap-marker row.
    public static let gapMarker = "gap"

    /// The file name used in error messages.
    public var file: String
    /// The format version from the first line.
    public var formatVersion: Int
    /// The header block's `# key: value` lines, in file order (the version line excluded).
    public var headerEntries: [HeaderEntry]
    /// The CSV header line's column names.
    public var columnNames: [String]
    /// The line number of the CSV header line.
    public var columnNamesLine: Int
    /// The body, in file order.
    public var rows: [Row]

    /// Splits `text` into version, header entries, CSV header and rows; `file` names the source in errors.
    public static func parse(text: String, file: String) throws(DatasetError) -> DatasetTextFile {
        // "\r\n" is one Character in Swift, so it is matched as a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        while let last = lines.last, last.trimmedWhitespace.isEmpty {
            lines.removeLast()
        }
        guard let first = lines.first else {
            throw DatasetError(
                file: file, line: nil, subject: .file,
                expected: "a dataset starting with '\(formatLine)'", found: "an empty file")
        }
        let version = try parseFormatVersion(first, file: file)

        var entries: [HeaderEntry] = []
        var index = 1
        while index < lines.count, lines[index].hasPrefix("#") {
            let lineNumber = index + 1
            let content = lines[index].dropFirst().trimmedWhitespace
            index += 1
            if content.isEmpty { continue }
            guard let colon = content.firstIndex(of: ":"),
                isValidKey(content[..<colon])
            else {
                throw DatasetError(
                    file: file, line: lineNumber, subject: .row,
                    expected: "a header line '# key: value'", found: lines[lineNumber - 1])
            }
            let key = String(content[..<colon])
            let value = content[content.index(after: colon)...].trimmedWhitespace
            entries.append(HeaderEntry(key: key, value: value, line: lineNumber))
        }

        guard index < lines.count else {
            throw DatasetError(
                file: file, line: lines.count + 1, subject: .csvHeader,
                expected: "a CSV header line after the '#' header block", found: "end of file")
        }
        let columnNamesLine = index + 1
        let columnNames = splitFields(lines[index])
        index += 1

        var rows: [Row] = []
        while index < lines.count {
            let lineNumber = index + 1
            let trimmed = lines[index].trimmedWhitespace
            index += 1
            if trimmed == gapMarker {
                rows.append(.gap(line: lineNumber))
            } else if trimmed.isEmpty {
                throw DatasetError(
                    file: file, line: lineNumber, subject: .row,
                    expected: "a data row or '\(gapMarker)' (empty lines are not allowed in the body)",
                    found: "an empty line")
            } else if trimmed.hasPrefix("#") {
                throw DatasetError(
                    file: file, line: lineNumber, subject: .row,
                    expected: "a data row or '\(gapMarker)' (header lines belong before the CSV header)",
                    found: trimmed)
            } else {
                rows.append(.values(splitFields(trimmed), line: lineNumber))
            }
        }
        return DatasetTextFile(
            file: file, formatVersion: version, headerEntries: entries, columnNames: columnNames,
            columnNamesLine: columnNamesLine, rows: rows)
    }

    private static func parseFormatVersion(_ line: String, file: String) throws(DatasetError) -> Int {
        let expected =
            "'# format: \(formatName) N' as the first line, N one of "
            + supportedFormatVersions.map(String.init).joined(separator: ", ")
        let value: String
        let legacyPrefix = "# \(legacyFormatVersionKey):"
        if line.hasPrefix(legacyPrefix) {
            value = line.dropFirst(legacyPrefix.count).trimmedWhitespace
        } else if let marker = FormatMarker(commentLine: Substring(line.trimmedWhitespace)),
            marker.name == formatName
        {
            value = String(marker.version)
        } else {
            throw DatasetError(file: file, line: 1, subject: .formatVersion, expected: expected, found: line)
        }
        guard let version = Int(value), supportedFormatVersions.contains(version) else {
            throw DatasetError(file: file, line: 1, subject: .formatVersion, expected: expected, found: value)
        }
        return version
    }

    private static func isValidKey(_ key: Substring) -> Bool {
        !key.isEmpty && key.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    private static func splitFields(_ line: String) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmedWhitespace
        }
    }
}

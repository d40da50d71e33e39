/// A problem found while reading, validating or importing a dataset file.
///
/// Every error names the file, the line (when one applies), what part of the
/// file is wrong (a header key, a CSV column, a YAML key, …), what was expected
/// and what was found. `description` renders it as one line for users, e.g.
/// `external-limits/babar-2016.csv:42: column 'y': expected a positive finite number, found '-3e-4'`.
public struct DatasetError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
    /// The part of a dataset file an error is about.
    public enum Subject: Sendable, Equatable {
        /// The file as a whole (unreadable, empty, not UTF-8, …).
        case file
        /// The format version line.
        case formatVersion
        /// A `# key: value` line of the header block.
        case headerKey(String)
        /// A column of the CSV body, by its name in the CSV header line.
        case column(String)
        /// The CSV header line.
        case csvHeader
        /// A whole data row (wrong number of fields, misplaced gap marker, …).
        case row
        /// A key of a HEPData YAML document, as a dotted path.
        case yamlKey(String)
    }

    /// The file as the user named it (a path, kept verbatim).
    public var file: String
    /// The 1-based line number, when the problem sits on one line.
    public var line: Int?
    /// What part of the file is wrong.
    public var subject: Subject
    /// What the format requires there, in words.
    public var expected: String
    /// What the file holds instead, verbatim; `nil` when there is nothing to show (e.g. a missing key).
    public var found: String?

    /// Creates an error; see the properties for the meaning of each argument.
    public init(file: String, line: Int?, subject: Subject, expected: String, found: String?) {
        self.file = file
        self.line = line
        self.subject = subject
        self.expected = expected
        self.found = found
    }

    /// The error in the shape every layer shares: the subject is the key path.
    public var userError: UserError {
        UserError(SourceLocation(file: file, line: line), keyPath: [subjectText], expected: expected, found: found)
    }

    /// The one-line message for users: `FILE:LINE: SUBJECT: expected …, found '…'`.
    public var description: String { UserError.render(userError) }

    /// The subject as users read it: `column 'y'`, `header key 'units'`.
    public var subjectText: String {
        switch subject {
        case .file: return "file"
        case .formatVersion: return "format version"
        case .headerKey(let key): return "header key '\(key)'"
        case .column(let name): return "column '\(name)'"
        case .csvHeader: return "CSV header"
        case .row: return "row"
        case .yamlKey(let path): return "YAML key '\(path)'"
        }
    }
}

/// A position in a configuration source: a file (or a command-line flag) with line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// File path as the user wrote it (relative to the project), or a pseudo-source like `--set`.
    public var file: String
    /// 1-based line, or nil when the source has no lines (a command-line value).
    public var line: Int?
    /// 1-based column.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, or just `file` when no position is known.
    public var description: String {
        guard let line else { return file }
        guard let column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

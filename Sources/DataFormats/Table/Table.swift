import Foundation

/// Named columns of Doubles with units and descriptions, plus metadata: the data passed between steps.
public struct Table: Sendable, Equatable {
    /// One column.
    public struct Column: Sendable, Equatable {
        /// Identifier (letters, digits, `_`), e.g. `q2_GeV2`.
        public var name: String
        /// Unit as text, e.g. `GeV^2`, `cm/GeV`, `1` for dimensionless.
        public var unit: String
        /// One line saying what it is.
        public var description: String
        /// The values.
        public var values: [Double]

        /// Creates a column.
        public init(_ name: String, unit: String, _ description: String, _ values: [Double]) {
            self.name = name
            self.unit = unit
            self.description = description
            self.values = values
        }
    }

    /// The columns, in order.
    public var columns: [Column]
    /// Key–value metadata (e.g. the model, the method used), kept in insertion order.
    public var metadata: [(key: String, value: String)]

    /// Creates a table; all columns must have the same length.
    public init(columns: [Column], metadata: [(key: String, value: String)] = []) {
        self.columns = columns
        self.metadata = metadata
    }

    /// Number of rows.
    public var rowCount: Int { columns.first?.values.count ?? 0 }

    /// The values of the column named `name`.
    public func column(_ name: String) throws -> [Double] {
        guard let column = columns.first(where: { $0.name == name }) else {
            throw TableError(line: nil, "no column '\(name)'; columns are: \(columns.map(\.name).joined(separator: ", "))")
        }
        return column.values
    }

    /// The metadata value for `key`.
    public func metadata(_ key: String) -> String? { metadata.first(where: { $0.key == key })?.value }

    public static func == (a: Table, b: Table) -> Bool {
        a.columns == b.columns && a.metadata.map(\.key) == b.metadata.map(\.key) && a.metadata.map(\.value) == b.metadata.map(\.value)
    }
}

/// A malformed table, with the line it was found on.
public struct TableError: UserFacingError, Sendable, CustomStringConvertible {
    /// 1-based line, if known.
    public var line: Int?
    /// What was wrong.
    public var message: String
    /// Creates an error.
    public init(line: Int?, _ message: String) { self.line = line; self.message = message }
    public var description: String { UserError.render(userError) }
    /// The error in the shape every layer shares (a table travels between steps, so it has no file name).
    public var userError: UserError { UserError(nil, keyPath: line.map { ["line \($0)"] } ?? [], problem: message) }
}

extension Table {
    /// The format marker on the first line: `# format: table 1`.
    public static let format = FormatMarker("table", 1)
    /// The first line as written.
    public static var formatLine: String { format.commentLine }
    /// The first line of version 1 before the format markers were unified; still read (same content).
    static let legacyFormatLine = "# zprimepaper-table 1"

    /// Canonical text: a format line, `# meta:` and `# column:` lines, a CSV header, then rows.
    /// Floats use Swift's shortest round-trip form, so equal numbers give equal bytes on every platform.
    public func encoded() throws -> Data {
        for column in columns where column.values.count != rowCount {
            throw TableError(line: nil, "column '\(column.name)' has \(column.values.count) values, expected \(rowCount)")
        }
        var text = Self.formatLine + "\n"
        for (key, value) in metadata { text += "# meta: \(key) = \(value.replacingOccurrences(of: "\n", with: " "))\n" }
        for column in columns { text += "# column: \(column.name) [\(column.unit)] \(column.description)\n" }
        text += columns.map(\.name).joined(separator: ",") + "\n"
        for row in 0..<rowCount {
            var first = true
            for column in columns {
                let value = column.values[row]
                guard value.isFinite else {
                    throw TableError(line: nil, "column '\(column.name)' row \(row + 1) is \(value); tables hold finite numbers only")
                }
                if !first { text += "," }
                text += canonicalNumber(value)
                first = false
            }
            text += "\n"
        }
        return Data(text.utf8)
    }
}

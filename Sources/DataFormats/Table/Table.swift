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

    /// Parses the canonical text.
    public init(decoding data: Data) throws {
        guard let text = String(data: data, encoding: .utf8) else { throw TableError(line: nil, "not UTF-8 text") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Splitting keeps empty pieces, so there is always a first line (empty for empty data).
        let first = lines[0]
        if first != Substring(Self.legacyFormatLine) {
            guard let marker = FormatMarker(commentLine: first), marker.name == Self.format.name else {
                throw TableError(line: 1, "expected '\(Self.formatLine)', found '\(first)'")
            }
            guard marker.version == Self.format.version else {
                throw TableError(line: 1, "format '\(marker)' is not one this build reads (it reads '\(Self.format)'); rebuild the step")
            }
        }
        var metadata: [(String, String)] = []
        var declared: [(name: String, unit: String, description: String)] = []
        var index = 1
        while index < lines.count, lines[index].hasPrefix("#") {
            let line = String(lines[index])
            if line.hasPrefix("# meta: "), let equals = line.range(of: " = ") {
                metadata.append(
                    (String(line[line.index(line.startIndex, offsetBy: 8)..<equals.lowerBound]), String(line[equals.upperBound...])))
            } else if line.hasPrefix("# column: "), let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") {
                let name = line[line.index(line.startIndex, offsetBy: 10)..<open].trimmingCharacters(in: .whitespaces)
                let unit = String(line[line.index(after: open)..<close])
                let description = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
                declared.append((name, unit, description))
            } else {
                throw TableError(line: index + 1, "unrecognised header line")
            }
            index += 1
        }
        guard index < lines.count else { throw TableError(line: index + 1, "missing the column-name line") }
        let names = lines[index].split(separator: ",").map(String.init)
        guard names == declared.map(\.name) else {
            throw TableError(line: index + 1, "column names \(names) do not match the declared columns \(declared.map(\.name))")
        }
        var values = Array(repeating: [Double](), count: names.count)
        index += 1
        while index < lines.count {
            if lines[index].isEmpty { index += 1; continue }
            let fields = lines[index].split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == names.count else {
                throw TableError(line: index + 1, "expected \(names.count) values, found \(fields.count)")
            }
            for (column, field) in fields.enumerated() {
                guard let value = Double(field), value.isFinite else {
                    throw TableError(line: index + 1, "column '\(names[column])': expected a finite number, found '\(field)'")
                }
                values[column].append(value)
            }
            index += 1
        }
        self.init(
            columns: declared.enumerated().map { Column($1.name, unit: $1.unit, $1.description, values[$0]) },
            metadata: metadata)
    }
}

/// Parses and validates a `kind: table` dataset file (see docs/DATASETS.md, "Tables").
public enum DatasetColumnTableParser {
    /// The header keys a table accepts.
    public static let allowedKeys = DatasetCommonHeader.keys + ["column"]

    /// Parses `text`; `file` names the source in errors. Throws the first problem found.
    public static func parse(text: String, file: String) throws(DatasetError) -> DatasetColumnTable {
        let textFile = try DatasetTextFile.parse(text: text, file: file)
        let reader = try DatasetHeaderReader(
            textFile: textFile, allowedKeys: allowedKeys, repeatableKeys: DatasetCommonHeader.repeatableKeys)
        let name = try DatasetCommonHeader.name(reader)
        let kind = try reader.enumeration("kind", meaning: "what the numbers are", as: DatasetKind.self)
        if kind != .table, let entry = reader.optional("kind") {
            throw reader.invalid(entry, expected: "'table' in a column table")
        }
        let declarations = try columnDeclarations(reader)
        let provenance = try DatasetCommonHeader.provenance(reader)

        let names = declarations.map(\.name)
        guard textFile.columnNames == names else {
            throw DatasetError(
                file: file, line: textFile.columnNamesLine, subject: .csvHeader,
                expected: "'\(names.joined(separator: ","))', the names of the '# column:' lines in order",
                found: textFile.columnNames.joined(separator: ","))
        }

        var columnValues = Array(repeating: [Double](), count: names.count)
        var previous: (value: Double, line: Int)?
        for row in textFile.rows {
            switch row {
            case .gap(let line):
                throw DatasetError(
                    file: file, line: line, subject: .row,
                    expected: "a data row (gap markers are for limit datasets only)", found: DatasetTextFile.gapMarker)
            case .values(let fields, let line):
                let values = try DatasetRowReader.values(
                    fields, columnNames: names, line: line, file: file, positive: false)
                if !(values[0] > 0) {
                    throw DatasetError(
                        file: file, line: line, subject: .column(names[0]),
                        expected: "a positive finite number (the first column is the abscissa)", found: fields[0])
                }
                if let previous, !(values[0] > previous.value) {
                    throw DatasetError(
                        file: file, line: line, subject: .column(names[0]),
                        expected:
                            "a value above the previous row's \(previous.value) (line \(previous.line)): the first column must strictly "
                            + "increase",
                        found: fields[0])
                }
                previous = (values[0], line)
                for (index, value) in values.enumerated() {
                    columnValues[index].append(declarations[index].unit.toCanonical(value))
                }
            }
        }
        guard columnValues[0].count >= 2 else {
            throw DatasetError(
                file: file, line: previous?.line ?? textFile.columnNamesLine, subject: .row,
                expected: "at least 2 data rows", found: "\(columnValues[0].count)")
        }
        let columns = zip(declarations, columnValues).map { declaration, values in
            DatasetColumn(
                name: declaration.name, declaredUnit: declaration.unit, description: declaration.description,
                values: values)
        }
        return DatasetColumnTable(
            name: name, file: file, formatVersion: textFile.formatVersion, provenance: provenance, columns: columns)
    }

    private static func columnDeclarations(
        _ reader: DatasetHeaderReader
    ) throws(DatasetError) -> [(name: String, unit: DatasetUnit, description: String)] {
        let entries = reader.all("column")
        guard entries.count >= 2 else {
            throw DatasetError(
                file: reader.file, line: reader.endOfHeaderLine, subject: .headerKey("column"),
                expected: "at least two lines '# column: NAME [UNIT] description' in the header block, which ends here",
                found: entries.isEmpty ? nil : "\(entries.count)")
        }
        var declarations: [(name: String, unit: DatasetUnit, description: String)] = []
        for entry in entries {
            let expected = "'NAME [UNIT] description' with UNIT one of \(DatasetUnit.allSpellings.joined(separator: ", "))"
            guard let parts = DatasetQuantity.split(entry.value), !parts.name.isEmpty,
                !parts.name.contains(","), !parts.name.contains(" ")
            else { throw reader.invalid(entry, expected: expected) }
            guard let unit = DatasetUnit(spelling: parts.unit) else {
                throw DatasetError(
                    file: reader.file, line: entry.line, subject: .headerKey("column"),
                    expected: "a unit, one of \(DatasetUnit.allSpellings.joined(separator: ", "))", found: parts.unit)
            }
            if declarations.contains(where: { $0.name == parts.name }) {
                throw reader.invalid(entry, expected: "a column name not used before")
            }
            declarations.append((parts.name, unit, parts.rest))
        }
        return declarations
    }
}

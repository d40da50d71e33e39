/// Parses and validates the text of an external-limit dataset file (see docs/DATASETS.md).
public enum ExternalLimitDatasetParser {
    /// The header keys a limit dataset accepts.
    public static let allowedKeys =
        DatasetCommonHeader.keys + [
            "experiment", "paper-title", "paper-arxiv", "paper-doi", "paper-reference", "model", "x", "y",
            "confidence-level", "alpha-d", "mass-ratio"
        ]

    /// Parses `text`; `file` names the source in errors. Throws the first problem found.
    public static func parse(text: String, file: String) throws(DatasetError) -> ExternalLimitDataset {
        let textFile = try DatasetTextFile.parse(text: text, file: file)
        let reader = try DatasetHeaderReader(
            textFile: textFile, allowedKeys: allowedKeys, repeatableKeys: ["notes"])
        let name = try DatasetCommonHeader.name(reader)
        let kind = try limitKind(reader)
        let experiment = try reader.required("experiment", meaning: "the experiment").value
        let paper = try DatasetLimitHeader.paper(reader)
        let model = try reader.enumeration("model", meaning: "the physics model", as: DatasetModel.self)
        let darkSector = try DatasetLimitHeader.darkSector(reader, model: model)
        let mass = try DatasetLimitHeader.mass(reader)
        let coupling = try DatasetLimitHeader.coupling(reader)
        let confidenceLevel = try DatasetLimitHeader.confidenceLevel(reader)
        let provenance = try DatasetCommonHeader.provenance(reader)

        let expectedColumns = kind.limitColumnNames ?? []
        guard textFile.columnNames == expectedColumns else {
            throw DatasetError(
                file: file, line: textFile.columnNamesLine, subject: .csvHeader,
                expected: "'\(expectedColumns.joined(separator: ","))' for kind '\(kind.rawValue)'",
                found: textFile.columnNames.joined(separator: ","))
        }
        let entries = try bodyEntries(
            textFile.rows, columnNames: expectedColumns, massUnit: mass.unit, file: file)
        let builder = DatasetSegmentBuilder(
            file: file, kind: kind, columnNames: expectedColumns, endLine: textFile.columnNamesLine)
        let segments = try builder.build(entries)
        var dataset = ExternalLimitDataset(
            name: name, file: file, formatVersion: textFile.formatVersion, experiment: experiment,
            paper: paper, model: model, kind: kind, mass: mass, coupling: coupling,
            confidenceLevel: confidenceLevel, provenance: provenance, segments: segments, darkSector: darkSector)
        for entry in textFile.headerEntries where dataset.headerLines[entry.key] == nil {
            dataset.headerLines[entry.key] = entry.line
        }
        return dataset
    }

    private static func limitKind(_ reader: DatasetHeaderReader) throws(DatasetError) -> DatasetKind {
        let kind = try reader.enumeration("kind", meaning: "what the numbers are", as: DatasetKind.self)
        guard kind == .table, let entry = reader.optional("kind") else { return kind }
        throw reader.invalid(
            entry,
            expected: "'upper-limit curve', 'band edges', 'closed region' or 'projection' in an external-limit dataset")
    }

    private static func bodyEntries(
        _ rows: [DatasetTextFile.Row], columnNames: [String], massUnit: DatasetUnit, file: String
    ) throws(DatasetError) -> [DatasetSegmentBuilder.Entry] {
        var entries: [DatasetSegmentBuilder.Entry] = []
        for row in rows {
            switch row {
            case .gap(let line):
                entries.append(.gap(line: line))
            case .values(let fields, let line):
                let values = try DatasetRowReader.positiveValues(
                    fields, columnNames: columnNames, line: line, file: file)
                entries.append(
                    .point(
                        mass: massUnit.toCanonical(values[0]), couplings: Array(values.dropFirst()), texts: fields, line: line))
            }
        }
        return entries
    }
}

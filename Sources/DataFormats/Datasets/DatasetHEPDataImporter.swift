import Foundation
import Yams

/// Imports one table of a HEPData record (the YAML data-file format) as an `ExternalLimitDataset`.
///
/// The first independent variable is the mass (its `header.units` must be an energy: GEV, MEV, KEV, EV in any
/// case); the chosen dependent variable is the coupling (no units, or an empty unit). Independent values are
/// `value`, or the midpoint of `low`/`high`. A dependent value that is not a number (`'-'`, `''`) is a missing
/// bin: it becomes a gap marker (missing bins at either end are dropped). Uncertainties are ignored.
/// Provenance comes from the optional `submission.yaml`: the table's name, location, description and
/// `data_license`, the record's `hepdata_doi` and arXiv id.
public enum DatasetHEPDataImporter {
    /// Imports `dataYAML` (named `dataFile` in errors and provenance); `submissionYAML`, if given, is the
    /// record's `submission.yaml` (named `submissionFile` in errors), and must list `dataFile`'s last path
    /// component as a table's `data_file`.
    public static func importTable(
        dataYAML: String, dataFile: String, submissionYAML: String? = nil, submissionFile: String = "submission.yaml",
        options: DatasetHEPDataImportOptions
    ) throws(DatasetError) -> ExternalLimitDataset {
        guard options.kind == .upperLimitCurve || options.kind == .closedRegion else {
            throw DatasetError(
                file: dataFile, line: nil, subject: .headerKey("kind"),
                expected: "'upper-limit curve' or 'closed region' for a HEPData import", found: options.kind.rawValue)
        }
        let dataFileName = dataFile.split(separator: "/").last.map(String.init) ?? dataFile
        let submission = try submissionYAML.map { yaml throws(DatasetError) in
            try DatasetHEPDataSubmission.read(yaml: yaml, file: submissionFile, dataFileName: dataFileName)
        }
        guard let root = try DatasetHEPDataYAML.documents(yaml: dataYAML, file: dataFile).first else {
            throw DatasetError(
                file: dataFile, line: nil, subject: .file, expected: "a HEPData table document", found: "no YAML document")
        }
        let table = DatasetHEPDataTableReader(file: dataFile, root: root)
        let (independent, massUnit) = try table.massVariable()
        let (dependentPath, dependent) = try table.dependentVariable(named: options.dependentVariableName)
        let masses = try table.independentValues(independent, path: "independent_variables[0]")
        let couplings = try table.dependentValues(dependent, path: dependentPath)
        guard masses.count == couplings.count else {
            throw DatasetError(
                file: dataFile, line: dependent.mark?.line, subject: .yamlKey("\(dependentPath).values"),
                expected: "\(masses.count) values, as many as the independent variable has", found: "\(couplings.count)")
        }
        let confidenceLevel: String
        if let given = options.confidenceLevel {
            confidenceLevel = given
        } else {
            confidenceLevel = try table.confidenceLevel(dependent, path: dependentPath)
        }

        var entries: [DatasetSegmentBuilder.Entry] = []
        for (mass, coupling) in zip(masses, couplings) {
            if let value = coupling.value {
                entries.append(
                    .point(
                        mass: massUnit.toCanonical(mass.value), couplings: [value],
                        texts: [mass.text, coupling.text], line: mass.line ?? coupling.line))
            } else if let last = entries.last, case .point = last {
                entries.append(.gap(line: coupling.line))
            }
        }
        if let last = entries.last, case .gap = last { entries.removeLast() }
        let columnNames = [
            (independent["header"]?["name"]?.string).map(quantityName) ?? "independent_variables[0]",
            dependent["header"]?["name"]?.string ?? dependentPath
        ]
        let builder = DatasetSegmentBuilder(
            file: dataFile, kind: options.kind, columnNames: columnNames, endLine: root.mark?.line ?? 1)
        let segments = try builder.build(entries)

        guard let licence = options.licence ?? submission?.licence else {
            throw DatasetError(
                file: submissionYAML == nil ? dataFile : submissionFile, line: nil, subject: .yamlKey("data_license.name"),
                expected: "a data licence in the submission, or one given in the import options", found: nil)
        }
        return ExternalLimitDataset(
            name: options.name, file: dataFile, formatVersion: DatasetTextFile.supportedFormatVersions.last ?? 1,
            experiment: options.experiment,
            paper: DatasetPaper(
                title: options.paperTitle, arXiv: options.paperArXiv ?? submission?.arXiv, doi: options.paperDOI,
                reference: nil),
            model: options.model, kind: options.kind,
            mass: DatasetQuantity(name: columnNames[0], unit: massUnit), coupling: options.coupling,
            confidenceLevel: confidenceLevel,
            provenance: provenance(
                submission: submission, dataFile: dataFileName, licence: licence, massUnit: massUnit,
                variable: columnNames[1], convertedBy: options.convertedBy),
            segments: segments)
    }

    /// A HEPData variable name usable as `NAME` in `NAME [UNIT]`: no brackets, no `$`, spaces collapsed.
    static func quantityName(_ text: String) -> String {
        let cleaned = text.filter { !"[]$".contains($0) }.split(separator: " ").joined(separator: " ")
        return cleaned.isEmpty ? "m" : cleaned
    }

    private static func provenance(
        submission: DatasetHEPDataSubmission?, dataFile: String, licence: String, massUnit: DatasetUnit,
        variable: String, convertedBy: String?
    ) -> DatasetProvenance {
        var origin = "HEPData table"
        if let name = submission?.tableName { origin += " '\(name)'" }
        if let location = submission?.tableLocation { origin += " (\(location))" }
        if let doi = submission?.tableDOI ?? submission?.recordDOI { origin += ", doi:\(doi)" }
        var notes: [String] = []
        if let description = submission?.tableDescription {
            // A wrapped YAML block (`description: |`) is one remark: its lines joined.
            notes.append(
                description.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.joined(separator: " "))
        }
        if let recordDOI = submission?.recordDOI { notes.append("HEPData record doi:\(recordDOI)") }
        if let inspire = submission?.inspireID { notes.append("INSPIRE record \(inspire)") }
        notes.append("dependent variable imported: '\(variable)'; uncertainties (errors) are not imported")
        if massUnit != .gigaElectronVolt {
            notes.append("masses converted from \(massUnit.rawValue) to GeV on import (the shortest decimal of each value)")
        }
        return DatasetProvenance(
            origin: DatasetOrigin(category: .hepData, text: origin), licence: licence,
            citation: "Cite the paper and the HEPData record.",
            source: DatasetSourceFile(repository: "hepdata.net", path: dataFile, commit: nil),
            convertedBy: convertedBy ?? "DatasetHEPDataImporter", notes: notes)
    }
}

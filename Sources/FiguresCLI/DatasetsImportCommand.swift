import ArgumentParser
import BuildEngine
import DataFormats
import Foundation

/// `figures datasets import TABLE`: a HEPData table (the YAML data file of a submission, or the YAML or
/// JSON a table download gives) → a dataset file with its meaning and full provenance.
///
/// HEPData says neither the model nor which coupling a variable is, so both are required; a table with
/// several dependent variables (observed, expected) needs `--y`; a mass without an energy unit, or a
/// coupling with a unit, is refused. Every error is exit 2 with the file, line and YAML key.
struct DatasetsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a HEPData table as a dataset file (docs/DATASETS.md).")

    @Argument(help: "The HEPData table: a submission data file (YAML) or a table download (YAML or JSON).")
    var table: String
    @Option(help: "The record's submission.yaml (table name, location, DOI, licence, arXiv and INSPIRE ids).")
    var submission: String?
    @Option(help: "Where to write the dataset file.") var output: String
    @Option(help: "The dataset's name (kebab-case).") var name: String
    @Option(help: "The experiment, e.g. 'Belle II'.") var experiment: String
    @Option(name: .customLong("paper-title"), help: "The paper's title.") var paperTitle: String
    @Option(help: "The paper's arXiv id (default: the submission's).") var arxiv: String?
    @Option(help: "The paper's DOI.") var doi: String?
    @Option(help: ArgumentHelp("The model: \(DatasetModel.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "MODEL"))
    var model: String
    @Option(
        help: ArgumentHelp(
            "What the variable holds: \(DatasetCoupling.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "QUANTITY"))
    var quantity: String
    @Option(help: "The curve type: 'upper-limit curve' (default), 'closed region' or 'projection'.")
    var kind: String = DatasetKind.upperLimitCurve.rawValue
    @Option(help: "The dependent variable to import, by its header name (required when there are several).")
    var y: String?
    @Option(name: .customLong("confidence-level"), help: "e.g. 90% (default: the variable's CL qualifier).")
    var confidenceLevel: String?
    @Option(help: "The licence (default: the submission's data_license).") var licence: String?
    @Option(help: "The import date recorded in the provenance, YYYY-MM-DD (default: today, UTC).") var date: String?
    @Flag(help: "Overwrite the output file if it exists.") var force = false

    func validate() throws {
        func quoted(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
        guard DatasetModel(rawValue: model) != nil else {
            throw ValidationError("--model: expected one of \(quoted(DatasetModel.allCases.map(\.rawValue))), found '\(model)'")
        }
        guard DatasetCoupling(rawValue: quantity) != nil else {
            throw ValidationError("--quantity: expected one of \(quoted(DatasetCoupling.allCases.map(\.rawValue))), found '\(quantity)'")
        }
        let importable: [DatasetKind] = [.upperLimitCurve, .closedRegion, .projection]
        guard let parsedKind = DatasetKind(rawValue: kind), importable.contains(parsedKind) else {
            throw ValidationError("--kind: expected one of \(quoted(importable.map(\.rawValue))), found '\(kind)'")
        }
        if let date, date.count != 10 || date.split(separator: "-").count != 3 {
            throw ValidationError("--date: expected YYYY-MM-DD, found '\(date)'")
        }
    }

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            printError("error: \(output): exists; give --force to overwrite it")
            throw ExitCode(2)
        }
        do throws(DatasetError) {
            let data = try DatasetFileLoaderText.read(path: table, shown: table)
            let submissionText = try submission.map { path throws(DatasetError) in try DatasetFileLoaderText.read(path: path, shown: path) }
            let digest = ContentHash(ofText: data).hex
            var options = DatasetHEPDataImportOptions(
                name: name, experiment: experiment, paperTitle: paperTitle, paperArXiv: arxiv, paperDOI: doi,
                model: DatasetModel(rawValue: model)!, kind: DatasetKind(rawValue: kind)!,
                coupling: DatasetCoupling(rawValue: quantity)!, confidenceLevel: confidenceLevel, licence: licence,
                dependentVariableName: y)
            options.convertedBy = "figures datasets import on \(date ?? Self.today()) from \(table) (sha256 \(digest))"
            let dataset = try DatasetHEPDataImporter.importTable(
                dataYAML: data, dataFile: table, submissionYAML: submissionText, submissionFile: submission ?? "submission.yaml",
                options: options)
            guard dataset.paper.arXiv != nil || dataset.paper.doi != nil else {
                throw DatasetError(
                    file: submission ?? table, line: nil, subject: .yamlKey("record_ids"),
                    expected: "an arXiv id in the submission, or --arxiv ID or --doi DOI", found: nil)
            }
            let text = dataset.encodedText
            // What was written must read back as a valid dataset (the same rules as every other file).
            let reread = try ExternalLimitDatasetParser.parse(text: text, file: output)
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                throw DatasetError(file: output, line: nil, subject: .file, expected: "a writable path", found: "cannot be written")
            }
            print(
                "wrote   \(output): \(DatasetsCommand.meaning(of: reread)), \(reread.pointCount) points in "
                    + "\(reread.segments.count) segment\(reread.segments.count == 1 ? "" : "s")")
        } catch {
            printUserError(error)
            throw ExitCode(2)
        }
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

/// One dataset as `figures datasets --json` prints it.
struct DatasetSummary: Codable {
    var name, file, experiment, model, kind, quantity, confidenceLevel, origin, licence: String
    var points, segments: Int
    var massRangeGeV: [Double]

    init(_ dataset: ExternalLimitDataset) {
        name = dataset.name; file = dataset.file; experiment = dataset.experiment; model = dataset.model.rawValue
        kind = dataset.kind.rawValue; quantity = dataset.coupling.rawValue; confidenceLevel = dataset.confidenceLevel
        origin = dataset.provenance.origin.text; licence = dataset.provenance.licence
        points = dataset.pointCount; segments = dataset.segments.count
        massRangeGeV = [dataset.massRangeInGeV.lowerBound, dataset.massRangeInGeV.upperBound]
    }

    /// Pretty, key-sorted JSON of `summaries`.
    static func json(_ summaries: [DatasetSummary]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summaries), as: UTF8.self)
    }
}

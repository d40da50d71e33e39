import Foundation

/// Reads dataset files from disk and hands them to the parsers; the only file-system access of this folder.
public enum DatasetFileLoader {
    /// The file extension of dataset files in `external-limits/`.
    public static let fileExtension = "csv"

    /// Loads and validates one external-limit dataset file. `path` is used verbatim in error messages.
    public static func loadLimit(path: String) throws(DatasetError) -> ExternalLimitDataset {
        try ExternalLimitDatasetParser.parse(text: readText(path: path), file: path)
    }

    /// Loads and validates one `kind: table` dataset file (e.g. a Geant4 track-length table).
    public static func loadTable(path: String) throws(DatasetError) -> DatasetColumnTable {
        try DatasetColumnTableParser.parse(text: readText(path: path), file: path)
    }

    /// Loads every `*.csv` file of a directory as an external-limit dataset, sorted by file name.
    /// A bad file stops the load with its error: nothing is skipped. Two datasets with the same name are an error.
    public static func loadLimitDirectory(path: String) throws(DatasetError) -> [ExternalLimitDataset] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw DatasetError(
                file: path, line: nil, subject: .file, expected: "a readable directory of dataset files",
                found: "\(error.localizedDescription)")
        }
        var datasets: [ExternalLimitDataset] = []
        for name in names.sorted() where name.hasSuffix(".\(fileExtension)") {
            let filePath = (path as NSString).appendingPathComponent(name)
            let dataset = try loadLimit(path: filePath)
            if let earlier = datasets.first(where: { $0.name == dataset.name }) {
                throw DatasetError(
                    file: filePath, line: nil, subject: .headerKey("name"),
                    expected: "a name not already used by \(earlier.file)", found: dataset.name)
            }
            datasets.append(dataset)
        }
        return datasets
    }

    /// The file's text; an error if it cannot be read or is not UTF-8.
    static func readText(path: String) throws(DatasetError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(
                file: path, line: nil, subject: .file, expected: "a readable file", found: "no such file or no permission")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(file: path, line: nil, subject: .file, expected: "UTF-8 text", found: "bytes that are not UTF-8")
        }
        return text
    }
}

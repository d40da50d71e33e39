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

    /// The largest dataset file read: 8 MiB (the shipped files are at most a few tens of kilobytes), so that a
    /// wrong path such as a disk image costs no memory and time before its message.
    public static let maximumFileBytes = 8 << 20

    /// The file's text; an error if it is not a regular file (a directory, a pipe, a device such as /dev/zero
    /// would never end), is larger than `maximumFileBytes`, cannot be read or is not UTF-8. Errors name the
    /// file as `shown` (the path as the user wrote it; `path` by default).
    public static func readText(path: String, shown: String? = nil) throws(DatasetError) -> String {
        let file = shown ?? path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DatasetError(file: file, line: nil, subject: .file, expected: "a readable file", found: "no such file")
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            let kinds: [mode_t: String] = [S_IFDIR: "a directory", S_IFIFO: "a named pipe", S_IFCHR: "a device", S_IFBLK: "a device"]
            throw DatasetError(
                file: file, line: nil, subject: .file, expected: "a regular file", found: kinds[type] ?? "a socket")
        }
        guard info.st_size <= maximumFileBytes else {
            throw DatasetError(
                file: file, line: nil, subject: .file, expected: "a file of at most \(maximumFileBytes) bytes (8 MiB)",
                found: "\(info.st_size) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(file: file, line: nil, subject: .file, expected: "a readable file", found: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // The first line that does not decode, so that the user can find the byte.
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil }.map { $0 + 1 }
            throw DatasetError(file: file, line: line, subject: .file, expected: "UTF-8 text", found: "bytes that are not UTF-8")
        }
        return text
    }
}

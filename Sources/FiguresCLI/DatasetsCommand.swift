import ArgumentParser
import Foundation
import BuildEngine
import DataFormats

/// `figures datasets`: every dataset declared in figures.yaml (after `--dataset` swaps), with its provenance.
///
/// Every file is loaded and validated as a build would; a bad file is a configuration error (exit 2)
/// naming file and line, and every bad file is reported, not only the first.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List the external datasets and their provenance (experiment, paper, origin, licence, file).")
    @OptionGroup var options: ProjectOptions

    func run() throws {
        let project = try options.loadProject()
        var datasets: [ExternalLimitDataset] = []
        var errors: [DatasetError] = []
        for declaration in project.datasets.values.sorted(by: { $0.name < $1.name }) {
            do throws(DatasetError) {
                datasets.append(try Self.load(declaration, rootDirectory: project.rootDirectory))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else {
            for error in errors { printUserError(error) }
            throw ExitCode(2)
        }
        print(DatasetListing.render(datasets), terminator: "")
    }

    /// Loads one declared dataset; messages name the path as written in figures.yaml or `--dataset`.
    static func load(_ declaration: DatasetDeclaration, rootDirectory: String) throws(DatasetError) -> ExternalLimitDataset {
        let path = declaration.path.hasPrefix("/") ? declaration.path : rootDirectory + "/" + declaration.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(file: declaration.path, line: nil, subject: .file, expected: "a readable file",
                               found: "no such file or no permission (dataset '\(declaration.name)', \(declaration.location))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError(file: declaration.path, line: nil, subject: .file, expected: "UTF-8 text", found: "bytes that are not UTF-8")
        }
        return try ExternalLimitDatasetParser.parse(text: text, file: declaration.path)
    }
}

import ArgumentParser
import Foundation
import BuildEngine
import DataFormats

/// `figures datasets`: list (the default), check and import external datasets.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, check and import external datasets (docs/DATASETS.md).",
        subcommands: [DatasetsListCommand.self, DatasetsCheckCommand.self, DatasetsImportCommand.self],
        defaultSubcommand: DatasetsListCommand.self)

    /// Loads one declared dataset; messages name the path as written in figures.yaml or `--dataset`.
    static func load(_ declaration: DatasetDeclaration, rootDirectory: String) throws(DatasetError) -> ExternalLimitDataset {
        let path = declaration.path.hasPrefix("/") ? declaration.path : rootDirectory + "/" + declaration.path
        let text = try DatasetFileLoader.readText(path: path, shown: declaration.path)
        return try ExternalLimitDatasetParser.parse(text: text, file: declaration.path)
    }

    /// One line saying what a dataset means: kind, coupling, CL, model.
    static func meaning(of dataset: ExternalLimitDataset) -> String {
        var model = dataset.model.rawValue
        if let dark = dataset.darkSector { model += " (alpha_D = \(dark.alphaD), m_Z'/m_chi = \(dark.massRatio))" }
        return "\(dataset.kind.rawValue) of \(dataset.coupling.rawValue), \(dataset.confidenceLevel), \(model)"
    }
}

/// `figures datasets [list]`: every dataset declared in figures.yaml (after `--dataset` swaps), with its
/// meaning and provenance.
///
/// Every file is loaded and validated as a build would; a bad file is a configuration error (exit 2)
/// naming file and line, and every bad file is reported, not only the first.
struct DatasetsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the external datasets: meaning (kind, coupling, CL, model) and provenance.")
    @OptionGroup var options: ProjectOptions
    @Flag(name: .long, help: "Print JSON (one object per dataset) instead of text.") var json = false

    func run() throws {
        let project = try options.loadProject()
        var datasets: [ExternalLimitDataset] = []
        var tables: [String] = []
        var errors: [DatasetError] = []
        for declaration in project.datasets.values.sorted(by: { $0.name < $1.name }) {
            do throws(DatasetError) {
                // Tables (`kind: table`, e.g. the g* table of the relic targets) are checked, then listed apart.
                let path = declaration.path.hasPrefix("/") ? declaration.path : project.rootDirectory + "/" + declaration.path
                let text = try DatasetFileLoaderText.read(path: path, shown: declaration.path)
                let file = try DatasetTextFile.parse(text: text, file: declaration.path)
                if file.headerEntries.first(where: { $0.key == "kind" })?.value == DatasetKind.table.rawValue {
                    tables.append("\(declaration.name): \(try DatasetsCheckCommand.check(path: path, shown: declaration.path))")
                } else {
                    datasets.append(try DatasetsCommand.load(declaration, rootDirectory: project.rootDirectory))
                }
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else {
            for error in errors { printUserError(error) }
            throw ExitCode(2)
        }
        if json {
            print(try DatasetSummary.json(datasets.map(DatasetSummary.init)))
        } else {
            print(DatasetListing.render(datasets), terminator: "")
            if !tables.isEmpty { print("\n\(tables.count) input table\(tables.count == 1 ? "" : "s")\n" + tables.joined(separator: "\n")) }
        }
    }
}

/// `figures datasets check [FILE…]`: validates dataset files (limit datasets and tables); without files,
/// every dataset figures.yaml declares. Exit 2 with `file:line` for each bad file.
struct DatasetsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate dataset files (default: those figures.yaml declares).")
    @OptionGroup var options: ProjectOptions
    @Argument(help: "Dataset files (paths as given are used in messages).") var files: [String] = []

    func run() throws {
        var paths: [(shown: String, path: String)] = files.map { ($0, $0) }
        if files.isEmpty {
            let project = try options.loadProject()
            paths = project.datasets.values.sorted(by: { $0.name < $1.name }).map { declaration in
                (declaration.path, declaration.path.hasPrefix("/") ? declaration.path : project.rootDirectory + "/" + declaration.path)
            }
        }
        var failed = false
        for (shown, path) in paths {
            do throws(DatasetError) {
                print("ok      \(shown): \(try Self.check(path: path, shown: shown))")
            } catch {
                printUserError(error)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }

    /// Loads `path` as a table (`kind: table`) or a limit dataset; what it holds, in words.
    static func check(path: String, shown: String) throws(DatasetError) -> String {
        let text = try DatasetFileLoaderText.read(path: path, shown: shown)
        let file = try DatasetTextFile.parse(text: text, file: shown)
        if file.headerEntries.first(where: { $0.key == "kind" })?.value == DatasetKind.table.rawValue {
            let table = try DatasetColumnTableParser.parse(text: text, file: shown)
            return "table of \(table.columns.map(\.name).joined(separator: ", ")) (\(table.columns.first?.values.count ?? 0) rows)"
        }
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: shown)
        return DatasetsCommand.meaning(of: dataset) + ", \(dataset.pointCount) points"
    }
}

/// Reading a dataset file for the CLI, with errors that name the path as the user gave it.
enum DatasetFileLoaderText {
    static func read(path: String, shown: String) throws(DatasetError) -> String {
        try DatasetFileLoader.readText(path: path, shown: shown)
    }
}

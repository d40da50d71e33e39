import BuildEngine
import Figures
import Foundation
import Report

/// Reads what the HTML report shows from figures.yaml, out/ and the build cache (never running a
/// step): the step records of the last build, the wall time kept with each cached action, out/MANIFEST
/// for the revision and overrides, the renders under out/figures, the dataset files.
enum ReportGathering {
    /// The report model of `project` as out/ holds it, with `diff` if given.
    static func model(of project: Project, diff: ReportDiff? = nil) -> ReportModel {
        let outDirectory = project.rootDirectory + "/out"
        let store = ContentStore(directory: outDirectory + "/.cache", fileSystem: LocalFileSystem())
        let manifest = OutputManifest.load(outDirectory: outDirectory)
        let entries = manifest?.entries.values.sorted { $0.path < $1.path } ?? []
        let revisions = Array(Set(entries.map(\.revision))).sorted()
        let overrides = Array(Set(entries.flatMap(\.overrides))).sorted()

        var nodes: [ReportNode] = []
        var figures: [ReportFigure] = []
        for name in project.order {
            guard let node = project.nodes[name] else { continue }
            let record = store.stepRecord(named: name)
            let seconds = record.flatMap { store.action(for: $0.key)?.seconds }
            let parameters = (record?.parameters ?? node.step.flatParameters).sorted { $0.key < $1.key }
                .map { ReportParameter(path: $0.key, value: $0.value) }
            let inputs = node.inputs.keys.sorted().map { role -> ReportInput in
                let source: String
                switch node.inputs[role]! {
                case .step(let upstream): source = upstream
                case .dataset(let dataset): source = "external:" + dataset
                }
                let hashes = (record?.inputs ?? [:]).filter { $0.key == role || $0.key.hasPrefix(role + "/") }
                    .sorted { $0.key < $1.key }.map(\.value.hex)
                return ReportInput(role: role, source: source, hashes: hashes)
            }
            nodes.append(
                ReportNode(
                    name: name, section: node.section, kind: node.step.kindName, kindVersion: node.step.kindVersion,
                    key: record?.key.hex, code: record?.code, parameters: parameters, inputs: inputs, seconds: seconds))
            if let description = try? FigureDescription(node: node) {
                figures.append(figure(description, outDirectory: outDirectory))
            }
        }
        return ReportModel(
            project: "ZPrimePaper \(ProjectVersion.number)",
            revision: revisions.isEmpty ? "unknown (no out/MANIFEST)" : revisions.joined(separator: ", "),
            overrides: overrides, figures: figures, nodes: nodes, datasets: datasets(of: project), diff: diff)
    }

    /// A gallery entry: the description's caption, paper and number, the render, the files present.
    static func figure(_ description: FigureDescription, outDirectory: String) -> ReportFigure {
        let name = description.name
        var files: [ReportLink] = []
        for (title, path) in [
            ("PDF", FigureFiles.render(name, fileExtension: "pdf")), ("PNG", FigureFiles.render(name, fileExtension: "png")),
            ("SVG", FigureFiles.render(name, fileExtension: "svg")), ("data (CSV)", FigureFiles.data(name))
        ] where FileManager.default.fileExists(atPath: outDirectory + "/" + path) {
            files.append(ReportLink(title, href: "../" + path))
        }
        let svg = FileManager.default.contents(atPath: outDirectory + "/" + FigureFiles.render(name, fileExtension: "svg"))
            .map { String(decoding: $0, as: UTF8.self) }
        return ReportFigure(
            name: name, caption: description.caption, paper: description.paper, figureNumber: description.figureNumber, svg: svg,
            files: files)
    }

    /// Every declared dataset with its SHA-256 and its header's `# key: value` lines.
    static func datasets(of project: Project) -> [ReportDataset] {
        project.datasets.keys.sorted().map { name in
            let declaration = project.datasets[name]!
            let data = FileManager.default.contents(atPath: project.resolvedPath(ofDataset: name))
            var header: [ReportParameter] = []
            if let data {
                for line in String(decoding: data.prefix(16_384), as: UTF8.self).split(separator: "\n") {
                    guard line.hasPrefix("#") else { break }
                    let text = line.dropFirst().trimmingCharacters(in: .whitespaces)
                    guard let colon = text.firstIndex(of: ":") else { continue }
                    let key = String(text[..<colon]), value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if key != "format" { header.append(ReportParameter(path: key, value: value)) }
                }
            }
            return ReportDataset(name: name, path: declaration.path, sha256: data.map { ContentHash(of: $0).hex }, header: header)
        }
    }

    /// Writes the report's pages into out/report/ (unchanged pages are not rewritten). A diff page of
    /// an earlier `figures diff` is removed when this report has no diff: it would describe other data.
    static func write(_ model: ReportModel, outDirectory: String) throws {
        let directory = outDirectory + "/report"
        let fileSystem = LocalFileSystem()
        let files = ReportSite.files(model)
        for (name, data) in files.sorted(by: { $0.key < $1.key }) where (try? fileSystem.read(directory + "/" + name)) != data {
            try fileSystem.writeAtomically(data, to: directory + "/" + name)
        }
        if files["diff.html"] == nil, fileSystem.size(directory + "/diff.html") != nil {
            try fileSystem.remove(directory + "/diff.html")
        }
    }
}

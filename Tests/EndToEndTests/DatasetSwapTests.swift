import Foundation
import Testing
import TestSupport

/// The real `figures` binary on a temporary copy of the project: swapping one dataset with
/// `--dataset` re-runs exactly the figures that read it, and `figures datasets` shows provenance.
@Suite("Dataset swap (end to end)", .serialized)
struct DatasetSwapTests {
    /// Two figures that each read one dataset, inserted at the top of the `figures:` section of the copy,
    /// so the test does not depend on which paper figures read which dataset.
    static let probeFigures = """
          swap-probe-belle:
            x: {label: "m_{Z'} [GeV]", scale: log, range: [1.0e-3, 10]}
            y: {label: "g'", scale: log, range: [1.0e-5, 1]}
            data: {x: "m_Z'", x-unit: GeV, y: "g'", y-unit: "1"}
            series:
              - {name: belle2-2020, from: "external:belle2-2020"}
          swap-probe-babar:
            x: {label: "m_{Z'} [GeV]", scale: log, range: [1.0e-1, 10]}
            y: {label: "g'", scale: log, range: [1.0e-4, 1]}
            data: {x: "m_Z'", x-unit: GeV, y: "g'", y-unit: "1"}
            series:
              - {name: babar-2016, from: "external:babar-2016"}

        """

    /// A temporary project: figures.yaml (with the probe figures) and external-limits/.
    static func makeProject() throws -> URL {
        var lines = try Repository.text("figures.yaml").components(separatedBy: "\n")
        let figures = try #require(lines.firstIndex(of: "figures:"), "figures.yaml has a top-level figures: section")
        lines.insert(probeFigures.trimmingCharacters(in: .newlines), at: figures + 1)
        return try FiguresProject.makeProject(configuration: lines.joined(separator: "\n"), prefix: "zprime-dataset-swap")
    }

    /// Runs the binary in `project` (also named with `--project`) and waits for it.
    static func figures(_ arguments: [String], in project: URL) throws -> ProcessOutput {
        try FiguresProject.run(arguments + ["--project", project.path], in: project)
    }

    /// A copy of a dataset file with every coupling doubled (the header kept), written into the project.
    static func doubledCopy(of file: String, to name: String, in project: URL) throws {
        let text = try String(contentsOf: project.appendingPathComponent(file), encoding: .utf8)
        var inBody = false
        let lines = text.components(separatedBy: "\n").map { line -> String in
            if line.hasPrefix("#") || line.isEmpty || line == "gap" { return line }
            if !inBody { inBody = true; return line }  // the CSV header line
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 2, let y = Double(fields[1]) else { return line }
            return "\(fields[0]),\(2 * y)"
        }
        try lines.joined(separator: "\n").write(to: project.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func swappingADatasetRebuildsExactlyTheFiguresThatReadIt() throws {
        let project = try Self.makeProject()
        defer { TemporaryDirectory.remove(project) }
        let targets = ["build", "swap-probe-belle", "swap-probe-babar"]

        let first = try Self.figures(targets, in: project)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.ran == ["swap-probe-babar", "swap-probe-belle"])
        let belleData = project.appendingPathComponent("out/data/swap-probe-belle.csv")
        let babarData = project.appendingPathComponent("out/data/swap-probe-babar.csv")
        let belleBefore = try Data(contentsOf: belleData), babarBefore = try Data(contentsOf: babarData)

        let again = try Self.figures(targets, in: project)
        #expect(again.ran.isEmpty && again.cached == ["swap-probe-babar", "swap-probe-belle"], "\(again.stdout)")

        try Self.doubledCopy(of: "external-limits/belle2-2020.csv", to: "belle2-doubled.csv", in: project)
        let swapped = try Self.figures(targets + ["--dataset", "belle2-2020=belle2-doubled.csv"], in: project)
        #expect(swapped.status == 0, "\(swapped.stdout)\(swapped.stderr)")
        #expect(swapped.ran == ["swap-probe-belle"], "\(swapped.stdout)")
        #expect(swapped.cached == ["swap-probe-babar"], "\(swapped.stdout)")
        #expect(try Data(contentsOf: belleData) != belleBefore)
        #expect(try Data(contentsOf: babarData) == babarBefore)
    }

    @Test func datasetsListsProvenanceAndHonoursSwaps() throws {
        let project = try Self.makeProject()
        defer { TemporaryDirectory.remove(project) }
        try Self.doubledCopy(of: "external-limits/belle2-2020.csv", to: "belle2-doubled.csv", in: project)

        let listing = try Self.figures(["datasets", "--dataset", "belle2-2020=belle2-doubled.csv"], in: project)
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.hasPrefix("4 external datasets\n"), "\(listing.stdout)")
        #expect(listing.stdout.contains("\nbelle2-2020\n  experiment: Belle II\n"), "\(listing.stdout)")
        #expect(listing.stdout.contains("  origin:     digitised by DarkCast"), "\(listing.stdout)")
        #expect(listing.stdout.contains("  file:       belle2-doubled.csv\n"), "\(listing.stdout)")
        #expect(listing.stdout.contains("  file:       external-limits/babar-2016.csv\n"), "\(listing.stdout)")
    }

    @Test func aMalformedSwappedDatasetIsAnErrorWithFileAndLine() throws {
        let project = try Self.makeProject()
        defer { TemporaryDirectory.remove(project) }
        let good = try String(contentsOf: project.appendingPathComponent("external-limits/belle2-2020.csv"), encoding: .utf8)
        var lines = good.components(separatedBy: "\n")
        let firstRow = try #require(lines.firstIndex(of: "x,y")) + 1
        lines[firstRow + 2] = "0.5,-3e-4"
        try lines.joined(separator: "\n").write(to: project.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let place = "bad.csv:\(firstRow + 3): column 'y'"

        let listing = try Self.figures(["datasets", "--dataset", "belle2-2020=bad.csv"], in: project)
        #expect(listing.status == 2)
        #expect(listing.stderr.contains(place), "\(listing.stderr)")

        // Checked when the project loads: a configuration error before any step runs.
        let build = try Self.figures(["build", "swap-probe-belle", "--dataset", "belle2-2020=bad.csv"], in: project)
        #expect(build.status == 2)
        #expect(build.ran.isEmpty, "\(build.stdout)")
        #expect(build.stderr.contains("cannot be read: \(place)"), "\(build.stderr)")
    }
}

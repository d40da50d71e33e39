import Foundation
import Testing

/// The real `figures` binary on a temporary copy of the project: swapping one dataset with
/// `--dataset` re-runs exactly the figures that read it, and `figures datasets` shows provenance.
@Suite("Dataset swap (end to end)", .serialized)
struct DatasetSwapTests {
    /// What one run of the binary printed and returned.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
        /// Names of steps the engine ran (`run     NAME: reason` lines).
        var ran: Set<String> { names(after: "run     ", upTo: ":") }
        /// Names of steps served from the cache (`cached  NAME` lines).
        var cached: Set<String> { names(after: "cached  ", upTo: nil) }

        private func names(after prefix: String, upTo terminator: Character?) -> Set<String> {
            Set(output.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix(prefix) else { return nil }
                let rest = line.dropFirst(prefix.count)
                return String(terminator.flatMap { rest.split(separator: $0).first } ?? rest)
            })
        }
    }

    /// The package root, from this file's path (Tests/EndToEndTests/DatasetSwapTests.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `figures` binary: next to the test bundle, else in the package's debug build directory.
    static func binary() throws -> URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("figures")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let debug = packageRoot.appendingPathComponent(".build/debug/figures")
        guard FileManager.default.isExecutableFile(atPath: debug.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "figures binary (build it: swift build --product figures)"])
        }
        return debug
    }

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
        let manager = FileManager.default
        let directory = manager.temporaryDirectory.appendingPathComponent("zprime-dataset-swap-\(UUID().uuidString)")
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try manager.copyItem(at: packageRoot.appendingPathComponent("external-limits"), to: directory.appendingPathComponent("external-limits"))
        let config = try String(contentsOf: packageRoot.appendingPathComponent("figures.yaml"), encoding: .utf8)
        var lines = config.components(separatedBy: "\n")
        let figures = try #require(lines.firstIndex(of: "figures:"), "figures.yaml has a top-level figures: section")
        lines.insert(probeFigures.trimmingCharacters(in: .newlines), at: figures + 1)
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// Runs the binary in `project` and waits for it.
    static func figures(_ arguments: [String], in project: URL) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments + ["--project", project.path]
        process.currentDirectoryURL = project
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
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
        defer { try? FileManager.default.removeItem(at: project) }
        let targets = ["build", "swap-probe-belle", "swap-probe-babar"]

        let first = try Self.figures(targets, in: project)
        #expect(first.status == 0, "\(first.output)\(first.errors)")
        #expect(first.ran == ["swap-probe-belle", "swap-probe-babar"])
        let belleData = project.appendingPathComponent("out/data/swap-probe-belle.csv")
        let babarData = project.appendingPathComponent("out/data/swap-probe-babar.csv")
        let belleBefore = try Data(contentsOf: belleData), babarBefore = try Data(contentsOf: babarData)

        let again = try Self.figures(targets, in: project)
        #expect(again.ran.isEmpty && again.cached == ["swap-probe-belle", "swap-probe-babar"], "\(again.output)")

        try Self.doubledCopy(of: "external-limits/belle2-2020.csv", to: "belle2-doubled.csv", in: project)
        let swapped = try Self.figures(targets + ["--dataset", "belle2-2020=belle2-doubled.csv"], in: project)
        #expect(swapped.status == 0, "\(swapped.output)\(swapped.errors)")
        #expect(swapped.ran == ["swap-probe-belle"], "\(swapped.output)")
        #expect(swapped.cached == ["swap-probe-babar"], "\(swapped.output)")
        #expect(try Data(contentsOf: belleData) != belleBefore)
        #expect(try Data(contentsOf: babarData) == babarBefore)
    }

    @Test func datasetsListsProvenanceAndHonoursSwaps() throws {
        let project = try Self.makeProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.doubledCopy(of: "external-limits/belle2-2020.csv", to: "belle2-doubled.csv", in: project)

        let listing = try Self.figures(["datasets", "--dataset", "belle2-2020=belle2-doubled.csv"], in: project)
        #expect(listing.status == 0, "\(listing.errors)")
        #expect(listing.output.hasPrefix("4 external datasets\n"), "\(listing.output)")
        #expect(listing.output.contains("\nbelle2-2020\n  experiment: Belle II\n"), "\(listing.output)")
        #expect(listing.output.contains("  origin:     digitised by DarkCast"), "\(listing.output)")
        #expect(listing.output.contains("  file:       belle2-doubled.csv\n"), "\(listing.output)")
        #expect(listing.output.contains("  file:       external-limits/babar-2016.csv\n"), "\(listing.output)")
    }

    @Test func aMalformedSwappedDatasetIsAnErrorWithFileAndLine() throws {
        let project = try Self.makeProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let good = try String(contentsOf: project.appendingPathComponent("external-limits/belle2-2020.csv"), encoding: .utf8)
        var lines = good.components(separatedBy: "\n")
        let firstRow = try #require(lines.firstIndex(of: "x,y")) + 1
        lines[firstRow + 2] = "0.5,-3e-4"
        try lines.joined(separator: "\n").write(to: project.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let place = "bad.csv:\(firstRow + 3): column 'y'"

        let listing = try Self.figures(["datasets", "--dataset", "belle2-2020=bad.csv"], in: project)
        #expect(listing.status == 2)
        #expect(listing.errors.contains(place), "\(listing.errors)")

        let build = try Self.figures(["build", "swap-probe-belle", "--dataset", "belle2-2020=bad.csv"], in: project)
        #expect(build.status == 1)
        #expect(build.output.contains("FAILED  swap-probe-belle: \(place)"), "\(build.output)")
    }
}

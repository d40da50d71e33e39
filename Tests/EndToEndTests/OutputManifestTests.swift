import Foundation
import Testing
import TestSupport

/// out/ tells the truth: out/MANIFEST records what produced each file, `figures list` says fresh only
/// when out/ holds what the current configuration produces, and a failed figure leaves no stale output.
@Suite("out/MANIFEST (end to end)", .serialized)
struct OutputManifestTests {
    static func run(_ arguments: [String], in project: URL) throws -> ProcessOutput {
        try FiguresProject.run(arguments + ["--project", project.path], in: project)
    }

    static func listLine(_ name: String, in project: URL, _ extra: [String] = []) throws -> String {
        let list = try run(["list"] + extra, in: project)
        return list.stdout.split(separator: "\n").first { $0.hasPrefix(name + " ") }.map(String.init) ?? ""
    }

    @Test func aSetBuildIsNotFreshForTheConfiguration() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-manifest")
        defer { TemporaryDirectory.remove(project) }
        #expect(try Self.run(["build", "efficiency"], in: project).status == 0)
        #expect(try Self.listLine("efficiency", in: project).hasSuffix("[figure] fresh"))
        let manifest = try String(contentsOf: project.appendingPathComponent("out/MANIFEST"), encoding: .utf8)
        #expect(manifest.hasPrefix("# format: manifest 1\n"))
        for path in ["data/efficiency.csv", "figures/efficiency.pdf", "figures/efficiency.svg", "figures/efficiency.png"] {
            #expect(manifest.contains("\n\(path)\tefficiency\t"), "\(manifest)")
        }

        let set = ["--set", "signal-efficiency.threshold_GeV=47"]
        #expect(try Self.run(["build", "efficiency"] + set, in: project).status == 0)
        // The cache still holds the configuration's figure, but out/ holds the --set one.
        #expect(
            try Self.listLine("efficiency", in: project)
                .hasSuffix("[figure] stale: out/ was built with --set signal-efficiency.threshold_GeV=47"))
        #expect(
            try Self.listLine("efficiency", in: project, set)
                .hasSuffix("[figure] fresh (built with --set signal-efficiency.threshold_GeV=47)"))
        let json = try Self.run(["list", "--json"], in: project)
        #expect(json.stdout.contains("\"status\" : \"stale: out/ was built with --set"), "\(json.stdout)")

        #expect(try Self.run(["build", "efficiency"], in: project).status == 0)
        #expect(try Self.listLine("efficiency", in: project).hasSuffix("[figure] fresh"))
    }

    @Test func aFailedFigureRemovesItsStaleOutputs() throws {
        let good = DatasetMeaningTests.transformProject.replacingOccurrences(of: "TRANSFORM", with: "")
        let project = try FiguresProject.makeProject(configuration: good, prefix: "zprime-manifest")
        defer { TemporaryDirectory.remove(project) }
        #expect(try Self.run(["build", "belle-probe"], in: project).status == 0)
        let data = project.appendingPathComponent("out/data/belle-probe.csv")
        #expect(FileManager.default.fileExists(atPath: data.path))

        // The same figure, now reading a column the dataset does not have: it fails when it runs.
        try good.replacingOccurrences(of: "TRANSFORM", with: "")
            .replacingOccurrences(of: "from: \"external:belle2-2020\"", with: "from: \"external:belle2-2020\", y: y_upper")
            .write(to: project.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        let failed = try Self.run(["build", "belle-probe"], in: project)
        #expect(failed.status == 1, "\(failed.stdout)\(failed.stderr)")
        #expect(failed.stderr.contains("removed out/data/belle-probe.csv"), "\(failed.stderr)")
        for file in ["data/belle-probe.csv", "figures/belle-probe.pdf", "figures/belle-probe.svg", "figures/belle-probe.png"] {
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/" + file).path), "\(file)")
        }
        let manifest = try String(contentsOf: project.appendingPathComponent("out/MANIFEST"), encoding: .utf8)
        #expect(!manifest.contains("belle-probe"), "\(manifest)")
        #expect(try Self.listLine("belle-probe", in: project).contains("[figure] stale"))
    }
}

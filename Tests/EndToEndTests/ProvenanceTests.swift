import Foundation
import Testing
import TestSupport

/// Every render says what it is and where it comes from (docs/PROVENANCE.md), and two clean builds
/// give the same bytes.
@Suite("Provenance in the renders (end to end)", .serialized)
struct ProvenanceTests {
    @Test func pdfSVGAndPNGCarryProvenanceAndAreReproducible() throws {
        var renders: [[String: Data]] = []
        for _ in 0..<2 {
            let project = try FiguresProject.makeProject(prefix: "zprime-provenance")
            defer { TemporaryDirectory.remove(project) }
            let build = try FiguresProject.run(["build", "efficiency", "--project", project.path], in: project)
            #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
            let outputs = try FiguresProject.outputs(of: project).filter { $0.key.hasPrefix("figures/efficiency.") }
            #expect(outputs.count == 3)
            renders.append(outputs)

            let info = try ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/pdfinfo"), arguments: [project.appendingPathComponent("out/figures/efficiency.pdf").path],
                in: project)
            #expect(info.status == 0, "\(info.stderr)")
            #expect(info.stdout.contains("Title:           ZPrimePaper figure efficiency\n"), "\(info.stdout)")
            #expect(info.stdout.contains("Creator:         ZPrimePaper "), "\(info.stdout)")
            let keywords = try #require(info.stdout.split(separator: "\n").first { $0.hasPrefix("Keywords:") })
            let key = try #require(keywords.firstMatch(of: #/action-key=([0-9a-f]{64})/#)).1
            #expect(info.stdout.contains("CreationDate:    Sat Jan  1 00:00:00 2000 UTC"), "a fixed date: \(info.stdout)")

            let svg = String(decoding: try #require(outputs["figures/efficiency.svg"]), as: UTF8.self)
            #expect(svg.contains("<metadata>") && svg.contains("action-key=\(key)"))
            let png = try #require(outputs["figures/efficiency.png"])
            #expect(png.range(of: Data("tEXtKeywords\u{0}figure=efficiency; action-key=\(key)".utf8)) != nil)
        }
        #expect(renders[0] == renders[1], "two clean builds give byte-identical renders")
    }

    @Test func explainPrintsTheTreeWithDatasetHashesAndWhatOutHolds() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-explain")
        defer { TemporaryDirectory.remove(project) }
        #expect(try FiguresProject.run(["build", "efficiency", "--project", project.path], in: project).status == 0)
        let explain = try FiguresProject.run(["explain", "efficiency", "--project", project.path], in: project)
        #expect(explain.status == 0, "\(explain.stderr)")
        let lines = explain.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("efficiency [figure v1] key ") && $0.hasSuffix(" — fresh") }, "\(explain.stdout)")
        #expect(lines.contains("  param series[0].from = \"signal-efficiency\""), "\(explain.stdout)")
        #expect(lines.contains { $0.hasPrefix("    signal-efficiency [efficiency v1] key ") }, "\(explain.stdout)")
        #expect(lines.contains("      param threshold_GeV = 50.0"), "\(explain.stdout)")
        #expect(lines.contains { $0.hasPrefix("  out/figures/efficiency.pdf: key ") }, "\(explain.stdout)")

        // A figure that reads a dataset: its file and sha256.
        let belle = try FiguresProject.run(["explain", "exclusion-vanilla", "--project", project.path], in: project)
        let pattern = #/dataset belle2-2020 = external-limits/belle2-2020\.csv sha256 ([0-9a-f]{64})/#
        let sha = try #require(belle.stdout.firstMatch(of: pattern))
        let sum = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/sha256sum"), arguments: ["external-limits/belle2-2020.csv"],
            in: project)
        #expect(sum.stdout.hasPrefix(String(sha.1) + " "), "\(sum.stdout) vs \(sha.1)")

        let unknown = try FiguresProject.run(["explain", "efficency", "--project", project.path], in: project)
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'efficiency'?"), "\(unknown.stderr)")
    }
}

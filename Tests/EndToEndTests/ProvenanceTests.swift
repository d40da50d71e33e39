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
}

import Foundation
import Testing
import TestSupport

@testable import Report

/// The pages as text: same model → same bytes, nothing loaded from outside, text escaped, the step
/// graph laid out by depth.
@Suite struct ReportSiteTests {
    static func model(caption: String = "A curve.", diff: ReportDiff? = nil) -> ReportModel {
        let step = ReportNode(
            name: "limits", section: "steps", kind: "limits", kindVersion: 2, key: String(repeating: "a", count: 64),
            code: String(repeating: "c", count: 64), parameters: [ReportParameter(path: "eot", value: "1e+13")],
            inputs: [ReportInput(role: "data", source: "external:babar", hashes: [String(repeating: "d", count: 64)])], seconds: 1.5)
        let figure = ReportNode(
            name: "exclusion", section: "figures", kind: "figure", kindVersion: 1, key: String(repeating: "b", count: 64),
            code: String(repeating: "e", count: 64), parameters: [],
            inputs: [ReportInput(role: "limits", source: "limits", hashes: [])], seconds: 0.02)
        let svg =
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10pt\" height=\"10pt\" viewBox=\"0 0 10 10\">"
            + "<defs><g id=\"glyph-0-1\"/></defs><use xlink:href=\"#glyph-0-1\"/></svg>"
        return ReportModel(
            project: "ZPrimePaper test", revision: "abc1234", overrides: [],
            figures: [ReportFigure(name: "exclusion", caption: caption, paper: "na64e-2024", figureNumber: "Fig. 4", svg: svg, files: [])],
            nodes: [step, figure],
            datasets: [ReportDataset(name: "babar", path: "external-limits/babar.csv", sha256: nil, header: [])], diff: diff)
    }

    @Test func sameModelSameBytes() {
        let diff = ReportDiff(baseline: "HEAD:out/data", beyondTolerance: true, inputChanges: ["x: 1 → 2."], figures: [], figureCount: 1)
        #expect(ReportSite.files(Self.model(diff: diff)) == ReportSite.files(Self.model(diff: diff)))
        #expect(ReportSite.files(Self.model(diff: diff)).keys.sorted() == ["diff.html", "index.html"])
        #expect(ReportSite.files(Self.model()).keys.sorted() == ["index.html"])
    }

    @Test func pagesLoadNothingFromOutside() throws {
        let page = try #require(String(data: ReportSite.files(Self.model()).values.first!, encoding: .utf8))
        for pattern in ["src=\"http", "href=\"http", "<link", "@import", "url(http", "<img src=\"http"] {
            #expect(!page.contains(pattern), "the page refers to an outside resource: \(pattern)")
        }
        #expect(page.contains("<style>") && page.contains("<script>"))
    }

    @Test func captionsAreEscapedAndBecomeTheImageName() throws {
        let page = try #require(String(data: ReportSite.files(Self.model(caption: "g < 1 & <b>bold</b>"))["index.html"]!, encoding: .utf8))
        #expect(page.contains("aria-label=\"g &lt; 1 &amp; &lt;b&gt;bold&lt;/b&gt;\""))
        #expect(!page.contains("<b>bold</b>"))
        // The inlined SVG's ids are prefixed so that two figures' glyph ids cannot collide.
        #expect(page.contains("id=\"g-exclusion-glyph-0-1\"") && page.contains("xlink:href=\"#g-exclusion-glyph-0-1\""))
        #expect(!page.contains("<?xml"))
    }

    @Test func graphColumnsFollowDepth() {
        let layout = StepGraphLayout(nodes: Self.model().nodes, datasets: ["babar"])
        #expect(layout.boxes.map(\.name) == ["external:babar", "limits", "exclusion"])
        #expect(layout.boxes.map(\.column) == [0, 1, 2])
        #expect(layout.edges.count == 2)
        #expect(layout.svg == StepGraphLayout(nodes: Self.model().nodes, datasets: ["babar"]).svg)
    }

    @Test func durationsAreReadable() {
        #expect(ReportSite.duration(0.0123) == "12 ms")
        #expect(ReportSite.duration(61.456) == "61.46 s")
        #expect(ReportSite.duration(nil) == "—")
    }
}

/// The site written by the real binary: `figures report` twice gives the same bytes, and the same as
/// `figures all` wrote; `--no-report` writes none.
@Suite struct ReportDeterminismTests {
    @Test func sameInputsGiveTheSameSite() throws {
        let project = try FiguresProject.makeProject(configuration: ReportProject.configuration, prefix: "figures-report-bytes")
        defer { TemporaryDirectory.remove(project) }
        let build = try FiguresProject.run(["all", "--jobs", "1", "--quiet"], in: project)
        try #require(build.status == 0, "\(build.stderr)")
        let index = project.appendingPathComponent("out/report/index.html")
        let written = try Data(contentsOf: index)
        let report = try FiguresProject.run(["report"], in: project)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try Data(contentsOf: index) == written, "figures report rewrote the page figures all wrote with other bytes")
        try FileManager.default.removeItem(at: index)
        _ = try FiguresProject.run(["report"], in: project)
        #expect(try Data(contentsOf: index) == written)
        // --no-report writes none.
        try FileManager.default.removeItem(at: project.appendingPathComponent("out/report"))
        let quiet = try FiguresProject.run(["all", "--quiet", "--no-report"], in: project)
        #expect(quiet.status == 0)
        #expect(!FileManager.default.fileExists(atPath: index.path))
        let text = String(decoding: written, as: UTF8.self)
        for figure in ReportProject.figures { #expect(text.contains("data-figure=\"\(figure)\"")) }
    }
}

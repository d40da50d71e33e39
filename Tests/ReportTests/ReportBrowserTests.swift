import Foundation
import Testing
import TestSupport

/// The report in a real browser: headless Chromium opens the pages from file:// (no server), and the
/// tests read the DOM after the scripts ran, compare screenshots with golden PNGs and look for script
/// and console errors. Without Chromium they are skipped with a notice; with CI=true they run (and fail
/// if the browser is missing).
@Suite(.enabled(if: Chromium.testsRun, Comment(rawValue: Chromium.skipNotice)))
struct ReportBrowserTests {
    @Test func indexShowsEveryFigureWithItsProvenance() throws {
        let (project, page) = try ReportProject.page("index.html")
        let run = try Chromium.dumpDOM(page, in: project)
        let dom = run.stdout
        for figure in ReportProject.figures {
            #expect(dom.contains("data-figure=\"\(figure)\""), "figure \(figure) is missing from the gallery")
            #expect(dom.contains("id=\"node-\(figure)\""), "figure \(figure) has no provenance entry")
        }
        // Every figure's image is inline SVG with the caption as its accessible name.
        #expect(dom.contains("aria-label=\"The downstream signal efficiency against the energy left in the calorimeter.\""))
        #expect(dom.components(separatedBy: "class=\"plot\"").count - 1 == ReportProject.figures.count)
        #expect(dom.contains("Fig. 2") && dom.contains("na64e-2022"))
        // Provenance fields: revision, overrides, action keys, code fingerprints, parameters, inputs.
        for field in ["id=\"revision\"", "id=\"overrides\"", "Action key", "Code fingerprint", "threshold_GeV", "--set signal-efficiency"] {
            #expect(dom.contains(field), "no \(field) in index.html")
        }
        #expect(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\""), "no step graph")
        #expect(dom.contains("href=\"diff.html\""), "no link to the diff page")
        try expectNoErrors(dom: dom, run: run)
    }

    @Test func diffPageListsTheChangedFigureAndSeries() throws {
        let (project, page) = try ReportProject.page("diff.html")
        let run = try Chromium.dumpDOM(page, in: project)
        let dom = run.stdout
        #expect(dom.contains("class=\"changed\" id=\"diff-efficiency\""), "the changed figure has no section")
        #expect(dom.contains("<tr data-series=\"efficiency\">"), "the changed series is not in the table of changes")
        #expect(!dom.contains("id=\"diff-pi-q2\"") && !dom.contains("id=\"diff-thermal\""), "an unchanged figure is listed as changed")
        #expect(dom.contains("1 of 3 figures changed"))
        #expect(dom.contains("--set signal-efficiency.threshold_GeV=47"), "the override in force is not named")
        // Overlay, before and after images, and the slider that compares the last two.
        #expect(dom.contains("id=\"diff-efficiency-overlay\"") && dom.contains("class=\"before\"") && dom.contains("class=\"after\""))
        #expect(dom.contains("type=\"range\""))
        // The script set the slider's clip on load.
        #expect(dom.contains("clip-path: inset(0px 0px 0px 50%)"), "the before/after slider was not initialised")
        try expectNoErrors(dom: dom, run: run)
    }

    /// Golden screenshots: the index at desktop and phone width, the diff page at desktop width.
    @Test(arguments: [
        ("index.html", 1280, "index-1280"), ("index.html", 390, "index-390"), ("diff.html", 1280, "diff-1280"),
        ("diff.html", 390, "diff-390")
    ])
    func screenshotMatchesGolden(page name: String, width: Int, golden: String) throws {
        let (project, page) = try ReportProject.page(name)
        let (png, run) = try Chromium.screenshot(page, width: width, height: 1200, in: project)
        #expect(run.consoleErrors.isEmpty, "console errors: \(run.consoleErrors)")
        try GoldenScreenshots.compare(png, name: golden)
    }

    func expectNoErrors(dom: String, run: Chromium.Run) throws {
        #expect(dom.contains("data-script=\"ran\""), "the page script did not run to its end")
        #expect(dom.contains("<pre id=\"script-errors\" hidden=\"\"></pre>"), "script errors were caught: \(dom.suffix(600))")
        #expect(run.consoleErrors.isEmpty, "console errors: \(run.consoleErrors)")
    }
}

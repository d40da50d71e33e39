import Foundation
import Testing
import TestSupport
@testable import Plot

/// Runs a poppler tool on PDF bytes and returns its standard output. poppler-utils is one of the
/// packages `scripts/install-system-packages` installs, so a missing tool fails the test (no skip).
private func runPoppler(_ name: String, pdf: Data) throws -> String {
    let tool = try #require(
        ProcessRunner.executable(among: ["/usr/bin/\(name)", "/usr/local/bin/\(name)"]),
        "\(name) not found: install poppler-utils (scripts/install-system-packages)")
    let directory = try TemporaryDirectory.make(prefix: "plot-test")
    defer { TemporaryDirectory.remove(directory) }
    let file = directory.appendingPathComponent("figure.pdf")
    try pdf.write(to: file)
    let output = try ProcessRunner.run(tool, arguments: [file.path] + (name == "pdftotext" ? ["-"] : []))
    #expect(output.status == 0, "\(name): \(output.stderr)")
    return output.stdout
}

@Test func pdfEmbedsSubsetLatinModernFontsOnly() throws {
    let rendered = try FigureRenderer.render(SampleFigures.exclusion())
    let listing = try runPoppler("pdffonts", pdf: rendered.pdf)
    // pdffonts prints two header lines, then one line per font: name type encoding emb sub uni object.
    let fonts = listing.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty)
    for line in fonts {
        #expect(line.contains("LMRoman") || line.contains("LatinModernMath"), "unexpected font: \(line)")
        let columns = line.split(separator: " ", omittingEmptySubsequences: true)
        // The "emb" and "sub" columns are the 4th and 3rd from the end ("yes yes yes 12 0").
        #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(line)")
        #expect(columns.count >= 5 && columns[columns.count - 4] == "yes", "not subset: \(line)")
    }
    #expect(fonts.contains { $0.contains("LMRoman") })
}

@Test func pdfContainsAxisTitlesLegendAndTickLabels() throws {
    let rendered = try FigureRenderer.render(SampleFigures.exclusion())
    let text = try runPoppler("pdftotext", pdf: rendered.pdf)
    for expected in ["[GeV]", "BaBar", "NA64e", "2016–2022", "EOT"] {
        #expect(text.contains(expected), "missing \"\(expected)\" in: \(text)")
    }
    // True minus signs in exponents, not hyphens.
    #expect(text.contains("−3"))
}

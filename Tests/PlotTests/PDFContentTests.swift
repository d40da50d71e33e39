import Foundation
import Testing
@testable import Plot

/// Path of a poppler tool, or nil when poppler-utils is not installed.
private func popplerTool(_ name: String) -> String? {
    ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a poppler tool on PDF bytes and returns its standard output.
private func runPoppler(_ tool: String, arguments: [String], pdf: Data) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("plot-test-\(UUID().uuidString).pdf")
    try pdf.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments + [file.path] + (tool.hasSuffix("pdftotext") ? ["-"] : [])
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}

@Test(.enabled(if: popplerTool("pdffonts") != nil, "poppler-utils (pdffonts) is not installed: font embedding not checked"))
func pdfEmbedsSubsetLatinModernFontsOnly() throws {
    let rendered = try FigureRenderer.render(SampleFigures.exclusion())
    let listing = try runPoppler(try #require(popplerTool("pdffonts")), arguments: [], pdf: rendered.pdf)
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

@Test(.enabled(if: popplerTool("pdftotext") != nil, "poppler-utils (pdftotext) is not installed: PDF text not checked"))
func pdfContainsAxisTitlesLegendAndTickLabels() throws {
    let rendered = try FigureRenderer.render(SampleFigures.exclusion())
    let text = try runPoppler(try #require(popplerTool("pdftotext")), arguments: [], pdf: rendered.pdf)
    for expected in ["[GeV]", "BaBar", "NA64e", "2016–2022", "EOT"] {
        #expect(text.contains(expected), "missing \"\(expected)\" in: \(text)")
    }
    // True minus signs in exponents, not hyphens.
    #expect(text.contains("−3"))
}

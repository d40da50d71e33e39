import Foundation
import Testing
@testable import Plot

/// Renders the samples and writes them to a folder for eyeballing (PLOT_SAMPLE_DIR, default a temp folder).
@Test func samplesRenderAndAreWrittenForInspection() throws {
    let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PLOT_SAMPLE_DIR"] ?? NSTemporaryDirectory())
        .appendingPathComponent("plot-samples")
    for (name, figure) in [("exclusion", SampleFigures.exclusion()), ("re-im", SampleFigures.reIm())] {
        let rendered = try FigureRenderer.render(figure)
        #expect(rendered.pdf.starts(with: Array("%PDF".utf8)))
        #expect(rendered.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(String(decoding: rendered.svg.prefix(200), as: UTF8.self).contains("<svg"))
        try rendered.write(to: directory, name: name)
    }
}

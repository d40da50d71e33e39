import Foundation
import Testing
@testable import Plot

@Test func sameDescriptionGivesSameBytesInPDFSVGAndPNG() throws {
    let first = try FigureRenderer.render(SampleFigures.exclusion())
    // Another figure in between advances Cairo's process-global surface counter.
    _ = try FigureRenderer.render(SampleFigures.reIm())
    let second = try FigureRenderer.render(SampleFigures.exclusion())
    #expect(first.pdf == second.pdf)
    #expect(first.svg == second.svg)
    #expect(first.png == second.png)
}

@Test func concurrentRenderingMatchesSequentialRendering() async throws {
    let figures = [SampleFigures.exclusion(), SampleFigures.reIm(), SampleFigures.exclusion(), SampleFigures.reIm()]
    let sequential = try figures.map { try FigureRenderer.render($0) }
    let concurrent = try await withThrowingTaskGroup(of: (Int, RenderedFigure).self) { group in
        for (index, figure) in figures.enumerated() {
            group.addTask { (index, try FigureRenderer.render(figure)) }
        }
        var results: [Int: RenderedFigure] = [:]
        for try await (index, rendered) in group { results[index] = rendered }
        return results
    }
    for index in figures.indices {
        #expect(concurrent[index] == sequential[index])
    }
}

@Test func pdfDateIsFixedOrTakenFromSourceDateEpoch() throws {
    #expect(RenderOptions.reproducibleDate(environment: [:]) == "2000-01-01T00:00:00Z")
    #expect(RenderOptions.reproducibleDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == "2023-11-14T22:13:20Z")
    let rendered = try FigureRenderer.render(SampleFigures.reIm(), options: RenderOptions(pdfDate: "2023-11-14T22:13:20Z"))
    let text = String(decoding: rendered.pdf, as: UTF8.self)
    // cairo 1.16 writes the date without the "D:" prefix.
    #expect(text.contains("/CreationDate (20231114221320"))
}

@Test func svgIdentifiersAreRenumberedInOrderOfAppearance() {
    let svg = Array(##"<g id="surface42"><use xlink:href="#surface42"/><g id="surface7"/><path id="glyph0-1"/>"##.utf8)
    let normalized = String(decoding: SVGIdentifiers.normalized(svg), as: UTF8.self)
    #expect(normalized == ##"<g id="surface1"><use xlink:href="#surface1"/><g id="surface2"/><path id="glyph0-1"/>"##)
}

@Test func preparedFontsAndPooledPixelsLeaveRendersUnchanged() throws {
    let before = try FigureRenderer.render(SampleFigures.exclusion())
    // The next render borrows the prepared font map and a pixel buffer a previous render painted.
    FigureRenderer.prepareFonts(pngResolution: 300)
    _ = try FigureRenderer.render(SampleFigures.reIm())
    let after = try FigureRenderer.render(SampleFigures.exclusion())
    #expect(after == before)
}

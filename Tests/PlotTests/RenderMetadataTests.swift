import Foundation
import Testing

@testable import Plot

/// Document metadata in every format: PDF Info, SVG `<metadata>`, PNG `tEXt` (valid chunks).
@Suite("Render metadata")
struct RenderMetadataTests {
    @Test func pngChunkCRCIsTheStandardOne() {
        // The CRC of the IEND chunk type, which every PNG ends with: AE 42 60 82.
        #expect(PNGEncoder.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func pngTextChunksFollowIHDRAndKeepThePicture() throws {
        let figure = PlotFigure(xAxis: PlotAxis(label: "x", range: AxisRange(0, 1)), yAxis: PlotAxis(label: "y", range: AxisRange(0, 1)))
        let plain = try FigureRenderer.render(figure, options: RenderOptions(pngResolution: 72))
        let metadata = RenderMetadata(title: "T", subject: "S & <more>", keywords: "action-key=abc", creator: "C")
        let tagged = try FigureRenderer.render(figure, options: RenderOptions(pngResolution: 72, metadata: metadata))
        let png = [UInt8](tagged.png)
        let chunk = Array("tEXtKeywords\u{0}action-key=abc".utf8)
        // Signature and IHDR end at byte 33; a chunk is length (4) + type (4) + data + CRC (4). Title
        // ("Title\0T", 7 bytes) and Description ("Description\0S & <more>", 22 bytes) come first.
        #expect(png.firstRange(of: chunk)?.lowerBound == 33 + (12 + 7) + (12 + 22) + 4)
        // Keywords: 23 bytes of data, Software ("Software\0C"): 10.
        #expect(png.count == plain.png.count + (12 + 7) + (12 + 22) + (12 + 23) + (12 + 10))
        let svg = String(decoding: tagged.svg, as: UTF8.self)
        #expect(svg.contains("<dc:description>S &amp; &lt;more&gt;</dc:description>"))
        #expect(svg.contains("<dc:subject>action-key=abc</dc:subject>"))
        #expect(!String(decoding: plain.svg, as: UTF8.self).contains("<metadata>"))
        let pdf = String(decoding: tagged.pdf, as: UTF8.self)
        #expect(pdf.contains("/Keywords (action-key=abc)"))
        #expect(pdf.contains("/Creator (C)"))
    }
}

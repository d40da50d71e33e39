import Foundation
import Testing
@testable import Plot

/// Golden PNG previews. Refresh with `PLOT_RECORD_GOLDEN=1 swift test --filter PlotTests`: the images are
/// then written into Tests/PlotTests/Golden (the source folder) and the test fails on purpose, so a
/// recording run is never mistaken for a passing one; run again without the variable to compare.
///
/// Tolerance: a channel may differ by up to 24/255 and at most 0.2% of the pixels may exceed that.
/// On one machine the bytes are identical (checked by the determinism tests); the slack absorbs
/// anti-aliasing differences between pixman/cairo builds (SIMD paths round edge coverage differently,
/// which moves single edge pixels by a few levels) while a shifted label, a missing curve or a changed
/// colour changes far more than 0.2% of the pixels (a 1 pt shift of one tick label alone is ~0.3%).
private let channelTolerance = 24
private let outlierFraction = 0.002

private let goldenSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

private func goldenFigure(_ name: String) -> PlotFigure {
    switch name {
    case "exclusion": return SampleFigures.exclusion()
    default: return SampleFigures.reIm()
    }
}

@Test(arguments: ["exclusion", "re-im"])
func previewMatchesGoldenImage(name: String) throws {
    // 150 dpi keeps the committed images small; the layout is resolution independent.
    let rendered = try FigureRenderer.render(goldenFigure(name), options: RenderOptions(pngResolution: 150))
    let fileName = "\(name).png"
    if ProcessInfo.processInfo.environment["PLOT_RECORD_GOLDEN"] == "1" {
        try rendered.png.write(to: goldenSource.appendingPathComponent(fileName))
        Issue.record("recorded \(fileName) into Tests/PlotTests/Golden; nothing was compared (unset PLOT_RECORD_GOLDEN)")
        return
    }
    let goldenURL = try #require(
        Bundle.module.url(forResource: fileName, withExtension: nil, subdirectory: "Golden"),
        "no golden image \(fileName): record with PLOT_RECORD_GOLDEN=1")
    let golden = try PNGPixels(png: Data(contentsOf: goldenURL))
    let actual = try PNGPixels(png: rendered.png)
    try #require(
        actual.width == golden.width && actual.height == golden.height && actual.bytes.count == golden.bytes.count,
        "\(name): \(actual.width)×\(actual.height) rendered, \(golden.width)×\(golden.height) golden")
    var outliers = 0
    for index in stride(from: 0, to: actual.bytes.count, by: 4) {
        let differs = (0..<4).contains { abs(Int(actual.bytes[index + $0]) - Int(golden.bytes[index + $0])) > channelTolerance }
        if differs { outliers += 1 }
    }
    let fraction = Double(outliers) / Double(actual.width * actual.height)
    #expect(fraction <= outlierFraction, "\(name): \(outliers) pixels differ beyond \(channelTolerance)/255")
}

@Test func goldenComparisonDetectsAChangedFigure() throws {
    // Guards the comparison itself: a different figure must exceed the tolerance.
    let first = try PNGPixels(png: FigureRenderer.render(SampleFigures.reIm(), options: RenderOptions(pngResolution: 150)).png)
    var changed = SampleFigures.reIm()
    changed.series[0].style.dash = .dotted
    let second = try PNGPixels(png: FigureRenderer.render(changed, options: RenderOptions(pngResolution: 150)).png)
    var outliers = 0
    for index in stride(from: 0, to: first.bytes.count, by: 4) where first.bytes[index] != second.bytes[index] {
        if abs(Int(first.bytes[index]) - Int(second.bytes[index])) > channelTolerance { outliers += 1 }
    }
    #expect(Double(outliers) / Double(first.width * first.height) > outlierFraction)
}

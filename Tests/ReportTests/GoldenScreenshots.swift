import Foundation
import Testing

/// Golden screenshots of the report. Record with `REPORT_RECORD_GOLDEN=1 swift test --filter ReportTests`:
/// the PNGs are written into Tests/ReportTests/Golden (the source folder) and the test fails on purpose,
/// so a recording run never passes as a comparison; run again without the variable.
///
/// Tolerance: a channel may differ by up to 40/255 on at most 0.5 % of the pixels. On one machine the
/// screenshots are identical run to run; the slack absorbs glyph anti-aliasing differences between
/// Chromium and FreeType builds (text edges move by a few levels) while a missing figure, a moved block
/// or a wrapped heading changes several percent of a 1280×1200 viewport (one line of body text alone is
/// about 1 %).
enum GoldenScreenshots {
    static let channelTolerance = 40
    static let outlierFraction = 0.005
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func compare(_ png: Data, name: String) throws {
        let file = "\(name).png"
        if ProcessInfo.processInfo.environment["REPORT_RECORD_GOLDEN"] == "1" {
            try png.write(to: source.appendingPathComponent(file))
            Issue.record("recorded \(file) into Tests/ReportTests/Golden; nothing was compared (unset REPORT_RECORD_GOLDEN)")
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Golden"),
            "no golden screenshot \(file): record with REPORT_RECORD_GOLDEN=1")
        let golden = try PNGImage(data: Data(contentsOf: url))
        let image = try PNGImage(data: png)
        let fraction = image.differingFraction(from: golden, channelTolerance: channelTolerance)
        let percent = String(format: "%.2f", fraction * 100)
        let sizes = "\(image.width)×\(image.height) against \(golden.width)×\(golden.height)"
        #expect(fraction <= outlierFraction, "\(name): \(percent) % of the pixels differ beyond \(channelTolerance)/255 (\(sizes))")
    }

}

/// The comparison itself can fail: two different pages are far beyond the tolerance.
@Test func goldenComparisonTellsPagesApart() throws {
    let index = try #require(Bundle.module.url(forResource: "index-1280.png", withExtension: nil, subdirectory: "Golden"))
    let diff = try #require(Bundle.module.url(forResource: "diff-1280.png", withExtension: nil, subdirectory: "Golden"))
    let first = try PNGImage(data: Data(contentsOf: index)), second = try PNGImage(data: Data(contentsOf: diff))
    #expect(first.width == 1280 && first.height == 1200)
    #expect(first.differingFraction(from: second, channelTolerance: GoldenScreenshots.channelTolerance) > GoldenScreenshots.outlierFraction)
    #expect(first.differingFraction(from: first, channelTolerance: 0) == 0)
}

import Foundation
import BuildEngine
import DataFormats
import Plot
import Testing
@testable import Figures

/// The before/after plot of `figures diff`.
@Suite struct DiffOverlayTests {
    static func data(_ values: [String: [Double]]) -> FigureData {
        FigureData(
            figure: "exclusion-vanilla", x: FigureDataAxis(label: "m_Z'", unit: "GeV"),
            y: FigureDataAxis(label: "g_Z' (90% CL upper limit; g-2 band: 2 sigma edges)", unit: "1"),
            notes: [],
            series: values.keys.sorted().map { name in
                FigureDataSeries(
                    name: name,
                    points: values[name]!.enumerated().map { FigureDataPoint(x: 0.001 * pow(10, Double($0.offset)), y: $0.element) })
            })
    }

    @Test func changedSeriesAreColouredAndUnchangedOnesAreGreyContext() throws {
        let before = Self.data(["limit": [1e-4, 1e-3, 1e-2, 0.1], "band": [2e-4, 3e-4, 4e-4, 5e-4]])
        let after = Self.data(["limit": [1.1e-4, 1e-3, 1e-2, 0.1], "band": [2e-4, 3e-4, 4e-4, 5e-4]])
        let plot = DiffOverlay.figure(baseline: before, candidate: after, changed: ["limit"])
        #expect(plot.series.map(\.name) == ["band", "limit-baseline", "limit"])
        #expect(plot.series[0].legend == nil && plot.series[0].style.color == .rgb(RGBColor(red: 0.75, green: 0.75, blue: 0.75)))
        #expect(plot.series[1].style.dash == .dashed && plot.series[1].legend == nil)
        #expect(plot.series[2].style.dash == .solid && plot.series[2].legend == "limit")
        #expect(plot.xAxis.scale == .log)
        // The long data header is cut to the quantity and its unit, so the rotated title fits.
        #expect(plot.yAxis.label == "g\\_Z' [1]")
        #expect(plot.labels.map(\.text) == ["dashed: baseline, solid: new; grey: unchanged"])
        let rendered = try DiffOverlay.render(baseline: before, candidate: after, changed: ["limit"])
        #expect(rendered.pdf.starts(with: Data("%PDF".utf8)) && rendered.png.count > 1000)
    }
}

import Foundation
import Testing
@testable import Plot

/// Panels stacked on one page (a plot with a ratio panel under it): one plot column, x labels only
/// at the bottom, the page as tall as the panels together.
@Suite struct StackedPanelTests {
    static func panels() -> [PlotFigure] {
        let main = SampleFigures.exclusion()
        // A narrow y axis (one-digit tick labels) under the exclusion plot's wide log labels.
        let ratio = PlotFigure(
            size: PlotSize(width: main.size.width, height: 80), xAxis: main.xAxis, yAxis: PlotAxis(label: "ratio", range: AxisRange(0, 2)),
            series: [PlotSeries(name: "ratio", x: [1e-3, 1], y: [1, 1.5])], style: main.style)
        return [main, ratio]
    }

    @Test func panelsShareOneColumnAndOnlyTheLastLabelsX() throws {
        let panels = Self.panels()
        let measurer = try PangoTextMeasurer(style: panels[0].style)
        let page = try FigureRenderer.stackedScene(panels, measurer: measurer)
        #expect(page.height == panels[0].size.height + 80 && page.width == panels[0].size.width)
        // Each panel alone: the ratio panel's narrower y labels would give it a wider plot area.
        let alone = try panels.map { try FigureRenderer.scene(for: $0).plotArea }
        #expect(alone[0].minX != alone[1].minX)
        // Stacked: every x tick label is below the upper panel, and the frames share their left and right edges.
        #expect(!page.xTickLabels.isEmpty)
        for label in page.xTickLabels { #expect(label.bounds.minY > panels[0].size.height) }
        // The frames: closed axis-aligned rectangles wider than half the page (the legend box is narrower).
        let frames = page.items.compactMap { item -> [ScenePoint]? in
            guard case .stroke(let lines, _) = item, lines.count == 1, let line = lines.first, line.count == 5,
                Set(line.map(\.x)).count == 2, Set(line.map(\.y)).count == 2,
                line.map(\.x).max()! - line.map(\.x).min()! > page.width / 2
            else { return nil }
            return line
        }
        try #require(frames.count == 2, "one closed frame per panel")
        #expect(frames[0].map(\.x).min() == frames[1].map(\.x).min() && frames[0].map(\.x).max() == frames[1].map(\.x).max())
        #expect(frames[1].map(\.y).min()! > panels[0].size.height)
    }

    @Test func panelsOfOtherWidthsAreRefused() throws {
        var panels = Self.panels()
        panels[1].size.width += 1
        #expect(throws: PlotError.self) { try FigureRenderer.renderStacked(panels) }
    }
}

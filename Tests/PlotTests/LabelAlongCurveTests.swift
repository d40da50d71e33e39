import Foundation
import Testing
@testable import Plot

/// Labels anchored `along:` a series or region: placed on the curve at their x, turned to its slope on
/// the page, so a curve that moves carries its label.
@Suite("Labels along a curve")
struct LabelAlongCurveTests {
    /// A log-log figure with one power law y = scale · x (slope 1 in decades) and a label on it.
    static func figure(scale: Double, exponent: Double = 1, label: PlotLabel, asRegion: Bool = false) -> PlotFigure {
        let x = (0...20).map { pow(10, -3 + Double($0) * 0.15) }
        let y = x.map { scale * pow($0, exponent) }
        var figure = PlotFigure(
            size: PlotSize(width: 240, height: 180),
            xAxis: PlotAxis(scale: .log, range: AxisRange(1e-3, 1)), yAxis: PlotAxis(scale: .log, range: AxisRange(1e-6, 1)),
            labels: [label])
        if asRegion {
            figure.regions = [PlotRegion(name: "limit", shape: .toEdge(PlotCurve(x: x, y: y), .top))]
        } else {
            figure.series = [PlotSeries(name: "limit", x: x, y: y)]
        }
        return figure
    }

    static func text(_ label: String, in figure: PlotFigure) throws -> SceneText {
        let scene = try FigureRenderer.scene(for: figure)
        let texts = scene.items.compactMap { item -> SceneText? in
            if case .text(let text) = item, text.box.runs.first?.text == label { return text }
            return nil
        }
        return try #require(texts.first)
    }

    /// The curve moves up by a decade: the label moves up by the page length of a decade, keeps its x
    /// and its angle (the same slope).
    @Test func aMovedCurveCarriesItsLabel() throws {
        let label = PlotLabel("NA64", x: 0.03, alongSeries: "limit", offset: 2)
        let before = try Self.text("NA64", in: Self.figure(scale: 1e-4, label: label))
        let after = try Self.text("NA64", in: Self.figure(scale: 1e-3, label: label))
        let scene = try FigureRenderer.scene(for: Self.figure(scale: 1e-4, label: label))
        let decade = scene.plotArea.height / 6
        // Rounding only: the two placements differ by an exact shift of the same geometry.
        #expect(abs((before.origin.y - after.origin.y) - decade) < 1e-9)
        #expect(abs(before.origin.x - after.origin.x) < 1e-9)
        #expect(abs(before.angle - after.angle) < 1e-9)
        // Slope 1 in decades: tan(angle) = (page length of a y decade) / (page length of an x decade).
        let expected = atan2(scene.plotArea.height / 6, scene.plotArea.width / 3)
        #expect(abs(before.angle - expected) < 1e-9)
    }

    /// A steeper curve turns the label with it.
    @Test func theAngleFollowsTheSlope() throws {
        let label = PlotLabel("NA64", x: 0.03, alongSeries: "limit")
        let flat = try Self.text("NA64", in: Self.figure(scale: 1e-4, exponent: 0.5, label: label))
        let steep = try Self.text("NA64", in: Self.figure(scale: 1e-4, exponent: 1.5, label: label))
        #expect(steep.angle > flat.angle + 0.2)
    }

    /// A region's edge works as well as a series, and for a region drawn in pieces (`NAME#0`, `NAME#1`,
    /// a dataset with a gap) the label sits on the piece that spans its x; in the gap it is an error.
    @Test func aRegionInPiecesIsFollowedPieceByPiece() throws {
        let label = PlotLabel("BaBar", x: 0.3, alongSeries: "babar")
        var figure = Self.figure(scale: 1e-4, label: label, asRegion: true)
        figure.regions = [
            PlotRegion(name: "babar#0", shape: .toEdge(PlotCurve(x: [0.01, 0.1], y: [1e-3, 1e-3]), .top)),
            PlotRegion(name: "babar#1", shape: .toEdge(PlotCurve(x: [0.2, 0.5], y: [1e-2, 1e-2]), .top))
        ]
        let scene = try FigureRenderer.scene(for: figure)
        let text = try Self.text("BaBar", in: figure)
        // On the second piece: flat at 10⁻² (4 decades above the bottom at 10⁻⁶), so no rotation.
        #expect(abs(text.angle) < 1e-9)
        let pageY = scene.plotArea.maxY - scene.plotArea.height * 4 / 6
        // The text's baseline sits on the curve (offset 0); 1e-9 for rounding.
        #expect(abs(text.origin.y - pageY) < 1e-9)
        figure.labels = [PlotLabel("BaBar", x: 0.15, alongSeries: "babar")]
        #expect(throws: PlotError.self) { try FigureRenderer.scene(for: figure) }
    }
}

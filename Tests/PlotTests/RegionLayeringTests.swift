import Foundation
import Testing
@testable import Plot

/// Opaque regions drawn back to front: a fill colour apart from the edge colour (`fill-color`), and every edge
/// after every fill (`region-edges: after-fills`), so a later opaque fill hides no earlier limit curve.
@Suite struct RegionLayeringTests {
    static let edge = RGBColor(hex: "#D62728")!, pale = RGBColor(hex: "#F7C6C6")!

    /// Two overlapping regions toward the top edge, the second in front.
    static func figure(edges: RegionEdgeOrder) -> PlotFigure {
        let x = [0.0, 1.0]
        return PlotFigure(
            xAxis: PlotAxis(range: AxisRange(0, 1)), yAxis: PlotAxis(range: AxisRange(0, 1)),
            regions: [
                PlotRegion(
                    name: "back", shape: .toEdge(PlotCurve(x: x, y: [0.6, 0.6]), .top),
                    style: SeriesStyle(color: .rgb(edge), width: 1, fillOpacity: 1, fillColor: .rgb(pale))),
                PlotRegion(
                    name: "front", shape: .toEdge(PlotCurve(x: x, y: [0.3, 0.3]), .top),
                    style: SeriesStyle(color: .palette(0), width: 1, fillOpacity: 1))
            ],
            style: PlotStyle(regionEdges: edges))
    }

    /// Indices of the region fills and of the region edge strokes (strokes inside the plot-area clip).
    static func layers(_ scene: Scene) throws -> (fills: [Int], edges: [Int]) {
        let clipEnd = try #require(scene.items.firstIndex(of: .popClip))
        var fills: [Int] = [], edges: [Int] = []
        for (index, item) in scene.items.enumerated() where index < clipEnd {
            if case .fill = item { fills.append(index) }
            if case .stroke = item { edges.append(index) }
        }
        return (fills, edges)
    }

    @Test func fillColourIsApartFromTheEdgeColour() throws {
        let scene = try FigureRenderer.scene(for: Self.figure(edges: .withFill))
        let colours = scene.items.compactMap { item -> RGBColor? in
            if case .fill(_, let color, let opacity) = item, opacity == 1 { return color }
            return nil
        }
        #expect(colours.first == Self.pale, "the back region is filled pale")
        let strokes = scene.items.compactMap { item -> RGBColor? in if case .stroke(_, let style) = item { style.color } else { nil } }
        #expect(strokes.contains(Self.edge), "its edge keeps the strong colour")
        #expect(!colours.contains(Self.edge))
    }

    @Test func edgesAfterFillsComeAfterEveryFill() throws {
        let together = try Self.layers(try FigureRenderer.scene(for: Self.figure(edges: .withFill)))
        #expect(together.fills.count == 2 && together.edges.count == 2)
        #expect(together.edges[0] < together.fills[1], "default: the back edge is drawn before the front fill covers it")
        let after = try Self.layers(try FigureRenderer.scene(for: Self.figure(edges: .afterFills)))
        #expect(after.fills.count == 2 && after.edges.count == 2)
        #expect(after.fills.max()! < after.edges.min()!, "after-fills: every edge over every fill")
    }

    @Test func yamlKeys() throws {
        let style = try JSONDecoder().decode(PlotStyle.self, from: Data(#"{"region-edges": "after-fills"}"#.utf8))
        #expect(style.regionEdges == .afterFills)
        #expect(try JSONDecoder().decode(PlotStyle.self, from: Data("{}".utf8)).regionEdges == .withFill)
        let series = try JSONDecoder().decode(SeriesStyle.self, from: Data(##"{"fill-color": "#F7C6C6"}"##.utf8))
        #expect(series.fillColor == .rgb(Self.pale))
        // The default is not written, so styles from before the key keep their canonical encoding.
        #expect(!String(decoding: try JSONEncoder().encode(PlotStyle()), as: UTF8.self).contains("region-edges"))
    }
}

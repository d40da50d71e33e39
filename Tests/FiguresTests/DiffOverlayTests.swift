import Foundation
import BuildEngine
import DataFormats
import Plot
import Testing
@testable import Figures

/// The before/after plot of `figures diff`: drawn from the figure's own description.
@Suite struct DiffOverlayTests {
    /// A figure like `yields`: log axes with fixed ranges, two styled series with legends.
    static let configuration = """
        version: 1
        steps:
          thermal-a:
            kind: thermal-target
            params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}
        figures:
          yields:
            caption: "Signal events."
            size: single-column
            x: {label: "m_{Z'} [GeV]", scale: log, range: [1.0e-3, 1]}
            y: {label: "signal events, g_{Z'} = 10^{-3}", scale: log, range: [1.0e-6, 100]}
            data: {x: "m_Z'", x-unit: "GeV", y: "events", y-unit: "events"}
            series:
              - {name: radiative, from: thermal-a, x: m_GeV, y: g, legend: "radiative", style: {color: 0}}
              - {name: resonant, from: thermal-a, x: m_GeV, y: g, legend: "resonant", style: {color: 1, dash: dashed}}
            legend: {position: lower-left}
        """

    static func description() throws -> FigureDescription {
        let project = try Project.parse(
            text: configuration, rootDirectory: "/nonexistent", configFile: "figures.yaml", registry: ProjectKinds.registry)
        let node = try #require(project.nodes["yields"])
        return try #require(try FigureDescription(node: node))
    }

    static func data(_ values: [String: [(Double, Double)]]) -> FigureData {
        FigureData(
            figure: "yields", x: FigureDataAxis(label: "m_Z'", unit: "GeV"), y: FigureDataAxis(label: "events", unit: "events"),
            series: ["radiative", "resonant"].compactMap { name in
                values[name].map { FigureDataSeries(name: name, points: $0.map { FigureDataPoint(x: $0.0, y: $0.1) }) }
            })
    }

    static let grid = [1e-3, 1e-2, 1e-1, 1.0]
    static let before = data(["radiative": grid.map { ($0, 10 * $0) }, "resonant": grid.map { ($0, 5.0) }])
    /// The resonant yield drops by 81 %, the radiative one does not move.
    static let after = data(["radiative": grid.map { ($0, 10 * $0) }, "resonant": grid.map { ($0, 0.95) }])

    @Test func overlayKeepsTheFiguresAxesAndLabelsEveryCurve() throws {
        let spec = try Self.description().specification
        let plot = DiffOverlay.overlay(spec, baseline: Self.before, candidate: Self.after, changed: ["resonant"])
        // The figure's axes as drawn: log y with its range (a linear overlay hid a −81 % change).
        #expect(plot.xAxis == spec.x && plot.yAxis == spec.y)
        #expect(plot.yAxis.scale == .log && plot.yAxis.label == "signal events, g_{Z'} = 10^{-3}")
        #expect(plot.legend.position == .corner(.lowerLeft))
        #expect(plot.series.map(\.name) == ["radiative", "resonant-baseline", "resonant"])
        #expect(plot.legend.order == ["radiative", "resonant-baseline", "resonant"])
        // Unchanged: as in the figure. Changed: the baseline faded and dotted (the figure's line is already dashed).
        #expect(plot.series[0].style == spec.series[0].style && plot.series[0].legend == "radiative")
        #expect(plot.series[1].style.opacity < 1 && plot.series[1].style.dash == .dotted && plot.series[1].legend == "resonant (baseline)")
        #expect(plot.series[2].style == spec.series[1].style && plot.series[2].legend == "resonant (new)")
    }

    /// A line without a colour keeps the palette entry it has in the figure although a baseline curve
    /// is drawn before it; its baseline has the same colour.
    @Test func automaticColoursAreTheFiguresOwn() throws {
        var spec = try Self.description().specification
        spec.series[1].style.color = nil
        let plot = DiffOverlay.overlay(spec, baseline: Self.before, candidate: Self.after, changed: ["resonant"])
        #expect(plot.series[1].style.color == .palette(1) && plot.series[2].style.color == .palette(1))
    }

    @Test func ratioPanelShowsNewOverBaselineOfTheChangedSeries() throws {
        let spec = try Self.description().specification
        let panel = DiffOverlay.ratioPanel(spec, baseline: Self.before, candidate: Self.after, changed: ["resonant"])
        #expect(panel.xAxis == spec.x && panel.size.width == spec.size.width)
        #expect(panel.series.map(\.name) == ["one", "resonant"])
        // 0.95 / 5 at every point; exact in binary64 up to one rounding.
        for value in panel.series[1].curve.y { #expect(abs(value - 0.19) < 1e-15) }
        #expect(panel.series[0].curve.y == [1, 1] && panel.series[0].curve.x == [1e-3, 1])
    }

    @Test func ratioInterpolatesABaselineOnAnotherGrid() {
        let points = [FigureDataPoint(x: 1e-3, y: 1e-4), FigureDataPoint(x: 1e-1, y: 1)]
        // Log-log between (1e-3, 1e-4) and (1e-1, 1) is the power law y = 100 x², 1e-2 at x = 1e-2;
        // linear interpolation gives 1e-4 + (9/99)(1 − 1e-4) ≈ 0.0910 there.
        let value = DiffOverlay.interpolate(points, at: 1e-2, logX: true, logY: true)
        #expect(abs((value ?? 0) - 1e-2) < 1e-15)  // a few ulps of the logarithms and the power (1e-2 · 1e-13)
        let linear = DiffOverlay.interpolate(points, at: 1e-2, logX: false, logY: false) ?? 0
        #expect(abs(linear - (1e-4 + 9.0 / 99.0 * (1 - 1e-4))) < 1e-15)
        #expect(DiffOverlay.interpolate(points, at: 2, logX: true, logY: true) == nil)
    }

    @Test func rendersTheOverlayAboveItsRatioPanelAndBothSides() throws {
        let rendering = try DiffOverlay.render(try Self.description(), baseline: Self.before, candidate: Self.after, changed: ["resonant"])
        #expect(rendering.overlayPDF.starts(with: Data("%PDF".utf8)) && rendering.overlayPNG.count > 1000)
        let overlay = String(decoding: rendering.overlaySVG, as: UTF8.self)
        // The page is the figure's height plus the ratio panel's (0.45 of it): 184.5 + 83 pt.
        #expect(overlay.contains("height=\"267.5pt\""))
        #expect(rendering.beforeSVG != rendering.afterSVG)
        #expect(String(decoding: rendering.beforeSVG, as: UTF8.self).contains("height=\"184.5pt\""))
    }
}

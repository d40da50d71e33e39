import Foundation
@testable import Plot

/// Realistic figures used by several tests: shaped like the paper's exclusion plot and Π(q²) plot.
enum SampleFigures {
    /// Log-log exclusion-style plot: two filled regions, a hatched band, dashed lines, slope-following
    /// labels and a legend.
    static func exclusion() -> PlotFigure {
        let masses = (0...120).map { pow(10, -3 + 3 * Double($0) / 120) }
        let limit = masses.map { 3e-4 * pow($0 / 1e-3, 0.35) + 2e-5 / $0 * 1e-3 }
        let otherLimit = masses.map { 1e-2 * pow($0, 0.5) + 8e-4 }
        let bandCentre = masses.map { 6e-4 * pow($0 / 1e-2, 0.45) }
        let projection = masses.map { 1.5e-4 * pow($0 / 1e-3, 0.3) }
        let projection2 = masses.map { 8e-5 * pow($0 / 1e-3, 0.4) }
        return PlotFigure(
            size: .singleColumn,
            xAxis: PlotAxis(label: "m_{Z'} [GeV]", scale: .log, range: AxisRange(1e-3, 1)),
            yAxis: PlotAxis(label: "g_{Z'}", scale: .log, range: AxisRange(1e-5, 1e-1)),
            regions: [
                PlotRegion(
                    name: "na64e", legend: "NA64e 2016--2022", shape: .toEdge(PlotCurve(x: masses, y: limit), .top),
                    style: SeriesStyle(color: .palette(0))),
                PlotRegion(
                    name: "babar", legend: "BaBar", shape: .toEdge(PlotCurve(x: masses, y: otherLimit), .top),
                    style: SeriesStyle(color: .palette(3), fillOpacity: 0.25)),
                PlotRegion(
                    name: "gm2", legend: "(g-2)_\\mu \\pm 2\\sigma",
                    shape: .between(
                        PlotCurve(x: masses, y: bandCentre.map { $0 * 0.7 }),
                        PlotCurve(x: masses, y: bandCentre.map { $0 * 1.4 })),
                    style: SeriesStyle(color: .palette(2), width: 0.5, fillOpacity: 0.15, hatch: .forward))
            ],
            series: [
                PlotSeries(
                    name: "projection-e-minus", legend: "e^- 10^{13} EOT", x: masses, y: projection,
                    style: SeriesStyle(color: .palette(1), dash: .dashed)),
                PlotSeries(
                    name: "projection-e-plus", legend: "e^+ 10^{13} EOT", x: masses, y: projection2,
                    style: SeriesStyle(color: .palette(4), dash: .dashDot))
            ],
            labels: [
                PlotLabel("NA64e", x: 0.03, alongSeries: "na64e", offset: 4, color: .palette(0)),
                PlotLabel("e^+ projection", x: 0.012, alongSeries: "projection-e-plus", offset: -7.5, color: .palette(4), fontSize: 7),
                PlotLabel("\\alpha_D = 0.1, m_\\chi = m_{Z'}/3", x: 0.04, y: 0.08, coordinates: .axes, alignment: .left, fontSize: 7)
            ],
            legend: PlotLegend(position: .corner(.lowerRight), hasFrame: true))
    }

    /// Linear-y plot with Re and Im curves of a loop function.
    static func reIm() -> PlotFigure {
        let q2 = (0...400).map { pow(10, -4 + 4 * Double($0) / 400) }
        let real = q2.map { -log($0 / 0.011) / 3 + 0.2 }
        let imaginary = q2.map { $0 > 0.0446 ? -Double.pi / 3 * sqrt(1 - 0.0446 / $0) : 0 }
        return PlotFigure(
            size: .singleColumn,
            xAxis: PlotAxis(label: "q^2 [GeV^2]", scale: .log),
            yAxis: PlotAxis(label: "\\Pi(q^2)"),
            series: [
                PlotSeries(name: "re-pi", legend: "\\mathrm{Re}\\,\\Pi", x: q2, y: real),
                PlotSeries(name: "im-pi", legend: "\\mathrm{Im}\\,\\Pi", x: q2, y: imaginary, style: SeriesStyle(dash: .dashed))
            ],
            legend: PlotLegend(position: .corner(.upperRight)))
    }
}

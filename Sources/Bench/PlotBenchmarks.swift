import Foundation
import Plot
import Physics

/// Rendering benchmarks: a heavy figure through the whole Plot pipeline.
enum PlotBenchmarks {
    /// 10 series × 10⁴ points and 5 filled regions on log-log axes, two-column wide.
    static let heavyFigure: PlotFigure = {
        let count = 10_000
        let masses = LogarithmicGrid(from: 1e-3, to: 1, count: count).points
        let series = (0..<10).map { index in
            PlotSeries(
                name: "series-\(index)", legend: index < 3 ? "series \(index)" : nil, x: masses,
                y: masses.map { 1e-4 * Double(index + 1) * pow($0 / 1e-3, 0.3) * (1 + 0.1 * sin(40 * $0)) },
                style: SeriesStyle(dash: index % 2 == 0 ? .solid : .dashed))
        }
        let regions = (0..<5).map { index in
            PlotRegion(
                name: "region-\(index)", legend: "region \(index)",
                shape: .toEdge(PlotCurve(x: masses, y: masses.map { 3e-3 * Double(index + 1) * pow($0, 0.2) }), .top),
                style: SeriesStyle(hatch: index == 4 ? .forward : .none))
        }
        return PlotFigure(
            size: .doubleColumn,
            xAxis: PlotAxis(label: "m_{Z'} [GeV]", scale: .log),
            yAxis: PlotAxis(label: "g_{Z'}", scale: .log, range: AxisRange(1e-5, 1)),
            regions: regions, series: series)
    }()

    static let all: [Benchmark] = [
        Benchmark(name: "plot-render-10x1e4-pdf-svg-png", unit: "figure (PDF + SVG + 300-dpi PNG)") {
            guard let rendered = try? FigureRenderer.render(heavyFigure) else { return .nan }
            return Double(rendered.pdf.count + rendered.svg.count + rendered.png.count)
        }
    ]
}

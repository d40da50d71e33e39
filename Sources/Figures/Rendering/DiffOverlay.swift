import Foundation
import Pipeline
import Plot

/// Before/after plots for `figures diff`: baseline dashed, new data solid, one colour per series.
public enum DiffOverlay {
    /// Renders the overlay of one figure's baseline and new data; returns (PDF, PNG) bytes.
    public static func render(baseline: FigureData, candidate: FigureData) throws -> (pdf: Data, png: Data) {
        let rendered = try FigureRenderer.render(figure(baseline: baseline, candidate: candidate))
        return (rendered.pdf, rendered.png)
    }

    /// The plot description: axes log when every value is positive and spans more than two decades.
    static func figure(baseline: FigureData, candidate: FigureData) -> PlotFigure {
        let all = baseline.series + candidate.series
        let xs = all.flatMap { $0.points.map(\.x) }, ys = all.flatMap { $0.points.map(\.y) }
        func scale(_ values: [Double]) -> AxisScale {
            guard let low = values.min(), let high = values.max(), low > 0 else { return .linear }
            return high / low > 100 ? .log : .linear
        }
        var plot = PlotFigure(size: .doubleColumn,
                              xAxis: PlotAxis(label: plain(candidate.x.text), scale: scale(xs)),
                              yAxis: PlotAxis(label: plain(candidate.y.text), scale: scale(ys)),
                              legend: PlotLegend(position: .corner(.upperRight), hasFrame: true))
        let names = Array(Set(all.map(\.name))).sorted()
        for (index, name) in names.enumerated() {
            if let old = baseline.series(named: name) {
                plot.series.append(PlotSeries(name: name + "-baseline", legend: nil, x: old.points.map(\.x), y: old.points.map(\.y),
                                              style: SeriesStyle(color: .palette(index), dash: .dashed)))
            }
            if let new = candidate.series(named: name) {
                plot.series.append(PlotSeries(name: name, legend: plain(name), x: new.points.map(\.x), y: new.points.map(\.y),
                                              style: SeriesStyle(color: .palette(index))))
            }
        }
        plot.labels.append(PlotLabel("dashed: baseline, solid: new", x: 0.02, y: 0.03, coordinates: .axes, alignment: .left))
        return plot
    }

    /// Figure-data labels are plain text; escape what the math markup would interpret.
    static func plain(_ text: String) -> String {
        var out = ""
        for character in text {
            if "_^{}\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

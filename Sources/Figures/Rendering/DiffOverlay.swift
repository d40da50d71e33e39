import Foundation
import BuildEngine
import DataFormats
import Plot

/// Before/after plots for `figures diff`: the series that changed in colour (baseline dashed, new
/// data solid, in the legend), the unchanged ones as thin grey context lines.
public enum DiffOverlay {
    /// Renders the overlay of one figure's baseline and new data; returns (PDF, PNG) bytes.
    /// `changed` names the series to highlight (nil: all of them).
    public static func render(baseline: FigureData, candidate: FigureData, changed: Set<String>? = nil) throws -> (pdf: Data, png: Data) {
        let rendered = try FigureRenderer.render(figure(baseline: baseline, candidate: candidate, changed: changed))
        return (rendered.pdf, rendered.png)
    }

    /// The plot description: axes log when every value is positive and spans more than two decades.
    static func figure(baseline: FigureData, candidate: FigureData, changed: Set<String>? = nil) -> PlotFigure {
        let all = baseline.series + candidate.series
        let xs = all.flatMap { $0.points.map(\.x) }, ys = all.flatMap { $0.points.map(\.y) }
        func scale(_ values: [Double]) -> AxisScale {
            guard let low = values.min(), let high = values.max(), low > 0 else { return .linear }
            return high / low > 100 ? .log : .linear
        }
        var plot = PlotFigure(
            size: .doubleColumn,
            xAxis: PlotAxis(label: plain(candidate.x.text), scale: scale(xs)),
            yAxis: PlotAxis(label: plain(shortened(candidate.y)), scale: scale(ys)),
            legend: PlotLegend(position: .corner(.upperRight), hasFrame: true))
        let names = Array(Set(all.map(\.name))).sorted()
        let highlighted = names.filter { changed?.contains($0) ?? true }
        let context = SeriesStyle(color: .rgb(RGBColor(red: 0.75, green: 0.75, blue: 0.75)), width: 0.6)
        for name in names where !highlighted.contains(name) {
            if let new = candidate.series(named: name) {
                plot.series.append(PlotSeries(name: name, legend: nil, x: new.points.map(\.x), y: new.points.map(\.y), style: context))
            }
        }
        for (index, name) in highlighted.enumerated() {
            if let old = baseline.series(named: name) {
                plot.series.append(
                    PlotSeries(
                        name: name + "-baseline", legend: nil, x: old.points.map(\.x), y: old.points.map(\.y),
                        style: SeriesStyle(color: .palette(index), dash: .dashed)))
            }
            if let new = candidate.series(named: name) {
                plot.series.append(
                    PlotSeries(
                        name: name, legend: plain(name), x: new.points.map(\.x), y: new.points.map(\.y),
                        style: SeriesStyle(color: .palette(index))))
            }
        }
        let caption = highlighted.count == names.count ? "dashed: baseline, solid: new" : "dashed: baseline, solid: new; grey: unchanged"
        plot.labels.append(PlotLabel(caption, x: 0.02, y: 0.03, coordinates: .axes, alignment: .left))
        return plot
    }

    /// A y-axis title short enough to fit beside the plot: the label up to its first parenthesis or
    /// comma (the data header often explains more), and the unit.
    static func shortened(_ axis: FigureDataAxis) -> String {
        var label = axis.label
        for separator in [" (", ", ", "; "] {
            if let range = label.range(of: separator) { label = String(label[..<range.lowerBound]) }
        }
        if label.count > 48 { label = String(label.prefix(47)) + "…" }
        return FigureDataAxis(label: label, unit: axis.unit).text
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

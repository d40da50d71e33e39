import BuildEngine
import DataFormats
import Foundation
import Plot

/// Before/after plots for `figures diff`, drawn from the figure's own description (axes, scales, ranges,
/// labels, styles, legend place), so an overlay looks like the figure: the new data as the figure draws
/// it, the baseline of every changed series in the same colour, dashed and faded, both in the legend,
/// and under the plot a panel with the ratio new/baseline of the changed series.
public enum DiffOverlay {
    /// The renders of one changed figure.
    public struct Rendering: Sendable {
        /// Baseline and new data in one plot, with the ratio panel under it: PDF, PNG, SVG bytes.
        public var overlayPDF: Data
        public var overlayPNG: Data
        public var overlaySVG: Data
        /// The figure drawn from the baseline data alone, as SVG (same page geometry as `afterSVG`).
        public var beforeSVG: Data
        /// The figure drawn from the new data alone, as SVG.
        public var afterSVG: Data
    }

    /// Renders the overlay and the before/after figures. `changed` names the figure-data series that
    /// differ (the ratio panel shows these).
    public static func render(
        _ description: FigureDescription, baseline: FigureData, candidate: FigureData, changed: Set<String>
    ) throws -> Rendering {
        let spec = description.specification
        let options = RenderOptions(pngResolution: 150, pdfDate: spec.pdfDate)
        let panels = [
            overlay(spec, baseline: baseline, candidate: candidate, changed: changed),
            ratioPanel(spec, baseline: baseline, candidate: candidate, changed: changed)
        ]
        let overlay = try FigureRenderer.renderStacked(panels, options: options)
        return Rendering(
            overlayPDF: overlay.pdf, overlayPNG: overlay.png, overlaySVG: overlay.svg,
            beforeSVG: try FigureRenderer.render(figure(spec, data: baseline), options: options).svg,
            afterSVG: try FigureRenderer.render(figure(spec, data: candidate), options: options).svg)
    }

    /// One drawable element of the figure and the figure-data series it writes.
    enum Element {
        case band(FigureSpecification.BandSource)
        case region(FigureSpecification.RegionSource)
        case line(FigureSpecification.SeriesSource)

        var name: String {
            switch self {
            case .band(let band): return band.name
            case .region(let region): return region.name
            case .line(let line): return line.name
            }
        }
        var legend: String? {
            switch self {
            case .band(let band): return band.legend
            case .region(let region): return region.legend
            case .line(let line): return line.legend
            }
        }
        var declaredStyle: SeriesStyle {
            switch self {
            case .band(let band): return band.style
            case .region(let region): return region.style
            case .line(let line): return line.style
            }
        }
        var dataSeries: [String] {
            if case .band(let band) = self { return [band.name + "-lower", band.name + "-upper"] }
            return [name]
        }
    }

    /// The elements in the figure's drawing order (bands, regions, lines).
    static func elements(_ spec: FigureSpecification) -> [Element] {
        spec.bands.map(Element.band) + spec.regions.map(Element.region) + spec.series.map(Element.line)
    }

    /// Each element's style with its automatic colour made explicit (the palette entry of its place among
    /// the figure's regions or lines), so that adding baseline curves does not recolour anything.
    static func styles(_ spec: FigureSpecification) -> [String: SeriesStyle] {
        var styles: [String: SeriesStyle] = [:]
        var regions = 0, lines = 0
        for element in elements(spec) {
            var style = element.declaredStyle
            if case .line = element {
                if style.color == nil { style.color = .palette(lines) }
                lines += 1
            } else {
                if style.color == nil { style.color = .palette(regions) }
                regions += 1
            }
            styles[element.name] = style
        }
        return styles
    }

    /// The page of the figure with no marks: size, axes, labels, legend place and style.
    static func frame(_ spec: FigureSpecification) -> PlotFigure {
        PlotFigure(size: spec.size, xAxis: spec.x, yAxis: spec.y, labels: spec.labels, legend: spec.legend, style: spec.style)
    }

    /// The figure drawn from figure data: what the `figure` kind draws from its step tables.
    static func figure(_ spec: FigureSpecification, data: FigureData) -> PlotFigure {
        var plot = frame(spec)
        let styles = styles(spec)
        for element in elements(spec) { add(element, from: data, style: styles[element.name]!, legend: element.legend, to: &plot) }
        return plot
    }

    /// The figure with the baseline of each changed element under the new data.
    static func overlay(_ spec: FigureSpecification, baseline: FigureData, candidate: FigureData, changed: Set<String>) -> PlotFigure {
        var plot = frame(spec)
        plot.legend.isVisible = true
        // Each changed curve's baseline entry right above its new one, whether it is a line or a region.
        plot.legend.order = elements(spec).flatMap { element in
            element.dataSeries.contains(where: changed.contains) ? [element.name + "-baseline", element.name] : [element.name]
        }
        let styles = styles(spec)
        for element in elements(spec) {
            let style = styles[element.name]!
            let isChanged = element.dataSeries.contains(where: changed.contains)
            let title = element.legend ?? plainText(element.name)
            if isChanged {
                var old = style
                old.dash = old.dash == .solid ? .dashed : .dotted
                old.opacity = 0.55
                old.fillOpacity = 0
                if old.width == 0 { old.width = 0.8 }
                add(element, from: baseline, style: old, legend: title + " (baseline)", to: &plot, edgesOnly: true)
                add(element, from: candidate, style: style, legend: title + " (new)", to: &plot)
            } else {
                add(element, from: candidate, style: style, legend: element.legend, to: &plot)
            }
        }
        return plot
    }

    /// Appends one element drawn from `data` (missing series are left out). `edgesOnly` draws a
    /// region or band as its edge lines.
    static func add(
        _ element: Element, from data: FigureData, style: SeriesStyle, legend: String?, to plot: inout PlotFigure,
        edgesOnly: Bool = false
    ) {
        func curve(_ name: String) -> PlotCurve? {
            data.series(named: name).map { PlotCurve(x: $0.points.map(\.x), y: $0.points.map(\.y)) }
        }
        let id = element.name + (edgesOnly ? "-baseline" : "")
        switch element {
        case .band(let band):
            guard let lower = curve(band.name + "-lower"), let upper = curve(band.name + "-upper") else { return }
            if edgesOnly {
                plot.series.append(PlotSeries(name: id, legend: legend, x: lower.x, y: lower.y, style: style))
                plot.series.append(PlotSeries(name: id + "-upper", x: upper.x, y: upper.y, style: style))
            } else {
                plot.regions.append(PlotRegion(name: id, legend: legend, shape: .between(lower, upper), style: style))
            }
        case .region(let region):
            guard let edge = curve(region.name) else { return }
            if edgesOnly {
                plot.series.append(PlotSeries(name: id, legend: legend, x: edge.x, y: edge.y, style: style))
            } else {
                plot.regions.append(PlotRegion(name: id, legend: legend, shape: .toEdge(edge, region.toward), style: style))
            }
        case .line:
            guard let line = curve(element.name) else { return }
            plot.series.append(PlotSeries(name: id, legend: legend, x: line.x, y: line.y, style: style))
        }
    }

    /// The panel under the overlay: new/baseline of every changed series, at the new data's x values
    /// inside the figure's x range, with a dotted line at 1.
    static func ratioPanel(_ spec: FigureSpecification, baseline: FigureData, candidate: FigureData, changed: Set<String>) -> PlotFigure {
        var panel = PlotFigure(
            size: PlotSize(width: spec.size.width, height: (0.45 * spec.size.height).rounded()),
            xAxis: spec.x, yAxis: PlotAxis(label: "new / baseline"),
            legend: PlotLegend(position: .corner(.upperRight), hasFrame: true, fontSize: 5), style: spec.style)
        let logX = spec.x.scale == .log, logY = spec.y.scale == .log
        // On a linear y axis, values within 0.1 % of the axis height of zero are not visible in the figure
        // (a far tail at 1e-10 next to 1e-6): their ratio would fill the panel with what no one can see.
        let visibleY = logY ? 0 : 1e-3 * yExtent(spec, candidate: candidate)
        var values: [Double] = [], lowerX = Double.infinity, upperX = -Double.infinity
        let styles = styles(spec)
        for element in elements(spec) {
            for name in element.dataSeries where changed.contains(name) {
                guard let old = baseline.series(named: name), let new = candidate.series(named: name) else { continue }
                var x: [Double] = [], y: [Double] = []
                for point in new.points where isVisible(point.x, on: spec.x) && isVisible(point.y, on: spec.y) {
                    guard let reference = interpolate(old.points, at: point.x, logX: logX, logY: logY), reference != 0,
                        abs(reference) >= visibleY || abs(point.y) >= visibleY
                    else { continue }
                    x.append(point.x)
                    y.append(point.y / reference)
                }
                guard !x.isEmpty else { continue }
                values += y.filter(\.isFinite)
                lowerX = min(lowerX, x.min()!)
                upperX = max(upperX, x.max()!)
                var style = styles[element.name]!
                style.dash = .solid
                if style.width == 0 { style.width = 0.8 }
                panel.series.append(PlotSeries(name: name, legend: plainText(name), x: x, y: y, style: style))
            }
        }
        if let xRange = spec.x.range {
            lowerX = xRange.lower
            upperX = xRange.upper
        }
        if lowerX < upperX {
            panel.series.insert(
                PlotSeries(name: "one", x: [lowerX, upperX], y: [1, 1], style: SeriesStyle(color: .rgb(.black), dash: .dotted, width: 0.5)),
                at: 0)
        }
        let low = min(values.min() ?? 1, 1), high = max(values.max() ?? 1, 1)
        if low > 0, high / low > 30 { panel.yAxis.scale = .log }
        panel.legend.isVisible = panel.series.count > 2
        if panel.series.count == 1 {
            panel.labels.append(
                PlotLabel("no changed series inside the figure's range", x: 0.5, y: 0.5, coordinates: .axes, alignment: .center))
        }
        return panel
    }

    /// The height of the figure's y axis in data units: its fixed range, or the span of the new data.
    static func yExtent(_ spec: FigureSpecification, candidate: FigureData) -> Double {
        if let range = spec.y.range { return range.upper - range.lower }
        let values = candidate.series.flatMap { $0.points.map(\.y) }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return 0 }
        return high - low
    }

    /// Whether a value lies inside an axis's fixed range (every value does when the range is automatic).
    static func isVisible(_ value: Double, on axis: PlotAxis) -> Bool {
        guard value.isFinite, axis.scale == .linear || value > 0 else { return false }
        guard let range = axis.range else { return true }
        return value >= range.lower && value <= range.upper
    }

    /// The baseline's value at `x`: exact where the grids agree, otherwise interpolated between the
    /// neighbouring points (in log x and log y where the figure's axes are logarithmic and the values
    /// positive); nil outside the baseline's x range.
    static func interpolate(_ points: [FigureDataPoint], at x: Double, logX: Bool, logY: Bool) -> Double? {
        if let exact = points.first(where: { $0.x == x }) { return exact.y }
        for (a, b) in zip(points, points.dropFirst()) where (a.x < x && x < b.x) || (b.x < x && x < a.x) {
            let useLogX = logX && a.x > 0 && b.x > 0, useLogY = logY && a.y > 0 && b.y > 0
            let t = useLogX ? log(x / a.x) / log(b.x / a.x) : (x - a.x) / (b.x - a.x)
            return useLogY ? a.y * pow(b.y / a.y, t) : a.y + t * (b.y - a.y)
        }
        return nil
    }

    /// A series name as text in math markup (underscores and braces shown as such).
    static func plainText(_ text: String) -> String {
        var out = ""
        for character in text {
            if "_^{}\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

import Foundation

/// Turns a `PlotFigure` into a `Scene`: validates it, resolves ranges, fits tick labels and margins,
/// and places marks, labels and legend. All text is measured with the given measurer.
struct SceneBuilder<Measurer: TextMeasuring> {
    let figure: PlotFigure
    let measurer: Measurer
    /// Fixed left and right margins (points from the page edges) instead of fitted ones: panels
    /// stacked on one page share their plot column (`FigureRenderer.renderStacked`).
    var column: (left: Double, right: Double)? = nil
    /// Draws x ticks without labels (a panel with another panel below it on the same x axis).
    var hidesXTickLabels = false

    var style: PlotStyle { figure.style }
    /// Gap between the frame and tick labels.
    var labelGap: Double { 0.45 * style.tickLabelSize }
    /// Gap between tick labels and the axis title.
    var titleGap: Double { 0.4 * style.fontSize }
    /// Height of the centre of digits above the baseline, in units of the size: y tick labels are
    /// centred on their tick by the digits ("10" of 10⁻⁴), not by the whole box with its exponent.
    static var digitCentre: Double { 0.33 }

    /// Lays out text, turning markup errors into `PlotError.markup`.
    func layoutText(_ markup: String, size: Double) throws -> MathBox {
        guard !markup.isEmpty else { return .empty }
        do {
            return try MathLayout.layout(MathMarkup.parse(markup), size: size, measurer: measurer)
        } catch let error as MathMarkupError {
            throw PlotError.markup(error)
        }
    }

    func build() throws -> Scene {
        try validate()
        let xRange = try resolvedRange(figure.xAxis, values: allValues(\.x), name: "x")
        let yRange = try resolvedRange(figure.yAxis, values: allValues(\.y), name: "y")
        let xTitle = try layoutText(figure.xAxis.label, size: style.fontSize)
        let yTitle = try layoutText(figure.yAxis.label, size: style.fontSize)

        // Margins depend on tick labels, which depend on the axis lengths: iterate to a fixed point
        // (two or three passes suffice; the tick choice changes in discrete steps).
        var plot = SceneRect(
            minX: style.padding + 40, minY: style.padding + 6,
            maxX: figure.size.width - style.padding - 8, maxY: figure.size.height - style.padding - 30)
        var xTicks: [PlacedTick] = []
        var yTicks: [PlacedTick] = []
        for _ in 0..<3 {
            xTicks = try fittedTicks(figure.xAxis, range: xRange, length: plot.width, isVertical: false)
            if hidesXTickLabels { xTicks = xTicks.map { PlacedTick(tick: $0.tick, label: nil) } }
            yTicks = try fittedTicks(figure.yAxis, range: yRange, length: plot.height, isVertical: true)
            var next = margins(xTicks: xTicks, yTicks: yTicks, xRange: xRange, yRange: yRange, xTitle: xTitle, yTitle: yTitle)
            if let column {
                next.minX = column.left
                next.maxX = figure.size.width - column.right
            }
            if next == plot { break }
            plot = next
        }
        guard plot.width > 10, plot.height > 10 else {
            throw PlotError.invalidFigure("figure \(figure.size.width)×\(figure.size.height) pt leaves no room for the plot area")
        }
        let xMapping = AxisMapping(scale: figure.xAxis.scale, range: xRange, start: plot.minX, end: plot.maxX)
        let yMapping = AxisMapping(scale: figure.yAxis.scale, range: yRange, start: plot.maxY, end: plot.minY)

        var scene = Scene(width: figure.size.width, height: figure.size.height, plotArea: plot)
        scene.items.append(.pushClip([plot.outline]))
        try appendRegions(to: &scene, x: xMapping, y: yMapping)
        try appendSeries(to: &scene, x: xMapping, y: yMapping)
        scene.items.append(.popClip)
        try appendLabels(to: &scene, x: xMapping, y: yMapping)
        appendFrameAndTicks(to: &scene, xTicks: xTicks, yTicks: yTicks, x: xMapping, y: yMapping)
        appendTickLabels(to: &scene, xTicks: xTicks, yTicks: yTicks, x: xMapping, y: yMapping)
        appendTitles(to: &scene, xTitle: xTitle, yTitle: yTitle, xTicks: xTicks, yTicks: yTicks)
        try appendLegend(to: &scene, x: xMapping, y: yMapping)
        return scene
    }

    /// Every x (or y) value of every series and region curve.
    func allValues(_ coordinate: KeyPath<PlotCurve, [Double]>) -> [Double] {
        var values: [Double] = []
        for series in figure.series { values += series.curve[keyPath: coordinate] }
        for region in figure.regions {
            for curve in region.shape.curves { values += curve[keyPath: coordinate] }
        }
        return values
    }

    func validate() throws {
        guard figure.size.width > 0, figure.size.height > 0 else {
            throw PlotError.invalidFigure("size must be positive, got \(figure.size.width)×\(figure.size.height) pt")
        }
        for series in figure.series where series.curve.x.count != series.curve.y.count {
            throw PlotError.invalidFigure("series \"\(series.name)\" has \(series.curve.x.count) x but \(series.curve.y.count) y values")
        }
        for region in figure.regions {
            for curve in region.shape.curves where curve.x.count != curve.y.count {
                throw PlotError.invalidFigure("region \"\(region.name)\" has a curve with \(curve.x.count) x but \(curve.y.count) y values")
            }
        }
    }

    func resolvedRange(_ axis: PlotAxis, values: [Double], name: String) throws -> AxisRange {
        if let range = axis.range {
            guard range.lower.isFinite, range.upper.isFinite, range.lower < range.upper else {
                throw PlotError.invalidFigure("\(name) range [\(range.lower), \(range.upper)] must be finite with lower < upper")
            }
            guard axis.scale == .linear || range.lower > 0 else {
                throw PlotError.invalidFigure("\(name) range [\(range.lower), \(range.upper)] on a log axis must be positive")
            }
            return range
        }
        switch axis.scale {
        case .linear: return LinearTicks.automaticRange(for: values) ?? AxisRange(0, 1)
        case .log: return LogTicks.automaticRange(for: values) ?? AxisRange(1, 10)
        }
    }
}

extension RegionShape {
    /// The curves that bound the region.
    var curves: [PlotCurve] {
        switch self {
        case .between(let first, let second): return [first, second]
        case .toEdge(let curve, _), .polygon(let curve): return [curve]
        }
    }
}

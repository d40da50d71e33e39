/// A complete figure: size, two axes, marks, labels, legend and style. Plain values, safe to
/// build on one task and render on another.
public struct PlotFigure: Sendable, Hashable {
    /// Outer size in points.
    public var size: PlotSize
    /// Horizontal axis (bottom; ticks mirrored on top).
    public var xAxis: PlotAxis
    /// Vertical axis (left; ticks mirrored on the right).
    public var yAxis: PlotAxis
    /// Filled regions, drawn first, in order.
    public var regions: [PlotRegion]
    /// Lines and markers, drawn over the regions, in order.
    public var series: [PlotSeries]
    /// Text placed in the plot area, drawn over the data.
    public var labels: [PlotLabel]
    /// Legend box.
    public var legend: PlotLegend
    /// Typography, widths, palette.
    public var style: PlotStyle

    /// Creates a figure description.
    public init(
        size: PlotSize = .singleColumn, xAxis: PlotAxis = PlotAxis(), yAxis: PlotAxis = PlotAxis(),
        regions: [PlotRegion] = [], series: [PlotSeries] = [], labels: [PlotLabel] = [],
        legend: PlotLegend = PlotLegend(), style: PlotStyle = PlotStyle()
    ) {
        self.size = size
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.regions = regions
        self.series = series
        self.labels = labels
        self.legend = legend
        self.style = style
    }
}

/// A polyline in data coordinates (x and y of equal length).
public struct PlotCurve: Sendable, Hashable {
    /// Abscissae.
    public var x: [Double]
    /// Ordinates.
    public var y: [Double]

    /// Creates a curve; the renderer rejects unequal lengths.
    public init(x: [Double], y: [Double]) {
        self.x = x
        self.y = y
    }
}

/// A line (and/or markers) through data points.
public struct PlotSeries: Sendable, Hashable {
    /// Stable identifier, used by labels that follow the curve and by the legend order.
    public var name: String
    /// Legend text in math markup; nil keeps the series out of the legend.
    public var legend: String?
    /// The points. Non-finite points (and non-positive ones on log axes) break the line.
    public var curve: PlotCurve
    /// How it is drawn.
    public var style: SeriesStyle

    /// Creates a series.
    public init(name: String, legend: String? = nil, x: [Double], y: [Double], style: SeriesStyle = SeriesStyle()) {
        self.name = name
        self.legend = legend
        self.curve = PlotCurve(x: x, y: y)
        self.style = style
    }
}

/// A side of the plot frame.
public enum FrameEdge: String, Sendable, Hashable, Codable, CaseIterable {
    /// Top edge.
    case top
    /// Bottom edge.
    case bottom
    /// Left edge.
    case left
    /// Right edge.
    case right
}

/// The outline of a filled region.
public enum RegionShape: Sendable, Hashable {
    /// Between two curves (a band): the first forward, the second backward. Edge lines follow both curves.
    case between(PlotCurve, PlotCurve)
    /// Between a curve and a frame edge (an exclusion region above a limit: `.top`). The edge line follows the curve.
    case toEdge(PlotCurve, FrameEdge)
    /// A closed polygon; the edge line goes all round.
    case polygon(PlotCurve)
}

/// A filled area: translucent fill, optional hatch, edge line.
public struct PlotRegion: Sendable, Hashable {
    /// Stable identifier (legend order).
    public var name: String
    /// Legend text in math markup; nil keeps the region out of the legend.
    public var legend: String?
    /// Outline.
    public var shape: RegionShape
    /// Fill opacity, hatch, edge line width and dash.
    public var style: SeriesStyle

    /// Creates a region.
    public init(name: String, legend: String? = nil, shape: RegionShape, style: SeriesStyle = SeriesStyle()) {
        self.name = name
        self.legend = legend
        self.shape = shape
        self.style = style
    }
}

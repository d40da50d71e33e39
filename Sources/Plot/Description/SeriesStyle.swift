/// Dash pattern of a line.
public enum DashStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// Continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Round dots.
    case dotted
    /// Alternating dash and dot.
    case dashDot = "dash-dot"
}

/// Marker drawn at every data point of a series.
public enum MarkerShape: String, Sendable, Hashable, Codable, CaseIterable {
    /// No marker.
    case none
    /// Filled circle.
    case circle
    /// Filled square.
    case square
    /// Filled upward triangle.
    case triangle
    /// Filled diamond.
    case diamond
    /// Diagonal cross (stroked).
    case cross
    /// Upright plus (stroked).
    case plus
}

/// Direction of hatch lines inside a region.
public enum HatchStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// No hatching.
    case none
    /// Lines rising to the right (`/`).
    case forward
    /// Lines falling to the right (`\`).
    case backward
    /// Both diagonals.
    case cross
    /// Horizontal lines.
    case horizontal
    /// Vertical lines.
    case vertical
}

/// How a series line or a region is drawn. A nil field takes the figure style's default.
public struct SeriesStyle: Sendable, Hashable {
    /// Line, marker, edge and fill colour; nil takes the palette entry of the item's index.
    public var color: PlotColor?
    /// Dash pattern of the line (for regions: of the edge line).
    public var dash: DashStyle
    /// Line width in points; nil takes `PlotStyle.lineWidth`. For regions, 0 means no edge line.
    public var width: Double?
    /// Marker at each point.
    public var marker: MarkerShape
    /// Marker diameter in points.
    public var markerSize: Double
    /// Region fill opacity 0…1; nil takes `PlotStyle.fillOpacity`. 0 leaves only hatch and edge.
    public var fillOpacity: Double?
    /// Region fill colour when it differs from the edge's (an opaque pale fill under a strong edge);
    /// nil fills in `color`.
    public var fillColor: PlotColor?
    /// Hatch lines inside a region (bands).
    public var hatch: HatchStyle
    /// Opacity of lines, markers and hatch, 0…1.
    public var opacity: Double

    /// Creates a style; arguments default to a solid line in the automatic colour.
    public init(
        color: PlotColor? = nil, dash: DashStyle = .solid, width: Double? = nil,
        marker: MarkerShape = .none, markerSize: Double = 3, fillOpacity: Double? = nil,
        hatch: HatchStyle = .none, opacity: Double = 1, fillColor: PlotColor? = nil
    ) {
        self.color = color
        self.dash = dash
        self.width = width
        self.marker = marker
        self.markerSize = markerSize
        self.fillOpacity = fillOpacity
        self.hatch = hatch
        self.opacity = opacity
        self.fillColor = fillColor
    }
}

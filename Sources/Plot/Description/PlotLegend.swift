/// A corner of the plot area.
public enum PlotCorner: String, Sendable, Hashable, Codable, CaseIterable {
    /// Top left.
    case upperLeft = "upper-left"
    /// Top right.
    case upperRight = "upper-right"
    /// Bottom left.
    case lowerLeft = "lower-left"
    /// Bottom right.
    case lowerRight = "lower-right"
}

/// Which coordinates a position inside the plot is given in.
public enum PlotCoordinates: String, Sendable, Hashable, Codable, CaseIterable {
    /// Fractions of the plot area: (0, 0) bottom left, (1, 1) top right.
    case axes
    /// Data values of the x and y axes.
    case data
}

/// Where the legend box goes.
public enum LegendPosition: Sendable, Hashable {
    /// Inside the plot area, in a corner, inset by the style padding plus the tick length.
    case corner(PlotCorner)
    /// A point in axes fractions or data coordinates; `anchor` is the legend corner placed there.
    case point(x: Double, y: Double, coordinates: PlotCoordinates, anchor: PlotCorner)
}

/// The legend: which entries, where, with or without frame.
///
/// Entries are the regions and series that have a legend text, in `order` (by name) first,
/// then regions and series in description order.
public struct PlotLegend: Sendable, Hashable {
    /// Whether a legend is drawn at all.
    public var isVisible: Bool
    /// Placement of the legend box.
    public var position: LegendPosition
    /// Whether the box has a thin frame and white background.
    public var hasFrame: Bool
    /// Text size; nil takes `PlotStyle.legendFontSize`.
    public var fontSize: Double?
    /// Names of series and regions to list first, in this order.
    public var order: [String]

    /// Creates a legend; defaults to a frameless box in the upper-right corner.
    public init(
        isVisible: Bool = true, position: LegendPosition = .corner(.upperRight), hasFrame: Bool = false,
        fontSize: Double? = nil, order: [String] = []
    ) {
        self.isVisible = isVisible
        self.position = position
        self.hasFrame = hasFrame
        self.fontSize = fontSize
        self.order = order
    }
}

/// Horizontal alignment of a label around its anchor point.
public enum TextAlignment: String, Sendable, Hashable, Codable, CaseIterable {
    /// Anchor at the start of the text.
    case left
    /// Anchor at the middle of the text.
    case center
    /// Anchor at the end of the text.
    case right
}

/// A text placed in the plot area, e.g. naming a region right where it is.
public struct PlotLabel: Sendable, Hashable {
    /// Text in math markup.
    public var text: String
    /// Anchor x (data value or axes fraction).
    public var x: Double
    /// Anchor y (data value or axes fraction). Ignored when following a series: the label sits on the curve.
    public var y: Double
    /// Coordinates of (x, y).
    public var coordinates: PlotCoordinates
    /// Fixed angle in degrees, counter-clockwise; used when `alongSeries` is nil.
    public var angle: Double
    /// Name of a series (or of a region, meaning its first curve) whose local slope (on paper, at x) sets the angle, and on which the
    /// label sits.
    public var alongSeries: String?
    /// Distance in points from the anchor, perpendicular to the text baseline (positive: above the curve).
    public var offset: Double
    /// Alignment along the baseline.
    public var alignment: TextAlignment
    /// Colour; nil is black.
    public var color: PlotColor?
    /// Size; nil takes `PlotStyle.fontSize`.
    public var fontSize: Double?

    /// Creates a label.
    public init(
        _ text: String, x: Double, y: Double = 0, coordinates: PlotCoordinates = .data, angle: Double = 0,
        alongSeries: String? = nil, offset: Double = 0, alignment: TextAlignment = .center,
        color: PlotColor? = nil, fontSize: Double? = nil
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.coordinates = coordinates
        self.angle = angle
        self.alongSeries = alongSeries
        self.offset = offset
        self.alignment = alignment
        self.color = color
        self.fontSize = fontSize
    }
}

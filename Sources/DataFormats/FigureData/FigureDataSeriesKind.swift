/// What a series of figure data is on the figure: written in the `kind` column of format 2.
public enum FigureDataSeriesKind: String, Sendable, Equatable, CaseIterable {
    /// A plain curve (a projection, a cross-section, a ratio).
    case line
    /// One edge of a band (`<band>-lower` or `<band>-upper`).
    case bandEdge = "band-edge"
    /// The edge of a region excluded above it (filled to the top of the frame): an upper limit.
    case upperLimit = "upper-limit"
    /// The edge of a region excluded below it (filled to the bottom of the frame).
    case lowerLimit = "lower-limit"
    /// The edge of a region filled to the left of the frame.
    case regionLeft = "region-left"
    /// The edge of a region filled to the right of the frame.
    case regionRight = "region-right"
    /// A closed contour, points in order around it; x need not increase.
    case closedRegion = "closed-region"

    /// Whether x must be non-decreasing within the series (every kind but a closed contour).
    public var requiresIncreasingX: Bool { self != .closedRegion }
}

/// How a figure draws an axis: recorded as `# x-scale:` / `# y-scale:` in format 2.
public enum FigureDataScale: String, Sendable, Equatable, CaseIterable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios.
    case log
}

/// How data values map to positions along an axis.
public enum AxisScale: String, Sendable, Hashable, Codable, CaseIterable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10).
    case log
}

/// One axis of a figure: title, scale, range and tick options.
public struct PlotAxis: Sendable, Hashable {
    /// Axis title in math markup (see docs/PLOTTING.md), e.g. `m_{Z'} [GeV]`.
    public var label: String
    /// Linear or logarithmic.
    public var scale: AxisScale
    /// Fixed range (lower, upper); nil derives it from the data.
    public var range: AxisRange?
    /// Fixed spacing of labelled ticks on a linear axis; nil picks 1, 2 or 5 × 10ⁿ.
    public var majorStep: Double?
    /// On a log axis, label every n-th decade; nil picks n so labels do not overlap.
    public var labelEvery: Int?
    /// Whether to draw unlabelled minor ticks.
    public var minorTicks: Bool

    /// Creates an axis; arguments default to an unlabelled automatic linear axis.
    public init(
        label: String = "", scale: AxisScale = .linear, range: AxisRange? = nil,
        majorStep: Double? = nil, labelEvery: Int? = nil, minorTicks: Bool = true
    ) {
        self.label = label
        self.scale = scale
        self.range = range
        self.majorStep = majorStep
        self.labelEvery = labelEvery
        self.minorTicks = minorTicks
    }
}

/// A closed interval of data values along an axis, lower < upper.
public struct AxisRange: Sendable, Hashable {
    /// Value at the left or bottom edge of the frame.
    public var lower: Double
    /// Value at the right or top edge of the frame.
    public var upper: Double

    /// Creates a range; the renderer rejects lower ≥ upper, and non-positive bounds on log axes.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// Typography, line widths and palette shared by all figures of a paper.
///
/// Sizes are in PostScript points (1/72 in). Defaults suit a 246 pt single-column figure.
public struct PlotStyle: Sendable, Hashable {
    /// Text font family; must be installed (the renderer refuses a silent fallback).
    public var fontFamily: String
    /// Family consulted for glyphs the text font lacks (μ, σ, ′, ∝, math italic Greek).
    public var mathFontFamily: String
    /// Axis-title and label size.
    public var fontSize: Double
    /// Tick-label size.
    public var tickLabelSize: Double
    /// Legend text size.
    public var legendFontSize: Double
    /// Default width of data lines.
    public var lineWidth: Double
    /// Width of the frame and ticks.
    public var frameWidth: Double
    /// Length of major ticks (drawn inward).
    public var majorTickLength: Double
    /// Length of minor ticks (drawn inward).
    public var minorTickLength: Double
    /// Default fill opacity of regions.
    public var fillOpacity: Double
    /// Distance between hatch lines.
    public var hatchSpacing: Double
    /// Width of hatch lines.
    public var hatchWidth: Double
    /// Blank border around the whole figure.
    public var padding: Double
    /// Colours used by palette indices and by automatic series colours.
    public var palette: [RGBColor]
    /// When region edge lines are drawn: each right after its own fill (default), or all after every
    /// fill, so opaque fills drawn back to front never hide another region's edge.
    public var regionEdges: RegionEdgeOrder

    /// The Okabe–Ito colour-blind-safe palette, reordered so the first colours contrast most on white
    /// (yellow last, black kept for reference curves).
    public static let okabeIto: [RGBColor] = [
        "#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"
    ].compactMap { RGBColor(hex: $0) }

    /// Creates a style; every argument has the documented default.
    public init(
        fontFamily: String = "Latin Modern Roman",
        mathFontFamily: String = "Latin Modern Math",
        fontSize: Double = 9,
        tickLabelSize: Double = 8,
        legendFontSize: Double = 7.5,
        lineWidth: Double = 1.0,
        frameWidth: Double = 0.6,
        majorTickLength: Double = 4,
        minorTickLength: Double = 2,
        fillOpacity: Double = 0.3,
        hatchSpacing: Double = 3,
        hatchWidth: Double = 0.5,
        padding: Double = 2,
        palette: [RGBColor] = PlotStyle.okabeIto,
        regionEdges: RegionEdgeOrder = .withFill
    ) {
        self.fontFamily = fontFamily
        self.mathFontFamily = mathFontFamily
        self.fontSize = fontSize
        self.tickLabelSize = tickLabelSize
        self.legendFontSize = legendFontSize
        self.lineWidth = lineWidth
        self.frameWidth = frameWidth
        self.majorTickLength = majorTickLength
        self.minorTickLength = minorTickLength
        self.fillOpacity = fillOpacity
        self.hatchSpacing = hatchSpacing
        self.hatchWidth = hatchWidth
        self.padding = padding
        self.palette = palette
        self.regionEdges = regionEdges
    }
}

/// When the edge lines of regions are drawn relative to the fills (`PlotStyle.regionEdges`).
public enum RegionEdgeOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// Fill, hatch and edge of one region, then the next region.
    case withFill = "with-fill"
    /// Every fill and hatch in order, then every edge in the same order.
    case afterFills = "after-fills"
}

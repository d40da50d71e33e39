/// Size of a run of text set in one face, in points. Ascent/descent are the font's line metrics
/// (so boxes of different text line up); `inkAscent` is the height of the actual glyphs.
public struct TextExtent: Sendable, Hashable {
    /// Advance width.
    public var width: Double
    /// Font ascent above the baseline.
    public var ascent: Double
    /// Font descent below the baseline (positive).
    public var descent: Double
    /// Height of the glyphs' ink above the baseline (for bars over letters).
    public var inkAscent: Double

    /// Creates an extent.
    public init(width: Double, ascent: Double, descent: Double, inkAscent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
        self.inkAscent = inkAscent
    }
}

/// Measures text runs; the renderer's Pango measurer and the tests' fixed-width measurer implement it.
public protocol TextMeasuring {
    /// Extent of `text` set in `style` at `size` points.
    func measure(_ text: String, style: MathFontStyle, size: Double) throws -> TextExtent
}

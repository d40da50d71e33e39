/// A run of text placed inside a `MathBox`.
public struct MathGlyphRun: Sendable, Hashable {
    /// The characters.
    public var text: String
    /// Face.
    public var style: MathFontStyle
    /// Font size in points (scripts are smaller).
    public var size: Double
    /// Start of the run, from the box origin, in points.
    public var x: Double
    /// Baseline of the run below the box baseline, in points (negative: raised, as superscripts).
    public var baselineOffset: Double
}

/// A filled horizontal bar inside a `MathBox` (an overline).
public struct MathRule: Sendable, Hashable {
    /// Left end from the box origin.
    public var x: Double
    /// Centre of the bar below the box baseline (negative: above).
    public var y: Double
    /// Length.
    public var width: Double
    /// Thickness.
    public var thickness: Double
}

/// Laid-out math text: runs and rules relative to an origin on the baseline at the left edge.
public struct MathBox: Sendable, Hashable {
    /// Advance width.
    public var width: Double
    /// Extent above the baseline.
    public var ascent: Double
    /// Extent below the baseline (positive).
    public var descent: Double
    /// Highest ink above the baseline.
    public var inkAscent: Double
    /// Text runs.
    public var runs: [MathGlyphRun]
    /// Bars.
    public var rules: [MathRule]

    /// An empty box.
    public static let empty = MathBox(width: 0, ascent: 0, descent: 0, inkAscent: 0, runs: [], rules: [])

    /// Total height.
    public var height: Double { ascent + descent }

    /// This box moved right by `dx` and down by `dy`.
    func shifted(dx: Double, dy: Double) -> MathBox {
        MathBox(
            width: width, ascent: ascent - dy, descent: descent + dy, inkAscent: inkAscent - dy,
            runs: runs.map { run in
                var moved = run
                moved.x += dx
                moved.baselineOffset += dy
                return moved
            },
            rules: rules.map { rule in
                var moved = rule
                moved.x += dx
                moved.y += dy
                return moved
            })
    }

    /// Appends `other` after this box's advance, at an extra vertical offset `dy`.
    mutating func append(_ other: MathBox, dy: Double = 0, advance: Double? = nil) {
        let placed = other.shifted(dx: width, dy: dy)
        runs += placed.runs
        rules += placed.rules
        if runs.count == placed.runs.count && rules.count == placed.rules.count && width == 0 {
            ascent = placed.ascent
            descent = placed.descent
            inkAscent = placed.inkAscent
        } else {
            ascent = max(ascent, placed.ascent)
            descent = max(descent, placed.descent)
            inkAscent = max(inkAscent, placed.inkAscent)
        }
        width += advance ?? other.width
    }
}

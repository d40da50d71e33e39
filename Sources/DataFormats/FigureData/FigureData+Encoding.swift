import Foundation

/// The canonical text encoding of figure data (format `figure-data 1`).
///
/// ```
/// # format: figure-data 1
/// # figure: exclusion-vanilla
/// # x: m_Z' [GeV]
/// # y: g_Z'
/// # note: optional free text, one line per note
/// series,x,y
/// na64e-2016-2022,0.001,0.00038
/// ```
/// - Header lines in this order: `format`, `figure`, `x`, `y`, then zero or more `note`.
/// - Then the column line `series,x,y` and one row per point; the rows of a series are
///   contiguous, series in the order the figure gives them, points in their stored order
///   (x non-decreasing). Lines end with `\n`, including the last.
/// - Numbers in Swift's `Double.description`: the shortest decimal that reads back to the same
///   `Double`, produced by Swift's own algorithm and so identical on every platform
///   (`0.00038`, `1e-05`, `1e+16`, `3.0`, `-0.0`). Non-finite values are refused, so the file
///   never contains `nan` or `inf`.
///
/// The same data always gives the same bytes, and parsing the bytes gives the same data.
extension FigureData {
    /// The column line that separates the header from the rows.
    public static let columnLine = "series,x,y"

    /// The canonical text of this figure data.
    ///
    /// - Throws: ``FigureDataError`` if ``validate()`` fails (e.g. a NaN, a decreasing x).
    /// - Complexity: O(total points).
    public func encodedText() throws(FigureDataError) -> String {
        try validate()
        var text = "# format: figure-data \(Self.formatVersion)\n"
        text += "# figure: \(figure)\n"
        text += "# x: \(x.text)\n"
        text += "# y: \(y.text)\n"
        for note in notes {
            text += "# note: \(note)\n"
        }
        text += Self.columnLine + "\n"
        for item in series {
            for point in item.points {
                text += "\(item.name),\(Self.formatNumber(point.x)),\(Self.formatNumber(point.y))\n"
            }
        }
        return text
    }

    /// The canonical bytes of this figure data (UTF-8 of ``encodedText()``).
    ///
    /// - Throws: ``FigureDataError`` if ``validate()`` fails.
    public func encoded() throws(FigureDataError) -> Data {
        Data(try encodedText().utf8)
    }

    /// A finite number in shortest round-trip form (`Double.description`).
    public static func formatNumber(_ value: Double) -> String {
        precondition(value.isFinite, "figure data holds finite numbers only")
        return value.description
    }
}

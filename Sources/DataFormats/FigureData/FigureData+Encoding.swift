import Foundation

/// The canonical text encoding of figure data (format `figure-data 2`).
///
/// ```
/// # format: figure-data 2
/// # figure: exclusion-vanilla
/// # x: m_Z' [GeV]
/// # y: g_Z'
/// # x-scale: log
/// # y-scale: log
/// # note: optional free text, one line per note
/// series,kind,segment,x,y
/// babar-2016,upper-limit,0,3.04,0.0021
/// babar-2016,upper-limit,1,3.15,0.0019
/// ```
/// - Header lines in this order: `format`, `figure`, `x`, `y`, then `x-scale` and `y-scale` when
///   known (`log` or `linear`, how the figure draws the axis), then zero or more `note`.
/// - Then the column line `series,kind,segment,x,y` and one row per point; the rows of a series
///   are contiguous, series in the order the figure gives them, points in their stored order
///   (x non-decreasing within a segment, except in a closed region). `kind` is the same on every
///   row of a series (``FigureDataSeriesKind``); `segment` counts from 0 and grows by 1 at each
///   gap: two segments of a series are never joined. Lines end with `\n`, including the last.
/// - Numbers in Swift's `Double.description`: the shortest decimal that reads back to the same
///   `Double`, produced by Swift's own algorithm and so identical on every platform
///   (`0.00038`, `1e-05`, `1e+16`, `3.0`, `-0.0`). Non-finite values are refused, so the file
///   never contains `nan` or `inf`.
///
/// Version 1 (`series,x,y`, no kinds, segments or scales) is still read: its series have one
/// segment and no kind. The same data always gives the same bytes, and parsing the bytes gives
/// the same data.
extension FigureData {
    /// The column line that separates the header from the rows.
    public static let columnLine = "series,kind,segment,x,y"
    /// The column line of format 1, still read.
    public static let columnLineVersion1 = "series,x,y"

    /// The canonical text of this figure data.
    ///
    /// - Throws: ``FigureDataError`` if ``validate()`` fails (e.g. a NaN, a decreasing x, a
    ///   series without a kind).
    /// - Complexity: O(total points).
    public func encodedText() throws(FigureDataError) -> String {
        String(decoding: try encodedBytes(), as: UTF8.self)
    }

    /// The canonical bytes of this figure data (UTF-8 of ``encodedText()``).
    ///
    /// - Throws: ``FigureDataError`` if ``validate()`` fails.
    public func encoded() throws(FigureDataError) -> Data {
        Data(try encodedBytes())
    }

    /// The canonical text's UTF-8, written straight into bytes: each number's shortest form is copied from the
    /// digits `Double.write(to:)` produces, without a `String` per number or per row. O(total points).
    private func encodedBytes() throws(FigureDataError) -> [UInt8] {
        try validate()
        for item in series where item.kind == nil {
            throw FigureDataError(file: fileName, problem: .missingSeriesKind(series: item.name))
        }
        var header = Self.formatMarker.commentLine + "\n"
        header += "# figure: \(figure)\n"
        header += "# x: \(x.text)\n"
        header += "# y: \(y.text)\n"
        if let xScale { header += "# x-scale: \(xScale.rawValue)\n" }
        if let yScale { header += "# y-scale: \(yScale.rawValue)\n" }
        for note in notes {
            header += "# note: \(note)\n"
        }
        header += Self.columnLine + "\n"
        var output = ByteOutput()
        output.bytes.reserveCapacity(header.utf8.count + series.reduce(0) { $0 + $1.segments.reduce(0) { $0 + $1.count } } * 48)
        output.write(header)
        for item in series {
            let prefix = Array("\(item.name),\(item.kind!.rawValue),".utf8)
            for (segment, points) in item.segments.enumerated() {
                let segmentColumn = Array("\(segment),".utf8)
                for point in points {
                    output.bytes += prefix
                    output.bytes += segmentColumn
                    Self.writeNumber(point.x, to: &output)
                    output.bytes.append(UInt8(ascii: ","))
                    Self.writeNumber(point.y, to: &output)
                    output.bytes.append(UInt8(ascii: "\n"))
                }
            }
        }
        return output.bytes
    }

    /// A finite number in shortest round-trip form (the text of `Double.description`), written to `output`.
    private static func writeNumber(_ value: Double, to output: inout ByteOutput) {
        precondition(value.isFinite, "figure data holds finite numbers only")
        value.write(to: &output)
    }

    /// A finite number in shortest round-trip form, as the encoder writes it (``writeNumber(_:to:)``).
    public static func formatNumber(_ value: Double) -> String {
        var output = ByteOutput()
        writeNumber(value, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

/// Bytes collected from a text output stream; ASCII runs (a number's digits) are copied as they come.
private struct ByteOutput: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes += string.utf8 }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}

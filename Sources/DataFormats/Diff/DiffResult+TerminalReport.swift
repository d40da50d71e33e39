/// The plain-text report for the terminal: a table of differences, the identical figures on
/// one line, and the summary line.
extension DiffResult {
    /// The table columns, in order.
    static let tableHeader = ["figure", "series", "max change", "at", "beyond tolerance", "points +/-", "verdict"]

    /// One table row per series that is not identical (every series with
    /// `includeIdentical`), one per added or removed figure and one per changed axis.
    /// Cells that do not apply are `-`. O(rows).
    func tableRows(includeIdentical: Bool) -> [[String]] {
        var rows: [[String]] = []
        for figure in figures {
            switch figure.verdict {
            case .added, .removed:
                let points = figure.series.reduce(0) { $0 + $1.baselinePointCount + $1.candidatePointCount }
                let sign = figure.verdict == .added ? "+" : "-"
                rows.append([figure.figure, "-", "-", "-", "-", "\(sign)\(points)", DiffFormatting.verdict(figure.verdict, isFigure: true)])
            case .identical, .withinTolerance, .beyondTolerance:
                for change in figure.axisChanges {
                    rows.append([
                        figure.figure, "(\(change.axis) axis)", "-", "\(change.old.text) -> \(change.new.text)", "-", "-", "axis changed"
                    ])
                }
                for series in figure.series where includeIdentical || series.verdict != .identical {
                    rows.append(Self.tableRow(figure: figure, series: series))
                }
            }
        }
        return rows
    }

    static func tableRow(figure: DiffFigureResult, series: DiffSeriesResult) -> [String] {
        let change = series.largestChange
        let isWhole = series.verdict == .added || series.verdict == .removed
        var points = "-"
        if series.verdict == .added {
            points = "+\(series.candidatePointCount)"
        } else if series.verdict == .removed {
            points = "-\(series.baselinePointCount)"
        } else if !series.addedPoints.isEmpty || !series.removedPoints.isEmpty {
            points = "+\(series.addedPoints.count)/-\(series.removedPoints.count)"
        }
        return [
            figure.figure,
            series.name,
            change.map { DiffFormatting.percent($0.relativeChange) } ?? "-",
            change.map { DiffFormatting.place($0.x, on: figure.x) } ?? "-",
            isWhole
                ? "-"
                : "\(series.pointsBeyondTolerance) of \(series.comparedPointCount)"
                    + DiffFormatting.interpolationNote(series),
            points + (series.interpolation != nil && points != "-" ? " outside" : ""),
            DiffFormatting.verdict(series.verdict)
                + (series.structureChanged ? " (\(figure.structureChanges(of: series).joined(separator: ", ")))" : "")
        ]
    }

    /// The terminal report: the table (if anything differs), `Identical: …` (if any figure
    /// is), then ``summaryLine()``. Ends with a newline.
    public func terminalReport(includeIdentical: Bool = false) -> String {
        var lines: [String] = []
        let rows = tableRows(includeIdentical: includeIdentical)
        if !rows.isEmpty {
            lines += Self.alignedColumns([Self.tableHeader] + rows)
            lines.append("")
        }
        let identical = figures.filter { $0.verdict == .identical }.map(\.figure)
        if !identical.isEmpty && !includeIdentical {
            lines.append("Identical: \(identical.joined(separator: ", "))")
        }
        lines += notes()
        lines.append(summaryLine())
        return lines.joined(separator: "\n") + "\n"
    }

    /// Remarks on how the comparison was made: a baseline in figure-data format 1 (no kinds or
    /// segments), series compared by interpolation on another grid.
    public func notes() -> [String] {
        var notes: [String] = []
        let unstructured = figures.filter { $0.series.contains(where: \.baselineWithoutStructure) }.map(\.figure)
        if !unstructured.isEmpty {
            notes.append(
                "Note: the baseline of \(unstructured.joined(separator: ", ")) is figure-data 1 (no kinds or segments): "
                    + "only values were compared.")
        }
        let interpolated = figures.flatMap { figure in
            figure.series.filter { $0.interpolatedPointCount > 0 }.map { "\(figure.figure) / \($0.name)" }
        }
        if !interpolated.isEmpty {
            notes.append(
                "Note: on another x grid than the baseline, compared by interpolation over the common range: "
                    + interpolated.joined(separator: ", ") + ".")
        }
        return notes
    }

    /// Rows padded to column width (in characters), two spaces apart, no trailing spaces.
    static func alignedColumns(_ rows: [[String]]) -> [String] {
        let columnCount = rows.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}

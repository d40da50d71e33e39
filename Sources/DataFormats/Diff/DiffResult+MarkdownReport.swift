/// The markdown report (`out/diff/report.md`), fit for a pull-request comment.
extension DiffResult {
    /// The report: a heading, the summary line, a table of changed series, lists of added and
    /// removed figures, series and points and of changed axes, and the identical figures on one
    /// line. Ends with a newline.
    ///
    /// - Parameter title: the level-2 heading.
    public func markdownReport(title: String = "Figure data diff") -> String {
        var lines = ["## \(title)", "", "**\(summaryLine())**"]

        let changed = figures.filter { $0.verdict != .added && $0.verdict != .removed }
            .flatMap { figure in figure.series.filter { $0.largestChange != nil }.map { (figure, $0) } }
        if !changed.isEmpty {
            lines += ["", "### Changed series", ""]
            lines.append("| Figure | Series | Max change | At | Points beyond tolerance | Verdict |")
            lines.append("|---|---|--:|---|--:|---|")
            for (figure, series) in changed {
                let change = series.largestChange!
                let verdict = DiffFormatting.verdict(series.verdict)
                let cells = [
                    "`\(figure.figure)`",
                    "`\(series.name)`",
                    DiffFormatting.percent(change.relativeChange),
                    Self.markdownEscaped(DiffFormatting.place(change.x, on: figure.x)),
                    "\(series.pointsBeyondTolerance) of \(series.comparedPointCount)"
                        + DiffFormatting.interpolationNote(series),
                    series.verdict == .beyondTolerance ? "**\(verdict)**" : verdict
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }

        let structural = structuralChangeItems()
        if !structural.isEmpty {
            lines += ["", "### Added, removed and changed", ""]
            lines += structural.map { "- \($0)" }
        }

        let notes = notes()
        if !notes.isEmpty { lines += [""] + notes.map(Self.markdownEscaped) }
        let identical = figures.filter { $0.verdict == .identical }.map { "`\($0.figure)`" }
        if !identical.isEmpty {
            lines += ["", "Identical: \(identical.joined(separator: ", "))."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Added or removed figures, series and points, and changed axes, as markdown list items.
    func structuralChangeItems() -> [String] {
        var items: [String] = []
        for figure in figures {
            let name = "`\(figure.figure)`"
            if figure.verdict == .added || figure.verdict == .removed {
                let word = figure.verdict == .added ? "added" : "removed"
                items.append("Figure \(name) \(word) (\(DiffFormatting.count(figure.series.count, "series"))).")
                continue
            }
            for change in figure.axisChanges {
                items.append(
                    "\(name): \(change.axis) axis changed from “\(Self.markdownEscaped(change.old.text))” to "
                        + "“\(Self.markdownEscaped(change.new.text))”."
                )
            }
            for series in figure.series {
                let seriesName = "`\(figure.figure) / \(series.name)`"
                switch series.verdict {
                case .added:
                    items.append("Series \(seriesName) added (\(DiffFormatting.count(series.candidatePointCount, "point"))).")
                case .removed:
                    items.append("Series \(seriesName) removed (\(DiffFormatting.count(series.baselinePointCount, "point"))).")
                case .identical, .withinTolerance, .beyondTolerance:
                    var parts = figure.structureChanges(of: series)
                    if series.interpolation != nil {
                        parts += DiffFormatting.outsidePoints(series.addedPoints, side: "new", common: series.commonRange, on: figure.x)
                            .map(Self.markdownEscaped)
                        parts += DiffFormatting.outsidePoints(
                            series.removedPoints, side: "baseline", common: series.commonRange, on: figure.x
                        ).map(Self.markdownEscaped)
                    } else {
                        parts += DiffFormatting.pointChanges(
                            added: series.addedPoints, removed: series.removedPoints, on: figure.x, escape: Self.markdownEscaped)
                    }
                    if !parts.isEmpty { items.append("\(seriesName): \(parts.joined(separator: "; ")).") }
                }
            }
        }
        return items
    }

    /// Text with markdown's special characters escaped, safe in a paragraph or a table cell.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

/// The plain-words summary of a diff: one line overall and one line per change.
extension DiffResult {
    /// One sentence with the counts and the outcome, e.g.
    /// `8 figures compared: 2 series beyond tolerance, 1 series within tolerance, 1 figure added; 5 figures identical. Beyond tolerance.`
    public func summaryLine() -> String {
        let series = figures.filter { $0.verdict != .added && $0.verdict != .removed }.flatMap(\.series)
        let counts: [(Int, String, String)] = [
            (series.filter { $0.verdict == .beyondTolerance }.count, "series", "beyond tolerance"),
            (series.filter { $0.verdict == .withinTolerance }.count, "series", "within tolerance"),
            (series.filter { $0.verdict == .added }.count, "series", "added"),
            (series.filter { $0.verdict == .removed }.count, "series", "removed"),
            (figures.filter { !$0.axisChanges.isEmpty }.count, "figure", "with changed axes"),
            (figures.filter { $0.verdict == .added }.count, "figure", "added"),
            (figures.filter { $0.verdict == .removed }.count, "figure", "removed")
        ]
        let changes = counts.filter { $0.0 > 0 }.map { "\(DiffFormatting.count($0.0, $0.1)) \($0.2)" }
        let identical = figures.filter { $0.verdict == .identical }.count
        let outcome = exitStatus == 0 ? "Within tolerance." : "Beyond tolerance."
        let compared = "\(DiffFormatting.count(figures.count, "figure")) compared"
        if changes.isEmpty {
            return "\(compared): all identical. \(outcome)"
        }
        return "\(compared): \(changes.joined(separator: ", ")); \(DiffFormatting.count(identical, "figure")) identical. \(outcome)"
    }

    /// One line per difference, in figure order, e.g.
    /// `exclusion-vanilla / na64e-2016-2022: max +3.1% at m_Z' = 0.25 GeV (2 of 3 points beyond tolerance)`.
    /// Identical series give no line.
    public func changeLines() -> [String] {
        figures.flatMap { $0.changeLines() }
    }
}

extension DiffFigureResult {
    /// The change lines of this figure (see ``DiffResult/changeLines()``).
    public func changeLines() -> [String] {
        switch verdict {
        case .added, .removed:
            let word = verdict == .added ? "added" : "removed"
            return ["\(figure): figure \(word) (\(DiffFormatting.count(series.count, "series")))"]
        case .identical, .withinTolerance, .beyondTolerance:
            let axes = axisChanges.map { "\(figure): \($0.axis) axis changed from '\($0.old.text)' to '\($0.new.text)'" }
            return axes + series.compactMap { changeLine(for: $0) }
        }
    }

    /// The line for one series, or `nil` if it is identical.
    public func changeLine(for result: DiffSeriesResult) -> String? {
        let prefix = "\(figure) / \(result.name): "
        switch result.verdict {
        case .identical:
            return nil
        case .added:
            return prefix + "series added (\(DiffFormatting.count(result.candidatePointCount, "point")))"
        case .removed:
            return prefix + "series removed (\(DiffFormatting.count(result.baselinePointCount, "point")))"
        case .withinTolerance, .beyondTolerance:
            var parts: [String] = []
            let compared = "\(DiffFormatting.count(result.comparedPointCount, "point"))" + DiffFormatting.interpolationNote(result)
            if let change = result.largestChange {
                let beyond =
                    result.pointsBeyondTolerance == 0
                    ? "within tolerance"
                    : "\(result.pointsBeyondTolerance) of \(compared) beyond tolerance"
                parts.append("max \(DiffFormatting.percent(change.relativeChange)) at \(DiffFormatting.place(change.x, on: x)) (\(beyond))")
            } else {
                parts.append("common values identical")
            }
            if result.interpolatedPointCount > 0, result.pointsBeyondTolerance == 0 { parts.append("\(compared) compared") }
            parts += structureChanges(of: result)
            if result.interpolation != nil {
                parts += DiffFormatting.outsidePoints(result.addedPoints, side: "new", common: result.commonRange, on: x)
                parts += DiffFormatting.outsidePoints(result.removedPoints, side: "baseline", common: result.commonRange, on: x)
            } else {
                parts += DiffFormatting.pointChanges(added: result.addedPoints, removed: result.removedPoints, on: x)
            }
            return prefix + parts.joined(separator: "; ")
        }
    }

    /// `kind upper-limit -> line`, `segments 1 -> 2` (only what changed).
    func structureChanges(of result: DiffSeriesResult) -> [String] {
        var parts: [String] = []
        if result.kindChanged, let old = result.baselineKind, let new = result.candidateKind {
            parts.append("kind \(old.rawValue) -> \(new.rawValue)")
        }
        if result.segmentsChanged, let old = result.baselineSegmentCount, let new = result.candidateSegmentCount {
            parts.append("segments \(old) -> \(new)")
        }
        return parts
    }
}

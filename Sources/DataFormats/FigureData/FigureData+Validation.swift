import Foundation

/// Validation of figure data: the rules every encoded file satisfies.
extension FigureData {
    /// The file name this figure is written to: `<figure>.csv`.
    public var fileName: String { "\(figure).csv" }

    /// Checks that the data can be written and read back unchanged: kebab-case figure and
    /// series names, unique non-empty series, one-line axes and notes, finite numbers, and
    /// x non-decreasing within each segment of a series (but a closed region), segment starts
    /// increasing inside the series. O(total points).
    ///
    /// - Throws: ``FigureDataError`` naming `<figure>.csv` and the problem.
    public func validate() throws(FigureDataError) {
        func fail(_ problem: FigureDataProblem) -> FigureDataError {
            FigureDataError(file: fileName, problem: problem)
        }
        guard Self.isKebabCase(figure) else { throw fail(.invalidFigureName(figure)) }
        guard Self.isValidAxis(x) else { throw fail(.invalidAxis(axis: "x", text: x.text)) }
        guard Self.isValidAxis(y) else { throw fail(.invalidAxis(axis: "y", text: y.text)) }
        for note in notes where !Self.isValidHeaderValue(note) {
            throw fail(.invalidNote(note))
        }
        var seen = Set<String>()
        for item in series {
            guard Self.isKebabCase(item.name) else { throw fail(.invalidSeriesName(item.name)) }
            guard seen.insert(item.name).inserted else { throw fail(.duplicateSeries(name: item.name)) }
            guard !item.points.isEmpty else { throw fail(.emptySeries(name: item.name)) }
            let bounds = [0] + item.segmentStarts + [item.points.count]
            guard zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw fail(.invalidSegmentStarts(series: item.name, starts: item.segmentStarts, pointCount: item.points.count))
            }
            let checksOrder = item.kind?.requiresIncreasingX ?? true
            var previousX = -Double.infinity
            let starts = Set(item.segmentStarts)
            for (index, point) in item.points.enumerated() {
                // x may go back across a gap (a dataset's pieces need not be in mass order).
                if starts.contains(index) { previousX = -Double.infinity }
                guard point.x.isFinite else {
                    throw fail(.nonFiniteNumber(series: item.name, index: index, column: "x", value: point.x))
                }
                guard point.y.isFinite else {
                    throw fail(.nonFiniteNumber(series: item.name, index: index, column: "y", value: point.y))
                }
                guard !checksOrder || point.x >= previousX else {
                    throw fail(.decreasingX(series: item.name, previous: previousX, current: point.x))
                }
                previousX = point.x
            }
        }
    }

    /// Whether a name is kebab-case: words of `a-z`, `0-9` joined by single `-`, where a word
    /// may contain `.` between alphanumerics (`alpha-d-0.1`, `projection-e-minus-1e13`).
    public static func isKebabCase(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        return name.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
            !word.isEmpty
                && word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                    !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
                }
        }
    }

    /// The text without leading and trailing spaces and tabs.
    static func trimmedHeaderValue(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// A header value survives `# key: VALUE` unchanged: non-empty, one line, no surrounding spaces.
    static func isValidHeaderValue(_ value: String) -> Bool {
        !value.isEmpty
            && !value.contains(where: \.isNewline)
            && trimmedHeaderValue(value) == value
    }

    /// An axis survives `LABEL [UNIT]` unchanged: a valid header value, the unit free of
    /// brackets, and a unit-less label not itself ending in ` [...]`.
    static func isValidAxis(_ axis: FigureDataAxis) -> Bool {
        guard isValidHeaderValue(axis.label) else { return false }
        if let unit = axis.unit {
            return isValidHeaderValue(unit) && !unit.contains("[") && !unit.contains("]")
        }
        return FigureDataAxis(parsing: axis.label).unit == nil
    }
}

extension FigureDataAxis {
    /// Reads `LABEL [UNIT]` (the unit is the text in the last ` [...]` at the end) or `LABEL`.
    init(parsing text: String) {
        if text.hasSuffix("]"), let open = text.range(of: " [", options: .backwards) {
            let unit = String(text[open.upperBound..<text.index(before: text.endIndex)])
            let label = String(text[..<open.lowerBound])
            if !unit.isEmpty, !unit.contains("["), !unit.contains("]"), !label.isEmpty {
                self.init(label: label, unit: unit)
                return
            }
        }
        self.init(label: text, unit: nil)
    }
}

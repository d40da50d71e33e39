import Foundation

/// Reading figure data from its text form (see `FigureData+Encoding.swift`).
///
/// The parser accepts the canonical form and a little more, so hand-edited files still read:
/// header lines in any order, `\r\n` line endings, and numbers in any decimal spelling
/// (`3.8e-04`). It refuses, naming `file:line` and what was expected: a missing or repeated
/// header, an unknown header key, a format version other than 1 or 2, a column line other than
/// the version's (`series,kind,segment,x,y`; `series,x,y` in version 1), rows with another number
/// of fields, an unknown kind, a kind that changes within a series, segments not counted 0, 1, 2…,
/// names that are not kebab-case, fields that are not decimal numbers (`nan`, `inf`, hex), values
/// that overflow to infinity, x decreasing within a segment, and rows of a series interrupted by
/// another series.
extension FigureData {
    /// Parses figure data from UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages (e.g. `out/data/pi-q2.csv`).
    /// - Throws: ``FigureDataError`` with the file, line and what was expected.
    public init(parsing data: Data, fileName: String) throws(FigureDataError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw FigureDataError(file: fileName, line: nil, problem: .invalidUTF8)
        }
        try self.init(parsing: text, fileName: fileName)
    }

    /// Parses figure data from text.
    ///
    /// - Complexity: O(length of the text).
    /// - Throws: ``FigureDataError`` with the file, line and what was expected.
    public init(parsing text: String, fileName: String) throws(FigureDataError) {
        var parser = FigureDataParser(fileName: fileName)
        self = try parser.parse(text)
    }
}

/// The line-by-line state of one parse.
private struct FigureDataParser {
    let fileName: String
    var headers: [String: (value: String, line: Int)] = [:]
    var notes: [String] = []
    var series: [FigureDataSeries] = []
    var seriesFirstLine: [String: Int] = [:]
    /// The declared version, once the `# format:` line is read.
    var version: Int?
    /// The segment of the last row of the current series (format 2).
    var currentSegment = 0

    init(fileName: String) {
        self.fileName = fileName
    }

    func error(_ line: Int?, _ problem: FigureDataProblem) -> FigureDataError {
        FigureDataError(file: fileName, line: line, problem: problem)
    }

    mutating func parse(_ text: String) throws(FigureDataError) -> FigureData {
        // "\r\n" is one Character in Swift, so it is matched as a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        if lines.last?.isEmpty == true { lines.removeLast() }
        var columnLineNumber: Int?
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if line.isEmpty { throw error(number, .blankLine) }
            if line.hasPrefix("#") {
                guard columnLineNumber == nil else { throw error(number, .headerAfterColumns) }
                try readHeader(line, number: number)
            } else if columnLineNumber == nil {
                try requireHeaders(line: number)
                let expected = version == 1 ? FigureData.columnLineVersion1 : FigureData.columnLine
                guard line == expected else {
                    throw error(number, .unknownColumnLayout(expected: expected, found: String(line)))
                }
                columnLineNumber = number
            } else {
                try readRow(line, number: number)
            }
        }
        if columnLineNumber == nil {
            try requireHeaders(line: lines.count + 1)
            let expected = version == 1 ? FigureData.columnLineVersion1 : FigureData.columnLine
            throw error(lines.count + 1, .missingHeader(expected: expected))
        }
        return FigureData(
            figure: headers["figure"]!.value,
            x: FigureDataAxis(parsing: headers["x"]!.value),
            y: FigureDataAxis(parsing: headers["y"]!.value),
            xScale: headers["x-scale"].flatMap { FigureDataScale(rawValue: $0.value) },
            yScale: headers["y-scale"].flatMap { FigureDataScale(rawValue: $0.value) },
            notes: notes,
            series: series
        )
    }

    mutating func readHeader(_ line: Substring, number: Int) throws(FigureDataError) {
        let body = line.dropFirst()
        guard let colon = body.firstIndex(of: ":") else {
            throw error(number, .malformedHeader(text: String(line)))
        }
        let key = FigureData.trimmedHeaderValue(body[..<colon])
        let value = FigureData.trimmedHeaderValue(body[body.index(after: colon)...])
        switch key {
        case "note":
            guard FigureData.isValidHeaderValue(value) else { throw error(number, .invalidNote(value)) }
            notes.append(value)
            return
        case "format":
            guard let marker = FormatMarker(value: Substring(value)), marker.name == FigureData.formatMarker.name,
                FigureData.readableVersions.contains(marker.version)
            else {
                throw error(number, .unsupportedFormat(found: value))
            }
            version = marker.version
        case "x-scale", "y-scale":
            guard version != 1 else { throw error(number, .malformedHeader(text: String(line))) }
            guard FigureDataScale(rawValue: value) != nil else {
                throw error(number, .invalidScale(axis: String(key.prefix(1)), text: value))
            }
        case "figure":
            guard FigureData.isKebabCase(value) else { throw error(number, .invalidFigureName(value)) }
        case "x", "y":
            guard FigureData.isValidAxis(FigureDataAxis(parsing: value)) else {
                throw error(number, .invalidAxis(axis: key, text: value))
            }
        default:
            throw error(number, .malformedHeader(text: String(line)))
        }
        guard headers[key] == nil else { throw error(number, .duplicateHeader(key: key)) }
        headers[key] = (value, number)
    }

    func requireHeaders(line: Int) throws(FigureDataError) {
        let required = [
            ("format", FigureData.formatMarker.commentLine),
            ("figure", "# figure: NAME"),
            ("x", "# x: LABEL [UNIT]"),
            ("y", "# y: LABEL [UNIT]")
        ]
        for (key, expected) in required where headers[key] == nil {
            throw error(line, .missingHeader(expected: expected))
        }
    }

    mutating func readRow(_ line: Substring, number: Int) throws(FigureDataError) {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        let structured = version != 1
        let expectedCount = structured ? 5 : 3
        guard fields.count == expectedCount else {
            throw error(number, .wrongFieldCount(expected: expectedCount, found: fields.count))
        }
        let name = String(fields[0])
        guard FigureData.isKebabCase(name) else { throw error(number, .invalidSeriesName(name)) }
        var kind: FigureDataSeriesKind?
        var segment = 0
        if structured {
            guard let parsed = FigureDataSeriesKind(rawValue: String(fields[1])) else {
                throw error(number, .invalidKind(String(fields[1])))
            }
            kind = parsed
            guard let value = Int(fields[2]), value >= 0, fields[2].allSatisfy(\.isASCII) else {
                throw error(number, .invalidSegment(series: name, expected: "a segment number 0, 1, 2, …", found: String(fields[2])))
            }
            segment = value
        }
        let x = try parseNumber(fields[expectedCount - 2], column: "x", line: number)
        let y = try parseNumber(fields[expectedCount - 1], column: "y", line: number)
        if series.last?.name != name {
            if let firstLine = seriesFirstLine[name] {
                throw error(number, .nonContiguousSeries(name: name, firstLine: firstLine))
            }
            seriesFirstLine[name] = number
            series.append(FigureDataSeries(name: name, kind: kind, points: []))
            currentSegment = 0
            guard segment == 0 else {
                throw error(number, .invalidSegment(series: name, expected: "0 on the first row of the series", found: "\(segment)"))
            }
        }
        let last = series.count - 1
        if series[last].kind != kind {
            throw error(number, .kindChanged(series: name, first: series[last].kind?.rawValue ?? "", found: kind?.rawValue ?? ""))
        }
        var startsSegment = false
        if segment == currentSegment + 1 {
            series[last].segmentStarts.append(series[last].points.count)
            currentSegment = segment
            startsSegment = true
        } else if segment != currentSegment {
            throw error(
                number,
                .invalidSegment(series: name, expected: "\(currentSegment) or \(currentSegment + 1)", found: "\(segment)"))
        }
        if !startsSegment, kind?.requiresIncreasingX ?? true, let previous = series[last].points.last, x < previous.x {
            throw error(number, .decreasingX(series: name, previous: previous.x, current: x))
        }
        series[last].points.append(FigureDataPoint(x: x, y: y))
    }

    func parseNumber(_ field: Substring, column: String, line: Int) throws(FigureDataError) -> Double {
        let isDecimal = !field.isEmpty && field.unicodeScalars.allSatisfy { "0123456789.eE+-".unicodeScalars.contains($0) }
        guard isDecimal, let value = Double(field), value.isFinite else {
            throw error(line, .invalidNumber(column: column, text: String(field)))
        }
        return value
    }
}

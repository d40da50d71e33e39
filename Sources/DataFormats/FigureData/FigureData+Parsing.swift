import Foundation

/// Reading figure data from its text form (see `FigureData+Encoding.swift`).
///
/// The parser accepts the canonical form and a little more, so hand-edited files still read:
/// header lines in any order, `\r\n` line endings, and numbers in any decimal spelling
/// (`3.8e-04`). It refuses, naming `file:line` and what was expected: a missing or repeated
/// header, an unknown header key, another format version, a column line other than
/// `series,x,y`, rows without three fields, names that are not kebab-case, fields that are not
/// decimal numbers (`nan`, `inf`, hex), values that overflow to infinity, x decreasing within a
/// series, and rows of a series interrupted by another series.
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
                guard line == FigureData.columnLine else {
                    throw error(number, .unknownColumnLayout(found: String(line)))
                }
                try requireHeaders(line: number)
                columnLineNumber = number
            } else {
                try readRow(line, number: number)
            }
        }
        if columnLineNumber == nil {
            try requireHeaders(line: lines.count + 1)
            throw error(lines.count + 1, .missingHeader(expected: FigureData.columnLine))
        }
        return FigureData(
            figure: headers["figure"]!.value,
            x: FigureDataAxis(parsing: headers["x"]!.value),
            y: FigureDataAxis(parsing: headers["y"]!.value),
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
            guard value == "figure-data \(FigureData.formatVersion)" else {
                throw error(number, .unsupportedFormat(found: value))
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
            ("format", "# format: figure-data \(FigureData.formatVersion)"),
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
        guard fields.count == 3 else { throw error(number, .wrongFieldCount(found: fields.count)) }
        let name = String(fields[0])
        guard FigureData.isKebabCase(name) else { throw error(number, .invalidSeriesName(name)) }
        let x = try parseNumber(fields[1], column: "x", line: number)
        let y = try parseNumber(fields[2], column: "y", line: number)
        if series.last?.name != name {
            if let firstLine = seriesFirstLine[name] {
                throw error(number, .nonContiguousSeries(name: name, firstLine: firstLine))
            }
            seriesFirstLine[name] = number
            series.append(FigureDataSeries(name: name, points: []))
        }
        let last = series.count - 1
        if let previous = series[last].points.last, x < previous.x {
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

/// A problem with figure data, located at `file:line` when it comes from a file.
///
/// `description` is the message shown to users: `exclusion-vanilla.csv:12: x must not
/// decrease within series 'ccfr' (0.5 after 0.7)`.
public struct FigureDataError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
    /// The file name (or, for encoding errors, `<figure>.csv`).
    public var file: String
    /// The 1-based line, when the problem is on a line of a file.
    public var line: Int?
    /// What is wrong.
    public var problem: FigureDataProblem

    /// Creates an error.
    public init(file: String, line: Int? = nil, problem: FigureDataProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `file:line: message`, or `file: message` without a line.
    public var description: String { UserError.render(userError) }

    /// The error in the shape every layer shares.
    public var userError: UserError {
        UserError(SourceLocation(file: file, line: line), problem: problem.description)
    }
}

/// What can be wrong with figure data, each case worded as what was expected.
public enum FigureDataProblem: Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8.
    case invalidUTF8
    /// A required header line is absent; the associated value is the expected form.
    case missingHeader(expected: String)
    /// A header key appears twice.
    case duplicateHeader(key: String)
    /// A `#` line that is not `# KEY: VALUE` with a known key.
    case malformedHeader(text: String)
    /// The `# format:` line names another format or version.
    case unsupportedFormat(found: String)
    /// The column line is not the version's (`series,kind,segment,x,y`, or `series,x,y` in version 1).
    case unknownColumnLayout(expected: String, found: String)
    /// A header comment after the column line.
    case headerAfterColumns
    /// A data row with another number of comma-separated fields than the column line.
    case wrongFieldCount(expected: Int, found: Int)
    /// A `kind` field that is not one of ``FigureDataSeriesKind``.
    case invalidKind(String)
    /// A kind that differs from the one on the series' first row.
    case kindChanged(series: String, first: String, found: String)
    /// A segment number that is not the current one or the next.
    case invalidSegment(series: String, expected: String, found: String)
    /// Segment starts that are not increasing indices inside the series.
    case invalidSegmentStarts(series: String, starts: [Int], pointCount: Int)
    /// A series without a kind cannot be written in format 2 (it was read from format 1).
    case missingSeriesKind(series: String)
    /// An `x-scale`/`y-scale` that is neither `log` nor `linear`.
    case invalidScale(axis: String, text: String)
    /// A blank line other than at the end of the file.
    case blankLine
    /// A figure name that is not kebab-case.
    case invalidFigureName(String)
    /// A series name that is not kebab-case.
    case invalidSeriesName(String)
    /// An axis label or unit that cannot be written on one header line and read back.
    case invalidAxis(axis: String, text: String)
    /// A note that is empty, spans lines, or has surrounding spaces.
    case invalidNote(String)
    /// A field that is not a decimal floating-point number.
    case invalidNumber(column: String, text: String)
    /// A NaN or infinite value (never written: the format has only finite numbers).
    case nonFiniteNumber(series: String, index: Int, column: String, value: Double)
    /// x decreases within a series.
    case decreasingX(series: String, previous: Double, current: Double)
    /// The rows of a series are interrupted by another series.
    case nonContiguousSeries(name: String, firstLine: Int)
    /// Two series share a name.
    case duplicateSeries(name: String)
    /// A series without points (it cannot be written as rows).
    case emptySeries(name: String)
    /// The `# figure:` line disagrees with the file name.
    case figureNameMismatch(fileName: String, figure: String)

    /// The message, worded as what was expected.
    public var description: String {
        switch self {
        case .invalidUTF8:
            return "expected UTF-8 text"
        case .missingHeader(let expected):
            return "missing header line, expected '\(expected)'"
        case .duplicateHeader(let key):
            return "header '# \(key):' appears more than once"
        case .malformedHeader(let text):
            return "expected a header '# KEY: VALUE' with KEY one of format, figure, x, y, x-scale, y-scale, note "
                + "(x-scale and y-scale from format 2 on); found '\(text)'"
        case .unsupportedFormat(let found):
            let versions = FigureData.readableVersions.map { "'figure-data \($0)'" }.joined(separator: " or ")
            return "expected format \(versions), found format '\(found)'"
        case .unknownColumnLayout(let expected, let found):
            return "expected the column line '\(expected)', found '\(found)'"
        case .headerAfterColumns:
            return "header lines must come before the column line '\(FigureData.columnLine)'"
        case .wrongFieldCount(let expected, let found):
            let columns = expected == 3 ? FigureData.columnLineVersion1 : FigureData.columnLine
            return "expected \(expected) fields '\(columns)', found \(found)"
        case .invalidKind(let text):
            let names = FigureDataSeriesKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "expected a series kind (one of \(names)), found '\(text)'"
        case .kindChanged(let series, let first, let found):
            return "series '\(series)' is '\(first)' on its first row; expected the same kind on every row, found '\(found)'"
        case .invalidSegment(let series, let expected, let found):
            return "series '\(series)': expected segment \(expected), found '\(found)'"
        case .invalidSegmentStarts(let series, let starts, let pointCount):
            return "series '\(series)': segment starts \(starts) must increase within 1..<\(pointCount)"
        case .missingSeriesKind(let series):
            return "series '\(series)' has no kind (read from format 1); give it one to write format \(FigureData.formatVersion)"
        case .invalidScale(let axis, let text):
            return "expected '# \(axis)-scale: log' or 'linear', found '\(text)'"
        case .blankLine:
            return "unexpected blank line"
        case .invalidFigureName(let name):
            return "expected a kebab-case figure name (a-z, 0-9, '-', '.'), found '\(name)'"
        case .invalidSeriesName(let name):
            return "expected a kebab-case series name (a-z, 0-9, '-', '.'), found '\(name)'"
        case .invalidAxis(let axis, let text):
            return "expected a one-line \(axis) axis 'LABEL' or 'LABEL [UNIT]' without surrounding spaces, found '\(text)'"
        case .invalidNote(let text):
            return "expected a non-empty one-line note without surrounding spaces, found '\(text)'"
        case .invalidNumber(let column, let text):
            return "expected a decimal number in column \(column), found '\(text)'"
        case .nonFiniteNumber(let series, let index, let column, let value):
            return "series '\(series)' point \(index): \(column) = \(value) is not finite (figure data holds finite numbers only)"
        case .decreasingX(let series, let previous, let current):
            return "x must not decrease within series '\(series)' (\(current) after \(previous))"
        case .nonContiguousSeries(let name, let firstLine):
            return "rows of series '\(name)' must be contiguous (it started on line \(firstLine))"
        case .duplicateSeries(let name):
            return "series '\(name)' appears more than once"
        case .emptySeries(let name):
            return "series '\(name)' has no points"
        case .figureNameMismatch(let fileName, let figure):
            return "file '\(fileName)' declares '# figure: \(figure)'; expected the file to be named '\(figure).csv'"
        }
    }
}

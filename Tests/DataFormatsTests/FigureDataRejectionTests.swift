import Foundation
import Testing
@testable import DataFormats

@Suite("FigureData rejects bad files and bad values")
struct FigureDataRejectionTests {
    /// Parses `text` and returns the error it must raise.
    func parseError(_ text: String) throws -> FigureDataError {
        do {
            _ = try FigureData(parsing: text, fileName: "out/data/f.csv")
        } catch {
            return error
        }
        Issue.record("expected a parse error")
        throw CancellationError()
    }

    /// The fixture with line `number` (1-based) replaced.
    func fixture(replacingLine number: Int, with line: String) -> String {
        var lines = FigureDataFixtures.exclusionText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }

    @Test func missingHeader() throws {
        let text = FigureDataFixtures.exclusionText.replacingOccurrences(of: "# x: m_Z' [GeV]\n", with: "")
        let error = try parseError(text)
        #expect(error.line == 7)
        #expect(error.problem == .missingHeader(expected: "# x: LABEL [UNIT]"))
        #expect(error.description == "out/data/f.csv:7: missing header line, expected '# x: LABEL [UNIT]'")
    }

    @Test func missingFormatLine() throws {
        let error = try parseError("# figure: f\n# x: a\n# y: b\nseries,x,y\n")
        #expect(error.line == 4)
        #expect(error.problem == .missingHeader(expected: "# format: figure-data 2"))
    }

    @Test func emptyFile() throws {
        let error = try parseError("")
        #expect(error.line == 1)
        #expect(error.problem == .missingHeader(expected: "# format: figure-data 2"))
    }

    @Test func headerWithoutColumnLine() throws {
        let error = try parseError("# format: figure-data 2\n# figure: f\n# x: a\n# y: b\n")
        #expect(error.line == 5)
        #expect(error.problem == .missingHeader(expected: "series,kind,segment,x,y"))
    }

    @Test func otherFormatVersion() throws {
        let error = try parseError(fixture(replacingLine: 1, with: "# format: figure-data 3"))
        #expect(error.line == 1)
        #expect(error.problem == .unsupportedFormat(found: "figure-data 3"))
        #expect(error.description == "out/data/f.csv:1: expected format 'figure-data 1' or 'figure-data 2', found format 'figure-data 3'")
    }

    @Test func unknownHeaderKey() throws {
        let error = try parseError(fixture(replacingLine: 5, with: "# colour: red"))
        #expect(error.line == 5)
        #expect(error.problem == .malformedHeader(text: "# colour: red"))
    }

    @Test func duplicateHeader() throws {
        let error = try parseError(fixture(replacingLine: 5, with: "# y: g"))
        #expect(error.line == 5)
        #expect(error.problem == .duplicateHeader(key: "y"))
    }

    @Test(arguments: ["series,y,x", "series,x,y", "series,kind,segment,x,y,err", "name,kind,segment,x,y"])
    func unknownColumnLayout(columns: String) throws {
        let error = try parseError(fixture(replacingLine: 8, with: columns))
        #expect(error.line == 8)
        #expect(error.problem == .unknownColumnLayout(expected: "series,kind,segment,x,y", found: columns))
    }

    @Test(arguments: ["abc", "nan", "inf", "-inf", "0x1p3", "", " 1.0", "1,0"])
    func badFloat(field: String) throws {
        let error = try parseError(fixture(replacingLine: 10, with: "na64e-2016-2022,upper-limit,0,0.01,\(field)"))
        #expect(error.line == 10)
        if field == "1,0" {
            #expect(error.problem == .wrongFieldCount(expected: 5, found: 6))
        } else {
            #expect(error.problem == .invalidNumber(column: "y", text: field))
        }
    }

    @Test func overflowingFloat() throws {
        let error = try parseError(fixture(replacingLine: 10, with: "na64e-2016-2022,upper-limit,0,1e999,1"))
        #expect(error.problem == .invalidNumber(column: "x", text: "1e999"))
        #expect(error.description == "out/data/f.csv:10: expected a decimal number in column x, found '1e999'")
    }

    @Test func decreasingX() throws {
        let error = try parseError(fixture(replacingLine: 10, with: "na64e-2016-2022,upper-limit,0,0.0005,0.00041"))
        #expect(error.line == 10)
        #expect(error.problem == .decreasingX(series: "na64e-2016-2022", previous: 0.001, current: 0.0005))
        #expect(error.description == "out/data/f.csv:10: x must not decrease within series 'na64e-2016-2022' (0.0005 after 0.001)")
    }

    /// A dataset's pieces need not be in mass order: x may go back at a gap, never inside a segment.
    @Test func xMayDecreaseAcrossAGap() throws {
        let text = fixture(replacingLine: 11, with: "na64e-2016-2022,upper-limit,1,0.005,0.0012")
        let parsed = try FigureData(parsing: text, fileName: "f.csv")
        #expect(parsed.series[0].segments.map { $0.map(\.x) } == [[0.001, 0.01], [0.005]])
        #expect(try parsed.encodedText() == text)
    }

    @Test func equalXIsAllowed() throws {
        let text = fixture(replacingLine: 11, with: "na64e-2016-2022,upper-limit,1,0.01,0.0012")
        #expect(try FigureData(parsing: text, fileName: "f.csv").series[0].points.count == 3)
    }

    @Test func interruptedSeries() throws {
        let error = try parseError(fixture(replacingLine: 13, with: "na64e-2016-2022,upper-limit,0,0.3,0.0012"))
        #expect(error.line == 13)
        #expect(error.problem == .nonContiguousSeries(name: "na64e-2016-2022", firstLine: 9))
    }

    @Test func badSeriesName() throws {
        let error = try parseError(fixture(replacingLine: 9, with: "NA64e,upper-limit,0,0.001,0.00038"))
        #expect(error.line == 9)
        #expect(error.problem == .invalidSeriesName("NA64e"))
    }

    @Test func blankLineInTheMiddle() throws {
        let error = try parseError(fixture(replacingLine: 12, with: ""))
        #expect(error.line == 12)
        #expect(error.problem == .blankLine)
    }

    @Test func headerAfterRows() throws {
        let error = try parseError(FigureDataFixtures.exclusionText + "# note: late\n")
        #expect(error.line == 16)
        #expect(error.problem == .headerAfterColumns)
    }

    @Test func unknownKind() throws {
        let error = try parseError(fixture(replacingLine: 9, with: "na64e-2016-2022,limit,0,0.001,0.00038"))
        #expect(error.line == 9)
        #expect(error.problem == .invalidKind("limit"))
        #expect(error.description.contains("expected a series kind (one of line, band-edge, upper-limit,"))
    }

    @Test func kindChangingWithinASeries() throws {
        let error = try parseError(fixture(replacingLine: 10, with: "na64e-2016-2022,line,0,0.01,0.00041"))
        #expect(error.line == 10)
        #expect(error.problem == .kindChanged(series: "na64e-2016-2022", first: "upper-limit", found: "line"))
    }

    @Test(arguments: [
        (9, "na64e-2016-2022,upper-limit,1,0.001,0.00038", "0 on the first row of the series", "1"),
        (11, "na64e-2016-2022,upper-limit,2,0.25,0.0012", "0 or 1", "2"),
        (11, "na64e-2016-2022,upper-limit,-1,0.25,0.0012", "a segment number 0, 1, 2, …", "-1")
    ])
    func segmentsCountUpByOne(line: Int, row: String, expected: String, found: String) throws {
        let error = try parseError(fixture(replacingLine: line, with: row))
        #expect(error.line == line)
        #expect(error.problem == .invalidSegment(series: "na64e-2016-2022", expected: expected, found: found))
    }

    @Test func formatOneRowsHaveThreeFields() throws {
        let text = FigureDataFixtures.exclusionTextVersion1.replacingOccurrences(
            of: "na64e-2016-2022,0.01,0.00041", with: "na64e-2016-2022,upper-limit,0,0.01,0.00041")
        let error = try parseError(text)
        #expect(error.line == 8)
        #expect(error.problem == .wrongFieldCount(expected: 3, found: 5))
    }

    @Test func invalidUTF8() throws {
        #expect(throws: FigureDataError(file: "f.csv", problem: .invalidUTF8)) {
            try FigureData(parsing: Data([0xFF, 0xFE, 0x00]), fileName: "f.csv")
        }
    }

    @Test func nonFiniteValuesAreRefusedAtEncodeTime() {
        var data = FigureDataFixtures.exclusion()
        data.series[1].points[1].y = .nan
        do {
            _ = try data.encodedText()
            Issue.record("NaN was encoded")
        } catch {
            #expect(
                error.description
                    == "exclusion-vanilla.csv: series 'gm2-band-lower' point 1: y = nan is not finite (figure data holds finite numbers "
                    + "only)"
            )
        }
        data.series[1].points[1].y = 1
        data.series[0].points[0].x = -.infinity
        #expect(
            throws: FigureDataError(
                file: "exclusion-vanilla.csv",
                problem: .nonFiniteNumber(series: "na64e-2016-2022", index: 0, column: "x", value: -.infinity)
            )
        ) { try data.encoded() }
    }

    @Test func invalidValuesAreRefusedAtEncodeTime() {
        let base = FigureDataFixtures.exclusion()
        var decreasing = base
        decreasing.series[0].points.reverse()
        var duplicate = base
        duplicate.series.append(base.series[0])
        var empty = base
        empty.series[0].points = []
        var badNote = base
        badNote.notes = ["two\nlines"]
        var badUnit = base
        badUnit.x.unit = "G[e]V"
        var badFigure = base
        badFigure.figure = "Exclusion"
        let expectations: [(FigureData, FigureDataProblem)] = [
            (decreasing, .decreasingX(series: "na64e-2016-2022", previous: 0.25, current: 0.01)),
            (duplicate, .duplicateSeries(name: "na64e-2016-2022")),
            (empty, .emptySeries(name: "na64e-2016-2022")),
            (badNote, .invalidNote("two\nlines")),
            (badUnit, .invalidAxis(axis: "x", text: "m_Z' [G[e]V]")),
            (badFigure, .invalidFigureName("Exclusion"))
        ]
        for (data, problem) in expectations {
            #expect(throws: FigureDataError(file: data.fileName, problem: problem)) { try data.validate() }
        }
    }
}

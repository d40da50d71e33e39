import Foundation
import Testing
@testable import DataFormats

@Suite("FigureData encoding and parsing")
struct FigureDataTests {
    @Test func encodesTheCanonicalText() throws {
        #expect(try FigureDataFixtures.exclusion().encodedText() == FigureDataFixtures.exclusionText)
    }

    @Test func parsesTheCanonicalText() throws {
        let parsed = try FigureData(parsing: FigureDataFixtures.exclusionText, fileName: "exclusion-vanilla.csv")
        #expect(parsed == FigureDataFixtures.exclusion())
        #expect(parsed.series(named: "alpha-d-0.1")?.points.first?.y.sign == .minus)
    }

    @Test func reEncodingGivesIdenticalBytes() throws {
        let bytes = Data(FigureDataFixtures.exclusionText.utf8)
        let parsed = try FigureData(parsing: bytes, fileName: "exclusion-vanilla.csv")
        #expect(try parsed.encoded() == bytes)
    }

    @Test func awkwardDoublesRoundTripExactly() throws {
        let values: [Double] = [
            0.1, 1.0 / 3.0, 2.0 / 3.0, 1e-300, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, 123456789.123456789, 9007199254740991, 0.30000000000000004, -1e-7
        ]
        let data = FigureData(
            figure: "awkward",
            x: FigureDataAxis(label: "i"),
            y: FigureDataAxis(label: "v", unit: "cm²"),
            series: [FigureDataSeries(name: "values", x: values.indices.map(Double.init), y: values)]
        )
        let text = try data.encodedText()
        #expect(!text.contains("inf") && !text.contains("nan"))
        let parsed = try FigureData(parsing: text, fileName: "awkward.csv")
        let parsedValues = try #require(parsed.series.first).points.map(\.y)
        #expect(parsedValues.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(try parsed.encodedText() == text)
    }

    @Test func shortestRoundTripSpellings() {
        #expect(FigureData.formatNumber(0.00038) == "0.00038")
        #expect(FigureData.formatNumber(1e-5) == "1e-05")
        #expect(FigureData.formatNumber(1e16) == "1e+16")
        #expect(FigureData.formatNumber(3) == "3.0")
        #expect(FigureData.formatNumber(0.1) == "0.1")
    }

    @Test func handWrittenNumbersAreAcceptedAndCanonicalised() throws {
        let text = FigureDataFixtures.exclusionText.replacingOccurrences(of: "0.00038", with: "3.8e-04")
        let parsed = try FigureData(parsing: text, fileName: "exclusion-vanilla.csv")
        #expect(try parsed.encodedText() == FigureDataFixtures.exclusionText)
    }

    @Test func headerOrderAndCRLFAreTolerated() throws {
        let text = FigureDataFixtures.exclusionText
            .replacingOccurrences(
                of: "# format: figure-data 2\n# figure: exclusion-vanilla\n", with: "# figure: exclusion-vanilla\n# format: figure-data 2\n"
            )
            .replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = try FigureData(parsing: text, fileName: "exclusion-vanilla.csv")
        #expect(parsed == FigureDataFixtures.exclusion())
    }

    @Test func axesWithAndWithoutUnits() throws {
        #expect(FigureDataAxis(parsing: "m_Z' [GeV]") == FigureDataAxis(label: "m_Z'", unit: "GeV"))
        #expect(FigureDataAxis(parsing: "dT/dE [cm per GeV per primary]").unit == "cm per GeV per primary")
        #expect(FigureDataAxis(parsing: "relative difference (a fraction, not %)").unit == nil)
        #expect(FigureDataAxis(parsing: "x[i]") == FigureDataAxis(label: "x[i]"))
    }

    @Test func emptyFigureHasOnlyTheHeader() throws {
        let data = FigureData(figure: "efficiency", x: FigureDataAxis(label: "E_F", unit: "GeV"), y: FigureDataAxis(label: "η_down"))
        let text = try data.encodedText()
        #expect(text == "# format: figure-data 2\n# figure: efficiency\n# x: E_F [GeV]\n# y: η_down\nseries,kind,segment,x,y\n")
        #expect(try FigureData(parsing: text, fileName: "efficiency.csv") == data)
    }

    @Test func segmentsAreKeptThroughTheText() throws {
        let parsed = try FigureData(parsing: FigureDataFixtures.exclusionText, fileName: "exclusion-vanilla.csv")
        let limit = try #require(parsed.series(named: "na64e-2016-2022"))
        #expect(limit.segmentStarts == [2])
        #expect(limit.segments.map { $0.map(\.x) } == [[0.001, 0.01], [0.25]])
        #expect(limit.kind == .upperLimit)
        #expect(parsed.xScale == .log && parsed.yScale == .log)
    }

    /// The committed baseline of earlier builds is format 1: it still reads, as one segment per series
    /// and no kinds or scales (unknown, not guessed), with the same points.
    @Test func formatOneStillReads() throws {
        let old = try FigureData(parsing: FigureDataFixtures.exclusionTextVersion1, fileName: "exclusion-vanilla.csv")
        let new = FigureDataFixtures.exclusion()
        #expect(old.series.map(\.name) == new.series.map(\.name))
        #expect(old.series.map(\.points) == new.series.map(\.points))
        #expect(old.series.allSatisfy { $0.kind == nil && $0.segmentStarts.isEmpty })
        #expect(old.xScale == nil && old.yScale == nil && old.notes == new.notes)
        // Writing it as format 2 needs kinds it does not have: refused, not invented.
        #expect(throws: FigureDataError.self) { try old.encodedText() }
    }

    @Test func aClosedRegionMayTurnBack() throws {
        let contour = FigureDataSeries(name: "contour", kind: .closedRegion, x: [1, 2, 1], y: [1, 2, 3])
        let data = FigureData(figure: "f", x: FigureDataAxis(label: "x"), y: FigureDataAxis(label: "y"), series: [contour])
        #expect(try FigureData(parsing: data.encodedText(), fileName: "f.csv") == data)
        let line = FigureData(
            figure: "f", x: FigureDataAxis(label: "x"), y: FigureDataAxis(label: "y"),
            series: [FigureDataSeries(name: "contour", kind: .line, x: [1, 2, 1], y: [1, 2, 3])])
        #expect(throws: FigureDataError.self) { try line.encodedText() }
    }

    @Test func bandsAreTwoSeries() {
        let band = FigureDataSeries.band(name: "gm2-band", lower: [FigureDataPoint(x: 1, y: 1)], upper: [FigureDataPoint(x: 1, y: 2)])
        #expect(band.map(\.name) == ["gm2-band-lower", "gm2-band-upper"])
    }

    @Test(arguments: [
        ("na64e-2016-2022", true), ("alpha-d-0.1", true), ("projection-e-minus-1e13", true),
        ("Upper", false), ("a--b", false), ("-a", false), ("a-", false), ("a.", false), (".a", false),
        ("a_b", false), ("", false), ("a b", false), ("a,b", false)
    ])
    func kebabCase(name: String, valid: Bool) {
        #expect(FigureData.isKebabCase(name) == valid)
    }
}

import Foundation
import Testing
@testable import DataFormats

/// `figures diff --json` (schema `figure-diff 1`): every key present, verdicts spelled as documented,
/// a change from zero written as a string, and the same bytes for the same result.
@Suite("Diff JSON report")
struct DiffJSONReportTests {
    static func object(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theDocumentedKeysAreAllPresent() throws {
        let document = try Self.object(DiffReportTests.scenario().jsonReport(baseline: "HEAD:out/data"))
        #expect(
            Set(document.keys) == ["format", "baseline", "verdict", "exit-status", "summary", "notes", "figures"])
        #expect(document["format"] as? String == "figure-diff 1")
        #expect(document["verdict"] as? String == "removed")
        #expect(document["exit-status"] as? Int == 1)
        #expect(document["summary"] as? String == DiffReportTests.summary)
        let figures = try #require(document["figures"] as? [[String: Any]])
        #expect(figures.map { $0["figure"] as? String } == ["efficiency", "exclusion-vanilla", "pi-q2", "yields"])
        #expect(figures.map { $0["verdict"] as? String } == ["identical", "beyond-tolerance", "removed", "added"])
        let series = try #require(figures[1]["series"] as? [[String: Any]])
        let seriesKeys: Set<String> = [
            "name", "verdict", "rtol", "atol", "points", "compared-points", "points-beyond-tolerance", "largest-change",
            "interpolation", "interpolated-points", "common-range", "added-points", "removed-points", "kind", "segments"
        ]
        for entry in series { #expect(Set(entry.keys) == seriesKeys, "\(entry.keys.sorted())") }
        let limit = series[0]
        #expect(limit["name"] as? String == "na64e-2016-2022")
        #expect(limit["added-points"] as? [[Double]] == [[0.5, 0.002]])
        #expect(limit["common-range"] as? [Double] == [0.001, 0.25])
        #expect(limit["kind"] as? [String: String] == ["baseline": "upper-limit", "new": "upper-limit"])
        let change = try #require(limit["largest-change"] as? [String: Any])
        #expect(change["x"] as? Double == 0.25)
        // The removed series: no new side.
        let removed = try #require(series.first { $0["name"] as? String == "alpha-d-0.1" })
        #expect(removed["verdict"] as? String == "removed")
        #expect((removed["points"] as? [String: Any])?["new"] is NSNull)
    }

    @Test func aChangeFromZeroIsWrittenAsAString() throws {
        let old = FigureData(
            figure: "f", x: FigureDataAxis(label: "x"), y: FigureDataAxis(label: "y"),
            series: [FigureDataSeries(name: "s", x: [1], y: [0])])
        var new = old
        new.series[0].points[0].y = 1
        let result = FigureDataDiff.compare(baseline: ["f": old], candidate: ["f": new])
        let data = result.jsonReport(baseline: "b")
        #expect(String(decoding: data, as: UTF8.self).contains("\"relative-change\" : \"+inf\""))
        #expect(data == result.jsonReport(baseline: "b"), "the same result gives the same bytes")
    }
}

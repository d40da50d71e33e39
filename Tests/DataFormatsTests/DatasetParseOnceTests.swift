import DataFormats
import Testing

/// `ExternalLimitDatasetParser.parseOnce`: the process-wide memo the figure step and the load-time dataset check
/// share gives what `parse` gives, keeps texts and file names apart, and never remembers a failure.
@Suite struct DatasetParseOnceTests {
    @Test func givesWhatParseGivesForTheSameText() throws {
        let text = DatasetFixtures.validCurve
        let direct = try ExternalLimitDatasetParser.parse(text: text, file: "memo-a.csv")
        #expect(try ExternalLimitDatasetParser.parseOnce(text: text, file: "memo-a.csv") == direct)
        #expect(try ExternalLimitDatasetParser.parseOnce(text: text, file: "memo-a.csv") == direct, "second call, from the memo")
    }

    @Test func anotherTextUnderTheSameFileNameIsParsedAfresh() throws {
        let first = try ExternalLimitDatasetParser.parseOnce(text: DatasetFixtures.validCurve, file: "memo-b.csv")
        let edited = DatasetFixtures.curve(replacingLine: 14, with: "1,7e-3")
        let second = try ExternalLimitDatasetParser.parseOnce(text: edited, file: "memo-b.csv")
        #expect(second != first)
        #expect(second == (try ExternalLimitDatasetParser.parse(text: edited, file: "memo-b.csv")))
    }

    @Test func aFailureIsRethrownEveryTime() throws {
        let broken = DatasetFixtures.curve(replacingLine: 14, with: "1,oops")
        for _ in 0..<2 {
            let expected = #expect(throws: DatasetError.self) { try ExternalLimitDatasetParser.parse(text: broken, file: "memo-c.csv") }
            let memo = #expect(throws: DatasetError.self) { try ExternalLimitDatasetParser.parseOnce(text: broken, file: "memo-c.csv") }
            #expect(memo.map { "\($0)" } == expected.map { "\($0)" })
        }
    }
}

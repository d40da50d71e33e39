import DataFormats
import Testing

/// The header keys that say what a dataset means: dark-sector parameters, the projection kind, and the
/// line of each key (for messages that point at the declaration).
@Suite("Dataset meaning in the header")
struct DatasetMeaningHeaderTests {
    @Test func headerLinesPointAtEachKey() throws {
        let dataset = try ExternalLimitDatasetParser.parse(text: DatasetFixtures.validCurve, file: "test.csv")
        #expect(dataset.headerLines["model"] == 7)
        #expect(dataset.headerLines["y"] == 9)
        #expect(dataset.place(ofHeaderKey: "kind") == "test.csv:3")
        #expect(dataset.darkSector == nil)
    }

    @Test func darkModelCarriesAlphaDAndMassRatio() throws {
        var lines = DatasetFixtures.validCurveLines
        lines[6] = "# model: L_mu-L_tau dark"
        lines.insert(contentsOf: ["# alpha-d: 0.1", "# mass-ratio: 3"], at: 7)
        let dataset = try ExternalLimitDatasetParser.parse(text: lines.joined(separator: "\n") + "\n", file: "dark.csv")
        #expect(dataset.model == .lMuLTauDark)
        #expect(dataset.darkSector == DatasetDarkSector(alphaD: 0.1, massRatio: 3))
    }

    @Test func alphaDIsRefusedForTheVanillaModel() {
        var lines = DatasetFixtures.validCurveLines
        lines.insert("# alpha-d: 0.1", at: 7)
        #expect(throws: DatasetError.self) {
            try ExternalLimitDatasetParser.parse(text: lines.joined(separator: "\n") + "\n", file: "v.csv")
        }
        do {
            _ = try ExternalLimitDatasetParser.parse(text: lines.joined(separator: "\n") + "\n", file: "v.csv")
        } catch {
            #expect(error.description.hasPrefix("v.csv:8: header key 'alpha-d': expected no 'alpha-d' key unless"))
        }
    }

    @Test func projectionIsAKindOfCurve() throws {
        let text = DatasetFixtures.curve(replacingLine: 3, with: "# kind: projection")
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "p.csv")
        #expect(dataset.kind == .projection)
        #expect(dataset.pointCount == 4)
    }
}

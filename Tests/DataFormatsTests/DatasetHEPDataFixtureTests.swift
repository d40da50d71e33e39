import Foundation
import Testing
import TestSupport

@testable import DataFormats

/// The synthetic HEPData record of Fixtures/hepdata (README there): the submission's data file and the
/// JSON of a table download import to the same dataset, and the written file reads back exactly.
@Suite("HEPData fixtures and the dataset writer")
struct DatasetHEPDataFixtureTests {
    static let directory = Repository.fixtures(of: "DataFormatsTests").appendingPathComponent("hepdata")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static let options = DatasetHEPDataImportOptions(
        name: "zprime-test", experiment: "Test", paperTitle: "A test", paperArXiv: "2001.00001", model: .lMuLTauVanilla,
        coupling: .gPrime, licence: "CC-BY-4.0", dependentVariableName: "Observed $g'$ limit")

    @Test func yamlAndJSONDownloadsImportTheSameNumbers() throws {
        let fromYAML = try DatasetHEPDataImporter.importTable(
            dataYAML: Self.text("zprime-limits.yaml"), dataFile: "zprime-limits.yaml", options: Self.options)
        let fromJSON = try DatasetHEPDataImporter.importTable(
            dataYAML: Self.text("zprime-limits.json"), dataFile: "zprime-limits.json", options: Self.options)
        #expect(fromYAML.segments.map(\.massesInGeV) == fromJSON.segments.map(\.massesInGeV))
        #expect(fromYAML.segments.map(\.couplings) == fromJSON.segments.map(\.couplings))
        // 11 bins, the J/psi bin missing ('-'): 6 + 4 points; 1400–1600 MeV is read as its midpoint.
        #expect(fromYAML.segments.map(\.massesInGeV.count) == [6, 4])
        #expect(fromYAML.segments[0].massesInGeV[4] == 1.5)
        #expect(fromYAML.segments[1].couplings.last == 0.812)
    }

    @Test func theWrittenFileReadsBackExactly() throws {
        let dataset = try DatasetHEPDataImporter.importTable(
            dataYAML: Self.text("zprime-limits.yaml"), dataFile: "zprime-limits.yaml",
            submissionYAML: Self.text("submission.yaml"), options: Self.options)
        let text = dataset.encodedText
        let reread = try ExternalLimitDatasetParser.parse(text: text, file: "imported.csv")
        #expect(reread.segments.map(\.massesInGeV) == dataset.segments.map(\.massesInGeV))
        #expect(reread.segments.map(\.couplings) == dataset.segments.map(\.couplings))
        #expect(reread.provenance == dataset.provenance)
        #expect(reread.confidenceLevel == "90%" && reread.coupling == .gPrime && reread.model == .lMuLTauVanilla)
        #expect(text.contains("\n# origin: HEPData table 'Figure 4' (Figure 4 of the paper), doi:10.17182/hepdata.90001.v1/t1\n"))
        #expect(text.contains("\n# licence: CC-BY-4.0\n"))
        #expect(text.contains("\n# notes: HEPData record doi:10.17182/hepdata.90001.v1\n"))
        #expect(text.contains("\n1.5,0.081\n2.0,0.102\ngap\n3.5,0.215\n"))
        #expect(text == reread.encodedText, "writing is deterministic and stable")
    }

    @Test func aMassWithoutUnitsIsRefused() throws {
        let text = try Self.text("no-mass-unit.yaml")
        do throws(DatasetError) {
            _ = try DatasetHEPDataImporter.importTable(dataYAML: text, dataFile: "no-mass-unit.yaml", options: Self.options)
            Issue.record("a mass without units was imported")
        } catch {
            #expect(
                error.description == "no-mass-unit.yaml:2: YAML key 'independent_variables[0].header.units': "
                    + "expected an energy unit: GEV, MEV, KEV or EV, found ''")
        }
    }
}

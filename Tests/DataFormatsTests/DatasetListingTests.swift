import Testing

@testable import DataFormats

@Suite("figures datasets listing")
struct DatasetListingTests {
    private static func dataset(
        name: String, kind: DatasetKind, masses: [[Double]], arXiv: String?, doi: String?
    ) -> ExternalLimitDataset {
        ExternalLimitDataset(
            name: name, file: "external-limits/\(name).csv", formatVersion: 1, experiment: "Example",
            paper: DatasetPaper(title: "A search", arXiv: arXiv, doi: doi, reference: nil),
            model: .lMuLTauVanilla, kind: kind, mass: DatasetQuantity(name: "m_Z'", unit: .gigaElectronVolt),
            coupling: .gPrime, confidenceLevel: "90%",
            provenance: DatasetProvenance(
                origin: DatasetOrigin(category: .digitised, text: "digitised by someone from Fig. 2"),
                licence: "CC-BY-4.0"),
            segments: masses.map { segment in
                DatasetSegment(
                    massesInGeV: segment, couplings: segment.map { _ in 1e-3 },
                    upperCouplings: kind == .bandEdges ? segment.map { _ in 2e-3 } : nil,
                    lines: segment.indices.map { $0 + 10 })
            })
    }

    @Test func goldenListing() {
        let datasets = [
            Self.dataset(name: "zeta-2020", kind: .bandEdges, masses: [[0.001, 100]], arXiv: "2001.00001", doi: nil),
            Self.dataset(
                name: "alpha-2016", kind: .upperLimitCurve, masses: [[0.2, 3.0], [3.2, 7.5]], arXiv: "1606.03501",
                doi: "10.1103/PhysRevD.94.011102")
        ]
        let expected = """
            2 external datasets

            alpha-2016
              experiment: Example
              paper:      A search (arXiv:1606.03501, doi:10.1103/PhysRevD.94.011102)
              model:      L_mu-L_tau vanilla
              kind:       upper-limit curve of g', 90%
              origin:     digitised by someone from Fig. 2
              licence:    CC-BY-4.0
              points:     4 in 2 segments
              mass range: 0.2 to 7.5 GeV
              file:       external-limits/alpha-2016.csv

            zeta-2020
              experiment: Example
              paper:      A search (arXiv:2001.00001)
              model:      L_mu-L_tau vanilla
              kind:       band edges of g', 90%
              origin:     digitised by someone from Fig. 2
              licence:    CC-BY-4.0
              points:     2 in 1 segment
              mass range: 0.001 to 100.0 GeV
              file:       external-limits/zeta-2020.csv

            """
        #expect(DatasetListing.render(datasets) == expected)
    }

    @Test func emptyListing() {
        #expect(DatasetListing.render([]) == "No external datasets.\n")
    }

    @Test func shippedDatasetsAllAppear() throws {
        let datasets = try DatasetFileLoader.loadLimitDirectory(path: DatasetFixtures.externalLimits)
        let text = DatasetListing.render(datasets)
        #expect(datasets.count == DatasetShippedTests.expectedNames.count)
        #expect(text.hasPrefix("\(datasets.count) external datasets\n"))
        for dataset in datasets {
            #expect(text.contains("\n\(dataset.name)\n"))
        }
        #expect(text.contains("points:     1769 in 2 segments"))
    }
}

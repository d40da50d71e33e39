import Foundation
import Testing
import Digest
import TestSupport

@testable import DataFormats

/// The datasets shipped in external-limits/: each loads, and its numbers equal the DarkCast source files'.
@Suite("Shipped external-limit datasets")
struct DatasetShippedTests {
    static let expectedNames = [
        "babar-2016", "belle2-2020", "belle2-2020-g-over-e", "gm2-band-darkcast", "na64e-2019-darkcast-recast",
        "na64e-2019-dark-photon"
    ]

    private func load(_ name: String) throws -> ExternalLimitDataset {
        try DatasetFileLoader.loadLimit(path: DatasetFixtures.externalLimits + "/\(name).csv")
    }

    /// Source rows as numbers, with the documented drops (sentinel y = 1e5, mass ≤ 0).
    private func sourcePoints(_ relativePath: String) throws -> [(mass: Double, y: Double)] {
        try DatasetFixtures.lmtRows(DatasetFixtures.sourcesDirectory + "/" + relativePath)
            .map { (mass: Double($0.0)!, y: Double($0.1)!) }
            .filter { $0.y != 1e5 && $0.mass > 0 }
    }

    @Test func everyShippedDatasetLoads() throws {
        let datasets = try DatasetFileLoader.loadLimitDirectory(path: DatasetFixtures.externalLimits)
        #expect(datasets.map(\.name).sorted() == Self.expectedNames.sorted())
        for dataset in datasets {
            #expect(dataset.provenance.licence == "GPL-2.0-or-later")
            #expect(dataset.provenance.source?.commit == "db9a0f66ec99946930dc263a042ec531c9576068")
            #expect(dataset.provenance.citation?.contains("arXiv:1801.04847") == true)
            #expect(dataset.file.hasSuffix("/\(dataset.name).csv"))
        }
    }

    @Test func babarHasTheJPsiGapAndNoSentinels() throws {
        let babar = try load("babar-2016")
        #expect(babar.coupling == .gPrime)
        #expect(babar.model == .lMuLTauVanilla)
        #expect(babar.segments.count == 2)
        #expect(babar.pointCount == 1769)
        #expect(babar.segments[0].massesInGeV.last == 3.0478)
        #expect(babar.segments[1].massesInGeV.first == 3.1476)
        #expect(babar.massRangeInGeV == 0.21371...7.6818)
        #expect(babar.segments.flatMap(\.couplings).allSatisfy { $0 < 1 })
        #expect(babar.segments.flatMap(\.couplings).min() == 6.7362e-4)
    }

    @Test func belleIIAndNA64Metadata() throws {
        let belle = try load("belle2-2020")
        #expect(belle.coupling == .gPrime)
        #expect(belle.pointCount == 36)
        #expect(belle.massRangeInGeV == 0.002...5.9744)
        let belleRaw = try load("belle2-2020-g-over-e")
        #expect(belleRaw.coupling == .gPrimeOverE)
        #expect(belleRaw.pointCount == 36)
        // g' = (g'/e) · e to the four digits DarkCast printed.
        for (gPrime, gOverE) in zip(belle.segments[0].couplings, belleRaw.segments[0].couplings) {
            #expect(abs(gPrime / (gOverE * 0.302822) - 1) < 2e-4)
        }
        let darkPhoton = try load("na64e-2019-dark-photon")
        #expect(darkPhoton.coupling == .epsilon)
        #expect(darkPhoton.model == .darkPhotonNeedsRecast)
        #expect(darkPhoton.segments[0].couplings.first == 7.544e-6)
        let band = try load("gm2-band-darkcast")
        #expect(band.kind == .bandEdges)
        #expect(band.segments[0].couplings.first == 3.2120e-4)
        #expect(band.segments[0].upperCouplings?.first == 5.9174e-4)
        #expect(band.confidenceLevel == "2 sigma")
    }

    @Test func valuesEqualTheDarkCastSources() throws {
        let curves = [
            ("babar-2016", "babar2016-4mu-darkcast/BaBar_TheBABAR2016rlg.lmt"),
            ("belle2-2020", "belle2-2019-invisible-darkcast/BelleII_Adachi2019otg.Lmu-Ltau_recast.lmt"),
            ("belle2-2020-g-over-e", "belle2-2019-invisible-darkcast/BelleII_Adachi2019otg.raw_g_over_e.lmt"),
            ("na64e-2019-dark-photon", "na64e-2019-darkphoton-darkcast/NA64_NA642019imj.epsilon.lmt"),
            ("na64e-2019-darkcast-recast", "na64e-2019-darkphoton-darkcast/NA64_NA642019imj.Lmu-Ltau_recast.lmt")
        ]
        for (name, source) in curves {
            let dataset = try load(name)
            let expected = try sourcePoints(source)
            #expect(expected.count == dataset.pointCount, "\(name): \(expected.count) source rows kept")
            #expect(dataset.segments.flatMap(\.massesInGeV) == expected.map(\.mass), "\(name) masses")
            #expect(dataset.segments.flatMap(\.couplings) == expected.map(\.y), "\(name) couplings")
        }
        let band = try load("gm2-band-darkcast")
        let lower = try sourcePoints("gm2mu-band-darkcast/AMMmu_Bodas2021fsy_2l.Lmu-Ltau_recast.lmt")
        let upper = try sourcePoints("gm2mu-band-darkcast/AMMmu_Bodas2021fsy_2u.Lmu-Ltau_recast.lmt")
        #expect(lower.count == 100 && upper.count == 100)
        #expect(band.segments[0].massesInGeV == lower.map(\.mass))
        #expect(band.segments[0].couplings == lower.map(\.y))
        #expect(band.segments[0].upperCouplings == upper.map(\.y))
    }

    @Test func babarDropsExactlyTheThreeSentinelRows() throws {
        let rows = try DatasetFixtures.lmtRows(
            DatasetFixtures.sourcesDirectory + "/babar2016-4mu-darkcast/BaBar_TheBABAR2016rlg.lmt")
        #expect(rows.count == 1772)
        #expect(rows.filter { $0.1 == "1.0000e+05" }.map(\.0) == ["2.1361e-01", "3.0962e-01", "7.6819e+00"])
        #expect(try load("babar-2016").pointCount == 1772 - 3)
    }

    /// Each shipped file names, in its `converted-by` header, the source files and their SHA-256: the
    /// fixtures must be exactly those files, and every fixture must be the source of some dataset.
    @Test func fixturesAreTheFilesTheDatasetsWereConvertedFrom() throws {
        var checked: Set<String> = []
        for name in Self.expectedNames {
            let text = try String(contentsOfFile: DatasetFixtures.externalLimits + "/\(name).csv", encoding: .utf8)
            let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("# converted-by: ") })
            // "… from external-limits-sources/FOLDER/FILE (sha256 HEX) + external-limits-sources/… (sha256 HEX)"
            let sources = header.split(separator: "external-limits-sources/").dropFirst()
            #expect(!sources.isEmpty, "\(name): no source in \(header)")
            for source in sources {
                let parts = source.split(separator: " ")
                let relativePath = String(parts[0])
                let recorded = String(parts[2].prefix(while: { $0 != ")" }))
                let bytes = try Data(contentsOf: URL(fileURLWithPath: DatasetFixtures.sourcesDirectory + "/" + relativePath))
                #expect(SHA256Hasher.hex(SHA256Hasher.hash(bytes)) == recorded, "\(relativePath)")
                checked.insert(relativePath)
            }
        }
        let fixtures = try FileManager.default.subpathsOfDirectory(atPath: DatasetFixtures.sourcesDirectory)
            .filter { $0.hasSuffix(".lmt") }
        #expect(checked == Set(fixtures))
        #expect(checked.count == 7)
    }

    @Test func aBadFileInTheDirectoryStopsTheLoad() throws {
        let directory = try TemporaryDirectory.make(prefix: "dataset-directory-test")
        defer { TemporaryDirectory.remove(directory) }
        try DatasetFixtures.validCurve.write(
            to: directory.appendingPathComponent("a-good.csv"), atomically: true, encoding: .utf8)
        try DatasetFixtures.curve(replacingLine: 15, with: "2.5,-1")
            .write(to: directory.appendingPathComponent("b-bad.csv"), atomically: true, encoding: .utf8)
        do {
            _ = try DatasetFileLoader.loadLimitDirectory(path: directory.path)
            Issue.record("a bad dataset was skipped instead of reported")
        } catch {
            #expect(error.description.hasSuffix("b-bad.csv:15: column 'y': expected a positive finite number, found '-1'"))
        }
    }
}

import Foundation
import Testing
import TestSupport

/// `figures datasets import` on the synthetic HEPData record (Tests/DataFormatsTests/Fixtures/hepdata),
/// then `--dataset NAME=imported.csv` redraws a figure with it; `datasets check` and `datasets --json`.
@Suite("Dataset import (end to end)", .serialized)
struct DatasetImportTests {
    static let hepdata = Repository.fixtures(of: "DataFormatsTests").appendingPathComponent("hepdata")

    static func importArguments(_ table: String, output: String) -> [String] {
        [
            "datasets", "import", hepdata.appendingPathComponent(table).path, "--output", output,
            "--name", "zprime-test", "--experiment", "Test", "--paper-title", "A test", "--arxiv", "2001.00001",
            "--model", "L_mu-L_tau vanilla", "--quantity", "g'", "--date", "2026-01-02"
        ]
    }

    @Test func anImportedTableRedrawsTheFigure() throws {
        let project = try FiguresProject.makeProject(
            configuration: DatasetMeaningTests.transformProject.replacingOccurrences(of: "TRANSFORM", with: ""),
            prefix: "zprime-import")
        defer { TemporaryDirectory.remove(project) }
        let imported = try FiguresProject.run(
            Self.importArguments("zprime-limits.yaml", output: "imported.csv")
                + ["--submission", Self.hepdata.appendingPathComponent("submission.yaml").path, "--y", "Observed $g'$ limit"],
            in: project)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stdout.contains("upper-limit curve of g', 90%, L_mu-L_tau vanilla, 10 points in 2 segments"))
        let text = try String(contentsOf: project.appendingPathComponent("imported.csv"), encoding: .utf8)
        #expect(text.contains("# licence: CC-BY-4.0\n") && text.contains("doi:10.17182/hepdata.90001.v1/t1"))
        #expect(text.contains("# converted-by: figures datasets import on 2026-01-02 from "))

        let before = try FiguresProject.run(["build", "belle-probe", "--project", project.path], in: project)
        #expect(before.status == 0, "\(before.stderr)")
        let after = try FiguresProject.run(
            ["build", "belle-probe", "--project", project.path, "--dataset", "belle2-2020=imported.csv"], in: project)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.ran == ["belle-probe"], "\(after.stdout)")
        let points = try DatasetMeaningTests.points(in: project)
        #expect(points.count == 10)
        #expect(points.first.map { $0.x == 0.005 && $0.y == 0.041 } == true, "\(points)")
        #expect(points.last.map { $0.x == 6 && $0.y == 0.812 } == true, "\(points)")
        // The record's '-' bin at the J/ψ (3.097 GeV) is a gap, kept in out/data as two segments.
        let segments = try DatasetMeaningTests.segmentedPoints(in: project)
        #expect(segments.filter { $0.segment == 0 }.map(\.x).last == 2, "\(segments)")
        #expect(segments.filter { $0.segment == 1 }.map(\.x).first == 3.5, "\(segments)")

        let check = try FiguresProject.run(["datasets", "check", "imported.csv", "--project", project.path], in: project)
        #expect(check.status == 0 && check.stdout.hasPrefix("ok      imported.csv: upper-limit curve of g'"), "\(check.stdout)")
        let json = try FiguresProject.run(
            ["datasets", "--json", "--project", project.path, "--dataset", "belle2-2020=imported.csv"], in: project)
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["file"] as? String == "imported.csv")
        #expect(decoded?.first?["points"] as? Int == 10)
    }

    /// The table download (JSON, masses in GeV) imported with `--y`, swapped in with `--dataset`, and
    /// `figures diff` against the figure drawn from the shipped Belle II file: the two curves share no
    /// grid, so they are compared by log-log interpolation over their common mass range, and the
    /// imported points outside it (above Belle II's last mass) are counted and located.
    @Test func anImportedTableIsDiffedOverTheCommonMassRange() throws {
        let project = try FiguresProject.makeProject(
            configuration: DatasetMeaningTests.transformProject.replacingOccurrences(of: "TRANSFORM", with: ""),
            prefix: "zprime-import-diff")
        defer { TemporaryDirectory.remove(project) }
        let imported = try FiguresProject.run(
            Self.importArguments("zprime-limits.json", output: "imported.csv") + ["--licence", "CC-BY-4.0", "--y", "Observed $g'$ limit"],
            in: project)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stdout.contains("10 points in 2 segments"), "\(imported.stdout)")
        let built = try FiguresProject.run(["build", "belle-probe"], in: project)
        #expect(built.status == 0, "\(built.stderr)")
        let shipped = try DatasetMeaningTests.points(in: project)
        try FileManager.default.copyItem(at: project.appendingPathComponent("out/data"), to: project.appendingPathComponent("baseline"))

        let diff = try FiguresProject.run(
            ["diff", "--baseline", "baseline", "--json", "--dataset", "belle2-2020=imported.csv"], in: project)
        #expect(diff.status == 1, "\(diff.stdout)\(diff.stderr)")
        let document = try DiffGridAndJSONTests.json(diff.stdout)
        let series = try DiffGridAndJSONTests.series(document, figure: "belle-probe", series: "belle2-2020")
        #expect(series["interpolation"] as? String == "log-log")
        let common = try #require(series["common-range"] as? [Double])
        let importedMasses = [0.005, 0.1, 0.5, 1.0, 1.5, 2.0, 3.5, 4.0, 5.0, 6.0]
        let shippedMasses = shipped.map(\.x)
        #expect(common == [max(importedMasses[0], shippedMasses.min()!), min(importedMasses.last!, shippedMasses.max()!)])
        let compared = try #require(series["compared-points"] as? Int)
        let added = try #require(series["added-points"] as? [[Double]])
        let removed = try #require(series["removed-points"] as? [[Double]])
        // Every point of either curve is compared or reported outside: nothing is silently dropped.
        #expect(compared > 10 && compared + added.count + removed.count >= shipped.count + importedMasses.count - 10)
        #expect(added.allSatisfy { !(common[0]...common[1]).contains($0[0]) || ($0[0] > 2 && $0[0] < 3.5) }, "\(added)")
        let change = try #require(series["largest-change"] as? [String: Any])
        #expect((change["relative-change"] as? Double).map { abs($0) > 0.01 } == true, "a different curve, not a re-gridding")
        // The terminal report says the same in words.
        let text = try FiguresProject.run(["diff", "--no-build", "--baseline", "baseline"], in: project)
        #expect(text.stdout.contains("belle-probe / belle2-2020"), "\(text.stdout)")
        #expect(text.stdout.contains("log-log interpolated"), "\(text.stdout)")
    }

    @Test func ambiguousOrUnitlessTablesAreRefused() throws {
        let directory = try TemporaryDirectory.make(prefix: "zprime-import")
        defer { TemporaryDirectory.remove(directory) }
        let ambiguous = try FiguresProject.run(
            Self.importArguments("zprime-limits.json", output: "a.csv") + ["--licence", "CC-BY-4.0"], in: directory)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("zprime-limits.json:"), "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("this table has 2: 'Observed $g'$ limit', 'Expected $g'$ limit'"), "\(ambiguous.stderr)")
        let unitless = try FiguresProject.run(
            Self.importArguments("no-mass-unit.yaml", output: "b.csv") + ["--licence", "CC0-1.0", "--y", "Observed $g'$ limit"],
            in: directory)
        #expect(unitless.status == 2)
        #expect(
            unitless.stderr.contains("no-mass-unit.yaml:2: YAML key 'independent_variables[0].header.units': expected an energy unit"),
            "\(unitless.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("a.csv").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("b.csv").path))
    }

    @Test func checkReportsEachBadFileWithItsLine() throws {
        let directory = try TemporaryDirectory.make(prefix: "zprime-check")
        defer { TemporaryDirectory.remove(directory) }
        let good = try Repository.text("external-limits/babar-2016.csv")
        try good.replacingOccurrences(of: "# y: g' [1]", with: "# y: g_Z' [1]")
            .write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try good.write(to: directory.appendingPathComponent("good.csv"), atomically: true, encoding: .utf8)
        let result = try FiguresProject.run(["datasets", "check", "good.csv", "bad.csv"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.contains("ok      good.csv: upper-limit curve of g', 90%, L_mu-L_tau vanilla, 1769 points"))
        #expect(result.stderr.contains("error: bad.csv:11: header key 'y': expected 'NAME [1]'"), "\(result.stderr)")
    }
}

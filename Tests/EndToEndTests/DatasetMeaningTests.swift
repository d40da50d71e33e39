import Foundation
import Testing
import TestSupport

/// The real `figures` binary: a dataset swapped in with `--dataset` must hold what the figure draws.
/// The three swaps users made by mistake are configuration errors (exit 2, before any step runs)
/// naming the figure entry and the dataset's header line; the explicit transform draws g′/e as g′.
@Suite("Dataset meaning (end to end)", .serialized)
struct DatasetMeaningTests {
    /// A project with one figure drawing Belle II as g_Z', reading its dataset through a transform.
    static let transformProject = """
        version: 1
        datasets:
          belle2-2020: external-limits/belle2-2020.csv
        figures:
          belle-probe:
            x: {label: "m_{Z'} [GeV]", scale: log, range: [1.0e-3, 10]}
            y: {label: "g_{Z'}", scale: log, range: [1.0e-3, 1]}
            data: {x: "m_Z'", x-unit: GeV, y: "g_Z'", y-unit: "1"}
            regions:
              - {name: belle2-2020, from: "external:belle2-2020"TRANSFORM}

        """

    /// The mistaken swaps of the real project: the dataset, the file swapped in, the header key whose
    /// line the message must name.
    static let wrongSwaps: [(dataset: String, file: String, headerKey: String, headerLine: Int)] = [
        ("belle2-2020", "external-limits/belle2-2020-g-over-e.csv", "y", 11),
        ("belle2-2020", "external-limits/na64e-2019-dark-photon.csv", "model", 9),
        ("babar-2016", "external-limits/gm2-band-darkcast.csv", "kind", 3)
    ]

    @Test(arguments: 0..<3)
    func aWrongSwapIsAConfigurationErrorNamingBothPlaces(index: Int) throws {
        let swap = Self.wrongSwaps[index]
        let project = try FiguresProject.makeProject(prefix: "zprime-dataset-meaning")
        defer { TemporaryDirectory.remove(project) }
        let result = try FiguresProject.run(
            ["build", "exclusion-vanilla", "--dataset", "\(swap.dataset)=\(swap.file)", "--project", project.path], in: project)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.ran.isEmpty && result.cached.isEmpty, "no step may run: \(result.stdout)")
        // The dataset side: the header line that declares what the file holds.
        #expect(result.stderr.contains("found \(swap.headerKey) '"), "\(result.stderr)")
        #expect(result.stderr.contains("at \(swap.file):\(swap.headerLine)"), "\(result.stderr)")
        let headerLine = try String(contentsOf: project.appendingPathComponent(swap.file), encoding: .utf8)
            .components(separatedBy: "\n")[swap.headerLine - 1]
        #expect(headerLine.hasPrefix("# \(swap.headerKey):"), "\(headerLine)")
        // The figure side: figures.yaml:LINE:COL of the entry's `from`, which names the swapped dataset.
        // The first figure that reads the swapped dataset: an exclusion figure or an NA64-μ one.
        let pattern = #/error: figures\.yaml:(\d+):(\d+): figures\.([\w-]+)\.(regions|series|bands)\[\d+\]\.from: /#
        let match = try #require(result.stderr.firstMatch(of: pattern), "\(result.stderr)")
        let configLines = try String(contentsOf: project.appendingPathComponent("figures.yaml"), encoding: .utf8)
            .components(separatedBy: "\n")
        let line = try #require(Int(match.1)), column = try #require(Int(match.2))
        let atColumn = configLines[line - 1].dropFirst(column - 1)
        #expect(atColumn.hasPrefix("\"external:\(swap.dataset)\""), "\(configLines[line - 1])")
    }

    @Test func theExplicitTransformDrawsGOverEAsG() throws {
        let plain = try FiguresProject.makeProject(
            configuration: Self.transformProject.replacingOccurrences(of: "TRANSFORM", with: ""), prefix: "zprime-transform")
        defer { TemporaryDirectory.remove(plain) }
        let reference = try FiguresProject.run(["build", "belle-probe", "--project", plain.path], in: plain)
        #expect(reference.status == 0, "\(reference.stdout)\(reference.stderr)")

        let converted = try FiguresProject.makeProject(
            configuration: Self.transformProject.replacingOccurrences(of: "TRANSFORM", with: ", transform: g-over-e-to-g"),
            prefix: "zprime-transform")
        defer { TemporaryDirectory.remove(converted) }
        let swap = ["--dataset", "belle2-2020=external-limits/belle2-2020-g-over-e.csv"]
        let result = try FiguresProject.run(["build", "belle-probe", "--project", converted.path] + swap, in: converted)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")

        let expected = try Self.points(in: plain), drawn = try Self.points(in: converted)
        #expect(expected.count == 36 && drawn.count == expected.count)
        // The lowest masses: 0.051 as g_Z' (not 0.168, the g'/e value).
        #expect(abs(try #require(drawn.first).y - 0.050998) < 1e-5, "\(drawn.prefix(2))")
        for (a, b) in zip(expected, drawn) {
            #expect(a.x == b.x)
            // Both files print 5 significant digits (relative rounding ≤ 5e-5 each), and DarkCast's
            // e = 0.302822 differs from √(4πα) by 4e-7: 2e-4 covers both and no other curve.
            #expect(abs(b.y / a.y - 1) < 2e-4, "m = \(a.x): \(a.y) vs \(b.y)")
        }

        // Without the transform the same swap is refused.
        let refused = try FiguresProject.run(["build", "belle-probe", "--project", plain.path] + swap, in: plain)
        #expect(refused.status == 2 && refused.stderr.contains("transform: g-over-e-to-g"), "\(refused.stderr)")
    }

    /// The (x, y) rows of the figure data of `belle-probe`.
    static func points(in project: URL) throws -> [(x: Double, y: Double)] {
        try segmentedPoints(in: project).map { ($0.x, $0.y) }
    }

    /// The rows of `belle2-2020` in out/data/belle-probe.csv (`series,kind,segment,x,y`) with their segment.
    static func segmentedPoints(in project: URL) throws -> [(segment: Int, x: Double, y: Double)] {
        let text = try String(contentsOf: project.appendingPathComponent("out/data/belle-probe.csv"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("belle2-2020,") }.compactMap { line in
            let fields = line.split(separator: ",")
            guard fields.count == 5, let segment = Int(fields[2]), let x = Double(fields[3]), let y = Double(fields[4]) else {
                return nil
            }
            return (segment, x, y)
        }
    }
}

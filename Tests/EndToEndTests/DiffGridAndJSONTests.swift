import Foundation
import Testing
import TestSupport

/// `figures diff` across x grids and in JSON, `figures explain --json`, a format-1 baseline, and the shell
/// completion of step and figure names, on the real binary.
@Suite struct DiffGridAndJSONTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func series(_ document: [String: Any], figure: String, series: String) throws -> [String: Any] {
        let figures = try #require(document["figures"] as? [[String: Any]])
        let entry = try #require(figures.first { $0["figure"] as? String == figure })
        let all = try #require(entry["series"] as? [[String: Any]])
        return try #require(all.first { $0["name"] as? String == series })
    }

    /// 20 → 39 points on the same mass range: every old mass is still on the grid, 19 new ones fall
    /// between. Before, only the 20 shared x values were compared and 19 points were "added"; now all
    /// 39 are compared, the 19 against the baseline interpolated log-log (the figure's axes are log).
    /// stdout holds only the JSON document although the diff rebuilt first.
    @Test func aRegriddedCurveIsComparedByInterpolationInJSON() throws {
        let project = try DiffEndToEndTests.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(["diff", "--baseline", "baseline", "--json", "--set", "thermal-a.points=39"], in: project)
        #expect(diff.status == 0 || diff.status == 1, "\(diff.stderr)")
        #expect(diff.stderr.contains("run     thermal-a"), "build progress goes to stderr: \(diff.stderr)")
        let document = try Self.json(diff.stdout)
        #expect(document["format"] as? String == "figure-diff 1")
        #expect(document["exit-status"] as? Int == Int(diff.status))
        let thermal = try Self.series(document, figure: "thermal", series: "thermal-a")
        #expect(thermal["interpolation"] as? String == "log-log")
        #expect(thermal["compared-points"] as? Int == 39)
        #expect(thermal["interpolated-points"] as? Int == 19)
        #expect((thermal["added-points"] as? [Any])?.isEmpty == true)
        #expect((thermal["removed-points"] as? [Any])?.isEmpty == true)
        #expect(thermal["points"] as? [String: Int] == ["baseline": 20, "new": 39])
        #expect(thermal["kind"] as? [String: String] == ["baseline": "line", "new": "line"])
        #expect(thermal["segments"] as? [String: Int] == ["baseline": 1, "new": 1])
        // The thermal target is smooth: straight segments in log-log between 20 points miss it by far
        // less than a per cent (a change beyond rtol 10⁻⁶ is expected, not a large one).
        let change = try #require(thermal["largest-change"] as? [String: Any])
        #expect(abs(try #require(change["relative-change"] as? Double)) < 0.01)
        let untouched = try Self.series(document, figure: "thermal", series: "thermal-b")
        #expect(untouched["verdict"] as? String == "identical")
        #expect(untouched["interpolation"] is NSNull)
    }

    /// A baseline written before figure-data 2 still diffs: values are compared, the report says kinds
    /// and segments were not.
    @Test func aFormatOneBaselineStillDiffs() throws {
        let project = try DiffEndToEndTests.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let baseline = project.appendingPathComponent("baseline")
        for name in try FileManager.default.contentsOfDirectory(atPath: baseline.path) {
            let url = baseline.appendingPathComponent(name)
            var lines: [String] = []
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("# x-scale") || line.hasPrefix("# y-scale") { continue }
                if line == "# format: figure-data 2" { lines.append("# format: figure-data 1"); continue }
                if line == "series,kind,segment,x,y" { lines.append("series,x,y"); continue }
                if line.hasPrefix("#") { lines.append(String(line)); continue }
                let fields = line.split(separator: ",")
                lines.append([fields[0], fields[3], fields[4]].joined(separator: ","))
            }
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let diff = try FiguresProcess.run(["diff", "--no-build", "--baseline", "baseline"], in: project)
        #expect(diff.status == 0, "\(diff.stdout)\n\(diff.stderr)")
        #expect(diff.stdout.contains("Note: the baseline of efficiency, pi-q2, thermal is figure-data 1"), "\(diff.stdout)")
        #expect(diff.stdout.contains("3 figures compared: all identical. Within tolerance."), "\(diff.stdout)")
    }

    /// `figures explain --json`: the tree with parameters, inputs and, for a figure reading a dataset,
    /// its file and sha256.
    @Test func explainPrintsTheTreeAsJSON() throws {
        let project = try FiguresProcess.makeProject(prefix: "zprime-explain-json")
        defer { TemporaryDirectory.remove(project) }
        let explain = try FiguresProcess.run(["explain", "exclusion-vanilla", "--json"], in: project)
        #expect(explain.status == 0, "\(explain.stderr)")
        let document = try Self.json(explain.stdout)
        #expect(document["format"] as? String == "figure-explain 1")
        let tree = try #require(document["tree"] as? [String: Any])
        #expect(tree["name"] as? String == "exclusion-vanilla" && tree["kind"] as? String == "figure")
        let datasets = try #require(tree["datasets"] as? [[String: Any]])
        let belle = try #require(datasets.first { $0["name"] as? String == "belle2-2020" })
        #expect(belle["path"] as? String == "external-limits/belle2-2020.csv")
        #expect((belle["sha256"] as? String)?.count == 64)
        let inputs = try #require(tree["inputs"] as? [[String: Any]])
        let band = try #require(inputs.first { $0["role"] as? String == "gm2-band" })
        let node = try #require(band["node"] as? [String: Any])
        #expect(node["kind"] as? String == "muon-g2-band")
        #expect((node["parameters"] as? [String: String])?["discrepancy"] == "\"2024\"")
    }

    /// Completion of step and figure names: what the generated bash/zsh/fish scripts call
    /// (`figures ---completion SUBCOMMAND -- ARGUMENT INDEX CURSOR WORDS…`), from the project in the working
    /// directory or the one named by --project; nothing, silently, where there is no figures.yaml.
    @Test func completionOffersTheProjectsStepAndFigureNames() throws {
        let project = try FiguresProcess.makeProject(configuration: DiffEndToEndTests.configuration, prefix: "zprime-complete")
        defer { TemporaryDirectory.remove(project) }
        let build = try FiguresProcess.run(
            ["---completion", "build", "--", "positional@0", "2", "2", "figures", "build", "th"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.split(separator: "\n").sorted() == ["thermal", "thermal-a", "thermal-b"], "\(build.stdout)")
        let explain = try FiguresProcess.run(
            ["---completion", "explain", "--", "positional@0", "2", "0", "figures", "explain", ""], in: project)
        #expect(
            explain.stdout.split(separator: "\n").sorted()
                == ["efficiency", "loop-function", "pi-q2", "signal-efficiency", "thermal", "thermal-a", "thermal-b"],
            "\(explain.stdout)")
        let rerun = try FiguresProcess.run(
            ["---completion", "all", "--", "--rerun", "3", "3", "figures", "all", "--rerun", "sig"], in: project)
        #expect(rerun.stdout == "signal-efficiency\n" || rerun.stdout == "signal-efficiency", "\(rerun.stdout)")

        let elsewhere = try TemporaryDirectory.make(prefix: "zprime-complete-empty")
        defer { TemporaryDirectory.remove(elsewhere) }
        let named = try FiguresProcess.run(
            ["---completion", "build", "--", "positional@0", "4", "2", "figures", "build", "--project", project.path, "pi"], in: elsewhere)
        #expect(named.stdout.trimmingCharacters(in: .newlines) == "pi-q2", "\(named.stdout)")
        let none = try FiguresProcess.run(
            ["---completion", "build", "--", "positional@0", "2", "2", "figures", "build", "th"], in: elsewhere)
        #expect(none.status == 0 && none.stdout.trimmingCharacters(in: .newlines).isEmpty && none.stderr.isEmpty)

        for shell in ["bash", "zsh", "fish"] {
            let script = try FiguresProcess.run(["--generate-completion-script", shell], in: elsewhere)
            #expect(script.status == 0 && script.stdout.contains("---completion build -- positional@0"), "\(shell)")
        }
    }
}

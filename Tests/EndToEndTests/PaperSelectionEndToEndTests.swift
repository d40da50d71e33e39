import Foundation
import Testing
import TestSupport

/// `paper:` grouping through the real binary: `figures build --paper ID` builds one paper's figures and what
/// they need, a wrong identifier is a usage error with a "did you mean" (exit 2), `figures list` shows each
/// figure's paper, and the figure data names it.
@Suite("figures: papers", .serialized)
struct PaperSelectionEndToEndTests {
    /// One step and three figures of two papers (fast in a debug build).
    static let project = """
        version: 1
        steps:
          loop-function:
            kind: loop-function
            params: {q2_min_GeV2: 1.0e-4, q2_max_GeV2: 10, points_per_decade: 10, threshold_points: 4}
        figures:
          pi-real:
            paper: na64e-2022
            figure: "Fig. 2"
            caption: "Re Pi."
            x: {label: "q^2", scale: log}
            y: {label: "\\\\Pi"}
            data: {x: "q^2", y: "Re Pi"}
            series:
              - {name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi}
          pi-imaginary:
            paper: na64e-2024
            figure: "Fig. 1"
            x: {label: "q^2", scale: log}
            y: {label: "\\\\Pi"}
            data: {x: "q^2", y: "Im Pi"}
            series:
              - {name: im-pi, from: loop-function, x: q2_GeV2, y: im_pi}
          pi-magnitude:
            paper: na64e-2024
            x: {label: "q^2", scale: log}
            y: {label: "\\\\Pi"}
            data: {x: "q^2", y: "|Pi|"}
            series:
              - {name: abs-pi, from: loop-function, x: q2_GeV2, y: abs_pi}
        """

    @Test func buildsOnePapersFiguresAndNamesThePaperInTheData() throws {
        let directory = try FiguresProject.makeProject(configuration: Self.project)
        let result = try FiguresProject.run(["build", "--paper", "na64e-2024"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(result.ran) == ["loop-function", "pi-imaginary", "pi-magnitude"])
        let outputs = try FiguresProject.outputs(of: directory)
        #expect(outputs["data/pi-real.csv"] == nil, "the other paper's figure is not built")
        let data = String(decoding: try #require(outputs["data/pi-imaginary.csv"]), as: UTF8.self)
        #expect(data.contains("\n# note: paper: na64e-2024 Fig. 1 (arXiv:2404.06982)\n"))
        let magnitude = String(decoding: try #require(outputs["data/pi-magnitude.csv"]), as: UTF8.self)
        #expect(magnitude.contains("\n# note: paper: na64e-2024 (arXiv:2404.06982)\n"), "no figure number: the paper alone")

        let list = try FiguresProject.run(["list"], in: directory)
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("pi-imaginary ") }, "\(list.stdout)")
        #expect(lines[row].hasSuffix("[figure] fresh"), "a row still ends with its status")
        #expect(lines[row + 1].trimmingCharacters(in: .whitespaces) == "paper na64e-2024 Fig. 1 (arXiv:2404.06982)")
        #expect(list.stdout.contains("paper na64e-2022 Fig. 2 (arXiv:2206.03101)\n"))
        let step = try #require(lines.firstIndex { $0.hasPrefix("loop-function ") })
        #expect(!lines[step + 1].contains("paper"), "steps name no paper")
        let json = try FiguresProject.run(["list", "--json"], in: directory)
        #expect(json.stdout.contains("\"paper\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"na64e-2022 Fig. 2 (arXiv:2206.03101)\""), "\(json.stdout)")
    }

    @Test func aWrongPaperIsAUsageErrorWithASuggestion() throws {
        let directory = try FiguresProject.makeProject(configuration: Self.project)
        let typo = try FiguresProject.run(["build", "--paper", "na64e2024"], in: directory)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("unknown paper 'na64e2024'; did you mean 'na64e-2024'?"), "\(typo.stderr)")
        #expect(typo.stderr.contains("known papers: na64e-2024, na64e-2022, na64mu-2024, na64mu-prospects, supplementary"))
        #expect(typo.ran.isEmpty)
        let unused = try FiguresProject.run(["build", "--paper", "na64mu-2024"], in: directory)
        #expect(unused.status == 2)
        #expect(unused.stderr.contains("no figure in figures.yaml names this paper"), "\(unused.stderr)")
        #expect(try FiguresProject.outputs(of: directory).isEmpty, "nothing is built")
    }

    @Test func anUnknownPaperInTheConfigurationIsLocated() throws {
        let broken = Self.project.replacingOccurrences(of: "paper: na64e-2022", with: "paper: na64-2022")
        let directory = try FiguresProject.makeProject(configuration: broken)
        let result = try FiguresProject.run(["list"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("figures.yaml:8:"), "\(result.stderr)")
        #expect(result.stderr.contains("unknown paper 'na64-2022'; did you mean 'na64e-2022'?"), "\(result.stderr)")
    }
}

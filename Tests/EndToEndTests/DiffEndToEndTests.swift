import Foundation
import Testing
import TestSupport

/// `figures diff` on the real binary: a small project is built, its out/data copied as the baseline,
/// then rebuilt with a change (or none) and compared.
@Suite struct DiffEndToEndTests {
    /// Three figures from cheap steps. `thermal` has one series that depends on `thermal-a.factor` and
    /// one that does not; `efficiency` depends on the threshold; `pi-q2` on neither.
    static let configuration = """
        version: 1
        steps:
          loop-function:
            kind: loop-function
            params: {q2_min_GeV2: 1.0e-3, q2_max_GeV2: 1, points_per_decade: 10, threshold_points: 4}
          signal-efficiency:
            kind: efficiency
            params: {threshold_GeV: 50, beam_energy_GeV: 100, stochastic_term_sqrt_GeV: 0.1, constant_term: 0.04,
                     combination: quadrature, plateau: 1, points: 51, dense_points: 20}
          thermal-a:
            kind: thermal-target
            params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}
          thermal-b:
            kind: thermal-target
            params: {alpha_dark: 0.02, mass_ratio: 3, factor: 1, points: 20}
        figures:
          pi-q2:
            size: single-column
            x: {label: "q^2 [GeV^2]", scale: log}
            y: {label: "\\\\Pi"}
            data: {x: "q^2", x-unit: "GeV^2", y: "Re Pi", y-unit: "1"}
            series:
              - {name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi}
          efficiency:
            size: single-column
            x: {label: "E_F [GeV]"}
            y: {label: "\\\\eta"}
            data: {x: "E_F", x-unit: "GeV", y: "eta", y-unit: "1"}
            series:
              - {name: efficiency, from: signal-efficiency, x: energy_GeV, y: efficiency}
          thermal:
            size: single-column
            x: {label: "m [GeV]", scale: log}
            y: {label: "g", scale: log}
            data: {x: "m_Z'", x-unit: "GeV", y: "g on the thermal target", y-unit: "1"}
            series:
              - {name: thermal-a, from: thermal-a, x: m_GeV, y: g}
              - {name: thermal-b, from: thermal-b, x: m_GeV, y: g}
        """

    /// A built project with its out/data copied to `baseline/`.
    static func builtProjectWithBaseline() throws -> URL {
        let project = try FiguresProcess.makeProject(configuration: configuration)
        let build = try FiguresProcess.run(["all", "--jobs", "2"], in: project)
        #expect(build.status == 0, "\(build.stdout)\n\(build.stderr)")
        try FileManager.default.copyItem(at: project.appendingPathComponent("out/data"), to: project.appendingPathComponent("baseline"))
        return project
    }

    /// The terminal table's row for a figure and series, split on runs of spaces.
    static func row(_ stdout: String, figure: String, series: String) -> [String]? {
        for line in stdout.split(separator: "\n") {
            let cells = line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count >= 2, cells[0] == figure, cells[1] == series { return cells }
        }
        return nil
    }

    @Test func anUnchangedBuildDiffsClean() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(["diff", "--baseline", "baseline"], in: project)
        #expect(diff.status == 0, "\(diff.stdout)\n\(diff.stderr)")
        #expect(diff.ran.isEmpty)
        #expect(diff.stdout.contains("Identical: efficiency, pi-q2, thermal"))
        let report = try String(contentsOf: project.appendingPathComponent("out/diff/report.md"), encoding: .utf8)
        #expect(report.contains("thermal"))
    }

    /// factor 1 → 1.21 multiplies g = √(f · …) by exactly 1.1: the report must say +10.0% for the one
    /// series that reads thermal-a, nothing for the others, and exit 1.
    @Test func aParameterChangeIsReportedWhereItActsWithItsSize() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(["diff", "--baseline", "baseline", "--set", "thermal-a.factor=1.21"], in: project)
        #expect(diff.status == 1, "\(diff.stdout)\n\(diff.stderr)")
        #expect(diff.ran == ["thermal", "thermal-a"])
        let changed = try #require(Self.row(diff.stdout, figure: "thermal", series: "thermal-a"), "\(diff.stdout)")
        #expect(changed[2] == "+10.0%")
        #expect(changed.last == "beyond tolerance")
        #expect(Self.row(diff.stdout, figure: "thermal", series: "thermal-b") == nil)
        #expect(Self.row(diff.stdout, figure: "efficiency", series: "efficiency") == nil)
        #expect(diff.stdout.contains("Identical: efficiency, pi-q2"))
        // The overlay of the one changed figure, and only of it.
        let diffDirectory = project.appendingPathComponent("out/diff").path
        let written = try FileManager.default.contentsOfDirectory(atPath: diffDirectory).sorted()
        #expect(written.contains("thermal.pdf") && written.contains("thermal.png"))
        #expect(!written.contains { $0.hasPrefix("efficiency.") || $0.hasPrefix("pi-q2.") })
        let report = try String(contentsOf: project.appendingPathComponent("out/diff/report.md"), encoding: .utf8)
        #expect(report.contains("thermal-a") && report.contains("+10.0%"))
        // A directory baseline records no inputs: the report names the override in force, and links the overlay.
        #expect(report.contains("### What changed in the inputs") && report.contains("--set thermal-a.factor=1.21"), "\(report)")
        #expect(report.contains("[overlay PDF](thermal.pdf)"), "\(report)")
    }

    /// Against a git revision, report.md names the parameter with its old and new values.
    @Test func aGitBaselineNamesTheChangedParameter() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        for arguments in [
            ["init", "-q"], ["add", "figures.yaml", "out/data", "external-limits"],
            ["-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "baseline"]
        ] {
            let git = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments, in: project)
            try #require(git.status == 0, "git \(arguments): \(git.stderr)")
        }
        let diff = try FiguresProcess.run(["diff", "--set", "signal-efficiency.threshold_GeV=47"], in: project)
        #expect(diff.status == 1, "\(diff.stdout)\n\(diff.stderr)")
        let report = try String(contentsOf: project.appendingPathComponent("out/diff/report.md"), encoding: .utf8)
        #expect(report.contains("signal-efficiency.threshold\\_GeV: 50.0 → 47.0"), "\(report)")
        #expect(!report.contains("dataset "), "no dataset changed: \(report)")
    }

    /// The threshold moves the efficiency step's turn-on: the efficiency figure changes, the others not.
    @Test func theThresholdChangesExactlyTheEfficiencyFigure() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(["diff", "--baseline", "baseline", "--set", "signal-efficiency.threshold_GeV=47"], in: project)
        #expect(diff.status == 1, "\(diff.stdout)\n\(diff.stderr)")
        #expect(diff.ran == ["efficiency", "signal-efficiency"])
        #expect(Self.row(diff.stdout, figure: "efficiency", series: "efficiency") != nil, "\(diff.stdout)")
        #expect(diff.stdout.contains("Identical: pi-q2, thermal"))
    }

    /// +10% against rtol 0.2 is within tolerance: exit 0, and the change is still listed.
    @Test func aChangeBelowToleranceExitsZero() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(
            ["diff", "--baseline", "baseline", "--rtol", "0.2", "--set", "thermal-a.factor=1.21"], in: project)
        #expect(diff.status == 0, "\(diff.stdout)\n\(diff.stderr)")
        let changed = try #require(Self.row(diff.stdout, figure: "thermal", series: "thermal-a"), "\(diff.stdout)")
        #expect(changed[2] == "+10.0%")
        #expect(changed.last != "beyond tolerance")
    }

    /// A series dropped from a figure is reported as removed, with its point count, and exits 1.
    @Test func aRemovedSeriesIsReported() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let reduced = Self.configuration.replacingOccurrences(of: "\n      - {name: thermal-b, from: thermal-b, x: m_GeV, y: g}", with: "")
        #expect(reduced != Self.configuration)
        try reduced.write(to: project.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        let diff = try FiguresProcess.run(["diff", "--baseline", "baseline"], in: project)
        #expect(diff.status == 1, "\(diff.stdout)\n\(diff.stderr)")
        let removed = try #require(Self.row(diff.stdout, figure: "thermal", series: "thermal-b"), "\(diff.stdout)")
        #expect(removed.contains("-20"))
        #expect(removed.last == "series removed")
    }

    @Test func aMissingBaselineIsAUsageError() throws {
        let project = try Self.builtProjectWithBaseline()
        defer { try? FileManager.default.removeItem(at: project) }
        let diff = try FiguresProcess.run(["diff", "--no-build", "--baseline", "no-such-directory"], in: project)
        #expect(diff.status == 2)
        #expect(diff.stderr.contains("no-such-directory"), "\(diff.stderr)")
    }
}

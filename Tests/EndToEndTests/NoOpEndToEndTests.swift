import Foundation
import Testing
import TestSupport

/// The no-op shortcut (`out/.cache/noop-summary`): an unchanged project answers from stat calls, and
/// every kind of change still takes the full path. `FIGURES_EXPLAIN_NOOP` makes the binary say which.
@Suite("figures: no-op shortcut", .serialized)
struct NoOpEndToEndTests {
    static let explain = ["FIGURES_EXPLAIN_NOOP": "1"]

    /// A built two-node project, and the outputs of its first build.
    func builtProject() throws -> (URL, [String: Data]) {
        let project = try FiguresProject.makeProject(configuration: EngineEndToEndTests.smallProject, prefix: "figures-noop")
        let first = try FiguresProject.run(["all"], in: project, environment: Self.explain)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("no-op summary: no summary of a complete build"))
        return (project, try FiguresProject.outputs(of: project))
    }

    /// Rewrites figures.yaml of `project` with one parameter changed (loop-function's grid density).
    func editConfiguration(of project: URL) throws {
        let file = project.appendingPathComponent("figures.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "points_per_decade: 20", with: "points_per_decade: 21")
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func noOp(_ project: URL) throws -> ProcessOutput {
        try FiguresProject.run(["all"], in: project, environment: Self.explain)
    }

    @Test func anUnchangedProjectAnswersFromTheSummaryWithTheSameReport() throws {
        let (project, outputs) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        let second = try noOp(project)
        #expect(second.status == 0)
        #expect(second.stderr.contains("no-op summary: current"))
        #expect(second.cached == ["loop-function", "pi-q2"])
        #expect(second.ran.isEmpty)
        #expect(second.stdout.contains("build: 0 ran, 2 cached"))
        #expect(try FiguresProject.outputs(of: project) == outputs)
    }

    @Test func anEditedConfigurationIsSeen() throws {
        let (project, _) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        try editConfiguration(of: project)
        let after = try noOp(project)
        #expect(after.stderr.contains("figures.yaml changed"))
        #expect(after.ran == ["loop-function", "pi-q2"])
    }

    @Test func aDeletedOrEditedOutputIsSeenAndRestored() throws {
        let (project, outputs) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        let csv = project.appendingPathComponent("out/data/pi-q2.csv")
        try FileManager.default.removeItem(at: csv)
        let afterDelete = try noOp(project)
        #expect(afterDelete.stderr.contains("out/data/pi-q2.csv changed"))
        #expect(try FiguresProject.outputs(of: project) == outputs)
        // Same size, other bytes, written in place: the status-change time still moves.
        var bytes = try Data(contentsOf: csv)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == 0x31 ? 0x32 : 0x31
        let handle = try FileHandle(forWritingTo: csv)
        try handle.write(contentsOf: bytes)
        try handle.close()
        let afterEdit = try noOp(project)
        #expect(afterEdit.stderr.contains("out/data/pi-q2.csv changed"))
        #expect(try FiguresProject.outputs(of: project) == outputs)
        #expect(try noOp(project).stderr.contains("no-op summary: current"))
    }

    @Test func overridesAndTargetedBuildsTakeTheFullPath() throws {
        let (project, outputs) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        let withSet = try FiguresProject.run(["all", "--set", "loop-function.points_per_decade=25"], in: project, environment: Self.explain)
        #expect(withSet.stderr.contains("the command line's overrides differ"))
        #expect(withSet.ran == ["loop-function", "pi-q2"])
        // Back to the configuration: the summary is the --set build's, so the full
        // path runs; both versions are cached, so it republishes the original outputs without running a step.
        let back = try noOp(project)
        #expect(back.stderr.contains("no-op summary: the command line's overrides differ"))
        #expect(back.cached == ["loop-function", "pi-q2"])
        #expect(try FiguresProject.outputs(of: project) == outputs)
        // `build NAME` never uses the shortcut (it reports only what it built).
        let targeted = try FiguresProject.run(["build", "loop-function"], in: project, environment: Self.explain)
        #expect(!targeted.stderr.contains("no-op summary"))
    }

    @Test func anEditedDatasetIsSeen() throws {
        let configuration =
            EngineEndToEndTests.smallProject + """

                datasets:
                  probe: external-limits/belle2-2020.csv
                """
        let project = try FiguresProject.makeProject(configuration: configuration, prefix: "figures-noop")
        defer { TemporaryDirectory.remove(project) }
        #expect(try noOp(project).status == 0)
        #expect(try noOp(project).stderr.contains("no-op summary: current"))
        let dataset = project.appendingPathComponent("external-limits/belle2-2020.csv")
        try (try String(contentsOf: dataset, encoding: .utf8) + "\n").write(to: dataset, atomically: true, encoding: .utf8)
        #expect(try noOp(project).stderr.contains("external-limits/belle2-2020.csv changed"))
    }

    @Test func aNewBinaryIsSeen() throws {
        let (project, _) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        // A copy of the launcher and the engine is another engine file (another inode): it may hold other code.
        let copies = project.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        for binary in [FiguresProject.binary, FiguresProject.engine] {
            try FileManager.default.copyItem(at: binary, to: copies.appendingPathComponent(binary.lastPathComponent))
        }
        let run = try ProcessRunner.run(
            copies.appendingPathComponent(FiguresProject.binary.lastPathComponent), arguments: ["all"], in: project,
            environment: Self.explain)
        #expect(run.status == 0)
        #expect(run.stderr.contains("no-op summary: the binary changed"))
        #expect(run.cached == ["loop-function", "pi-q2"])
    }

    /// A copy of a built project elsewhere carries the summary, whose paths are the original's: an edit
    /// in the copy must still be seen.
    @Test func aCopiedProjectIsNotVouchedForByTheOriginal() throws {
        let (project, _) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        let copy = project.deletingLastPathComponent().appendingPathComponent(project.lastPathComponent + "-copy")
        try FileManager.default.copyItem(at: project, to: copy)
        defer { TemporaryDirectory.remove(copy) }
        try editConfiguration(of: copy)
        let run = try noOp(copy)
        #expect(run.stderr.contains("no-op summary: the project directory is not"))
        #expect(run.ran == ["loop-function", "pi-q2"])
    }

    /// A plain `all` (with `--quiet` or `--project`) is answered by the launcher, without the engine, once
    /// the files the build wrote have left the racy window; any other argument goes to the engine, whose
    /// swift-argument-parser still rejects what it does not know.
    @Test func plainAllIsAnsweredByTheLauncherAndOtherFormsAreNot() throws {
        let (project, outputs) = try builtProject()
        defer { TemporaryDirectory.remove(project) }
        let early = "no-op summary: current (answered by the launcher, before the engine is loaded)"
        // Just after the build every output is racy: only the engine can check those (by content).
        let racy = try noOp(project)
        #expect(racy.stderr.contains("no-op summary: current"))
        #expect(!racy.stderr.contains(early))
        // Past the racy window (one second; NoOpSummary.racyWindowNanoseconds), the engine's next answer
        // settles the summary (unless the answer above came late enough to do so already), and from then on
        // the launcher answers alone.
        Thread.sleep(forTimeInterval: 1.2)
        let settling = try noOp(project)
        #expect(settling.stderr.contains("no-op summary: current"))
        let launcher = try noOp(project)
        #expect(launcher.stderr.contains(early))
        #expect(launcher.cached == ["loop-function", "pi-q2"])
        #expect(launcher.stdout == settling.stdout)
        let quiet = try FiguresProject.run(["all", "--quiet"], in: project, environment: Self.explain)
        #expect(quiet.stderr.contains(early))
        #expect(quiet.cached.isEmpty)
        #expect(quiet.stdout.contains("build: 0 ran, 2 cached"))
        let parent = project.deletingLastPathComponent()
        for form in [["all", "--project", project.lastPathComponent], ["all", "--project=" + project.lastPathComponent]] {
            let elsewhere = try FiguresProject.run(form, in: parent, environment: Self.explain)
            #expect(elsewhere.stderr.contains(early), "\(form)")
            #expect(elsewhere.cached == ["loop-function", "pi-q2"], "\(form)")
        }
        let withJobs = try FiguresProject.run(["all", "--jobs", "1"], in: project, environment: Self.explain)
        #expect(withJobs.stderr.contains("no-op summary: current"))
        #expect(!withJobs.stderr.contains(early))
        #expect(withJobs.cached == ["loop-function", "pi-q2"])
        let unknown = try FiguresProject.run(["all", "--no-such-option"], in: project, environment: Self.explain)
        #expect(unknown.status == 2)
        #expect(!unknown.stderr.contains("no-op summary"))
        // Without the report the early answer steps aside and the full path writes it again.
        try FileManager.default.removeItem(at: project.appendingPathComponent("out/report/index.html"))
        let noReport = try noOp(project)
        #expect(noReport.stderr.contains("no-op summary: current"))
        #expect(!noReport.stderr.contains(early))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("out/report/index.html").path))
        #expect(try FiguresProject.outputs(of: project) == outputs)
    }
}

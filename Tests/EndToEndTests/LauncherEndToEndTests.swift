import Foundation
import Testing
import TestSupport

/// The `figures` launcher: it answers a no-op itself (NoOpEndToEndTests) and hands everything else to the
/// engine beside it, with the same arguments, environment and exit status.
@Suite("figures: launcher")
struct LauncherEndToEndTests {
    @Test func handsEveryOtherCommandToTheEngine() throws {
        let directory = try TemporaryDirectory.make(prefix: "figures-launcher")
        defer { TemporaryDirectory.remove(directory) }
        let viaLauncher = try ProcessRunner.run(FiguresProject.binary, arguments: ["kinds"], in: directory)
        let direct = try ProcessRunner.run(FiguresProject.engine, arguments: ["kinds"], in: directory)
        #expect(viaLauncher.status == 0)
        #expect(viaLauncher.stdout == direct.stdout)
        #expect(!viaLauncher.stdout.isEmpty)
        // A usage error keeps the engine's text and exit status 2.
        let wrong = try ProcessRunner.run(FiguresProject.binary, arguments: ["all", "--no-such-option"], in: directory)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Unknown option '--no-such-option'"))
    }

    /// A launcher copied without its engine says what is missing (exit status 127, as a shell does for a
    /// command it cannot find), and does not answer a no-op either.
    @Test func aLauncherWithoutItsEngineSaysSo() throws {
        let directory = try TemporaryDirectory.make(prefix: "figures-launcher")
        defer { TemporaryDirectory.remove(directory) }
        let lone = directory.appendingPathComponent("figures")
        try FileManager.default.copyItem(at: FiguresProject.binary, to: lone)
        let run = try ProcessRunner.run(lone, arguments: ["all"], in: directory)
        #expect(run.status == 127)
        let engine = directory.appendingPathComponent("figures-engine").path
        #expect(
            run.stderr
                == "error: cannot start the figures engine \(engine): No such file or directory; "
                + "build it with 'swift build' (it is placed beside figures)\n")
        #expect(run.stdout.isEmpty)
    }
}

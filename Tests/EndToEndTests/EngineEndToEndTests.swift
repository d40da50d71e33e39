import Foundation
import Testing
import TestSupport

/// The build engine through the real `figures` binary, on a small real DAG (loop-function → pi-q2).
/// `.serialized`: each test spawns processes; running them one at a time keeps the 2-core CI quick.
@Suite("figures: end to end", .serialized)
struct EngineEndToEndTests {
    /// A two-node project: the Π(q²) step and its figure (fast in a debug build).
    static let smallProject = """
        version: 1
        steps:
          loop-function:
            kind: loop-function
            params: {q2_min_GeV2: 1.0e-4, q2_max_GeV2: 10, points_per_decade: 20, threshold_points: 10}
        figures:
          pi-q2:
            x: {label: "q^2 [GeV^2]", scale: log}
            y: {label: "\\\\Pi(q^2)"}
            data: {x: "q^2", x-unit: "GeV^2", y: "Pi"}
            series:
              - {name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi, legend: "Re"}
              - {name: im-pi, from: loop-function, x: q2_GeV2, y: im_pi, legend: "Im", style: {dash: dashed}}
        """

    @Test func firstBuildRunsEverythingSecondRunsNothing() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        let first = try FiguresProcess.run(["all"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.ran == ["loop-function", "pi-q2"])
        let second = try FiguresProcess.run(["all"], in: project)
        #expect(second.status == 0)
        #expect(second.ran.isEmpty)
        #expect(second.cached == ["loop-function", "pi-q2"])
        let outputs = try FiguresProcess.outputs(of: project)
        #expect(Set(outputs.keys) == ["data/pi-q2.csv", "figures/pi-q2.pdf", "figures/pi-q2.svg", "figures/pi-q2.png", "MANIFEST"])
    }

    @Test func changingAParameterRerunsThatStepAndItsDependents() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        _ = try FiguresProcess.run(["all"], in: project)
        let changed = try FiguresProcess.run(["all", "--set", "loop-function.points_per_decade=25"], in: project)
        #expect(changed.status == 0)
        #expect(changed.ran == ["loop-function", "pi-q2"])
        #expect(changed.stdout.contains("run     loop-function: params changed: points_per_decade 20 → 25"))
        #expect(changed.stdout.contains("run     pi-q2: input loop-function changed"))
        // A figure-only change re-runs only the figure.
        let styled = try FiguresProcess.run(["all", "--set", "pi-q2.legend.position=upper-left"], in: project)
        #expect(styled.ran == ["pi-q2"])
        #expect(styled.cached == ["loop-function"])
    }

    @Test func aCorruptedCacheObjectIsDetectedAndRebuilt() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        _ = try FiguresProcess.run(["all"], in: project)
        let clean = try FiguresProcess.outputs(of: project)
        // Corrupt the object holding the PDF (same size, other bytes), and the published copy.
        let pdf = clean["figures/pi-q2.pdf"]!
        let objects = project.appendingPathComponent("out/.cache/objects")
        for name in try FileManager.default.contentsOfDirectory(atPath: objects.path) {
            let url = objects.appendingPathComponent(name)
            if try Data(contentsOf: url) == pdf {
                var bytes = pdf
                bytes[bytes.count / 2] ^= 0xFF
                try bytes.write(to: url)
            }
        }
        let verify = try FiguresProcess.run(["cache", "verify"], in: project)
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("1 corrupt"))
        let rebuilt = try FiguresProcess.run(["all"], in: project)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.ran == ["pi-q2"])
        #expect(try FiguresProcess.outputs(of: project) == clean)
        // Corruption found during a build (not by verify) is reported and repaired too.
        _ = try FiguresProcess.run(["all"], in: project)
        for name in try FileManager.default.contentsOfDirectory(atPath: objects.path) {
            let url = objects.appendingPathComponent(name)
            if try Data(contentsOf: url) == pdf { try Data(repeating: 0, count: pdf.count).write(to: url) }
        }
        let repaired = try FiguresProcess.run(["all"], in: project)
        #expect(repaired.stderr.contains("did not match its hash; rebuilding pi-q2"))
        #expect(repaired.ran == ["pi-q2"])
        #expect(try FiguresProcess.outputs(of: project) == clean)
    }

    @Test func jobCountDoesNotChangeAnyOutputByte() throws {
        let one = try FiguresProcess.makeProject(configuration: Self.smallProject)
        let four = try FiguresProcess.makeProject(configuration: Self.smallProject)
        #expect(try FiguresProcess.run(["all", "--jobs", "1"], in: one).status == 0)
        #expect(try FiguresProcess.run(["all", "--jobs", "4"], in: four).status == 0)
        let a = try FiguresProcess.outputs(of: one), b = try FiguresProcess.outputs(of: four)
        #expect(a.count == 5, "the figure's four files and out/MANIFEST")
        #expect(a == b)
    }

    @Test func aBuildKilledMidwayLeavesARecoverableState() throws {
        let reference = try FiguresProcess.makeProject(configuration: Self.smallProject)
        #expect(try FiguresProcess.run(["all"], in: reference).status == 0)
        let expected = try FiguresProcess.outputs(of: reference)
        // Kill at several moments of the build; each time the next build must give the clean bytes.
        for delayMilliseconds in [5, 40, 120, 300] {
            let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
            let running = try FiguresProcess.start(["all"], in: project)
            usleep(useconds_t(delayMilliseconds * 1000))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.wait()
            let resumed = try FiguresProcess.run(["all"], in: project)
            #expect(resumed.status == 0, "after a kill at \(delayMilliseconds) ms: \(resumed.stderr)")
            let outputs = try FiguresProcess.outputs(of: project)
            let differing = Set(outputs.keys).union(expected.keys).filter { outputs[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "after a kill at \(delayMilliseconds) ms, these differ: \(differing)")
        }
    }

    @Test func twoConcurrentBuildsBothSucceed() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        let a = try FiguresProcess.start(["all"], in: project)
        let b = try FiguresProcess.start(["all"], in: project)
        let ra = a.wait(), rb = b.wait()
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(rb.status == 0, "\(rb.stderr)")
        let reference = try FiguresProcess.makeProject(configuration: Self.smallProject)
        _ = try FiguresProcess.run(["all"], in: reference)
        #expect(try FiguresProcess.outputs(of: project) == FiguresProcess.outputs(of: reference))
        let upToDate = try FiguresProcess.run(["all"], in: project)
        #expect(upToDate.status == 0 && upToDate.ran.isEmpty && upToDate.cached == ["loop-function", "pi-q2"], "\(upToDate.stdout)")
    }

    @Test func aConfigurationErrorExitsTwoAndWritesNothing() throws {
        let project = try FiguresProcess.makeProject(
            configuration: Self.smallProject.replacingOccurrences(of: "points_per_decade: 20", with: "points_per_decade: many"))
        let result = try FiguresProcess.run(["all"], in: project)
        #expect(result.status == 2)
        #expect(result.stderr.contains("figures.yaml:5:"))
        #expect(result.stderr.contains("steps.loop-function.params.points_per_decade: expected an integer, found 'many'"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path))
    }

    @Test func usageErrorsExitTwo() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        #expect(try FiguresProcess.run(["all", "--jobs", "0"], in: project).status == 2)
        #expect(try FiguresProcess.run(["all", "--set", "no-dot"], in: project).status == 2)
        #expect(try FiguresProcess.run(["build", "no-such-figure"], in: project).status == 2)
        #expect(try FiguresProcess.run(["frobnicate"], in: project).status == 2)
    }

    @Test func listGraphAndGarbageCollection() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        let before = try FiguresProcess.run(["list"], in: project)
        #expect(before.stdout.contains("loop-function  [loop-function] stale: no cache entry"))
        #expect(before.stdout.contains("pi-q2          [figure] stale: waits on loop-function"))
        _ = try FiguresProcess.run(["all"], in: project)
        #expect(try FiguresProcess.run(["list"], in: project).stdout.contains("pi-q2          [figure] fresh"))
        let dot = try FiguresProcess.run(["graph", "--dot"], in: project)
        #expect(dot.stdout.contains("\"loop-function\" -> \"pi-q2\" [label=\"loop-function\"];"))
        _ = try FiguresProcess.run(["all", "--set", "loop-function.points_per_decade=21"], in: project)
        let gc = try FiguresProcess.run(["cache", "gc"], in: project)
        #expect(gc.status == 0)
        #expect(gc.stdout.contains("2 action entries"))  // the old loop-function and pi-q2 entries
        let upToDate = try FiguresProcess.run(["all"], in: project)
        #expect(upToDate.status == 0 && upToDate.ran.isEmpty && upToDate.cached == ["loop-function", "pi-q2"], "\(upToDate.stdout)")
    }

    /// `--rerun` runs a cached step again, compares its outputs with the cache (identical: no warning),
    /// and its dependents stay cached (early cutoff); an unknown name is a usage error.
    @Test func rerunRunsACachedStepAndChecksItReproduces() throws {
        let project = try FiguresProcess.makeProject(configuration: Self.smallProject)
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try FiguresProcess.run(["all"], in: project)
        let rerun = try FiguresProcess.run(["all", "--rerun", "loop-function"], in: project)
        #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        #expect(rerun.ran == ["loop-function"])
        #expect(rerun.cached == ["pi-q2"])
        #expect(rerun.stdout.contains("run     loop-function: --rerun"))
        #expect(!rerun.stderr.contains("did not reproduce") && !rerun.stdout.contains("did not reproduce"))
        let unknown = try FiguresProcess.run(["all", "--rerun", "no-such-step"], in: project)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--rerun no-such-step"))
    }
}

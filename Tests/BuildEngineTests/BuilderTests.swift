import Foundation
import Testing
@testable import BuildEngine

@Suite("Builder: incremental, early cutoff, corruption, determinism")
struct BuilderTests {
    @Test func firstBuildRunsEverythingAndSecondRunsNothing() async throws {
        let fileSystem = MemoryFileSystem()
        let project = try parse(chainConfig)
        let (first, reporter) = await build(project, fileSystem)
        #expect(reporter.ran == ["line", "other", "sign", "sign-total", "total"])
        #expect(first.failed.isEmpty)
        let (second, again) = await build(project, fileSystem)
        #expect(again.ran.isEmpty)
        #expect(second.cached.sorted() == ["line", "other", "sign", "sign-total", "total"])
        #expect(fileSystem.snapshot(prefix: "/project/out/sums")["/project/out/sums/total.txt"] == Data("12.0\n".utf8))
    }

    @Test func changingOneParameterRerunsThatStepAndItsDependentsOnly() async throws {
        let fileSystem = MemoryFileSystem()
        _ = await build(try parse(chainConfig), fileSystem)
        let changed = try parse(chainConfig, overrides: [ParameterOverride(parsing: "line.scale=3")!])
        let (summary, reporter) = await build(changed, fileSystem)
        // sign's output (+) does not change, but it must run: its input did.
        #expect(reporter.ran == ["line", "sign", "total"])
        #expect(summary.cached.sorted() == ["other", "sign-total"])
        #expect(reporter.events.withLock { $0 }.contains("run line: params changed: scale 2.0 → 3.0"))
        #expect(reporter.events.withLock { $0 }.contains("run total: input source (line) changed"))
    }

    @Test func earlyCutoffStopsTheCascadeWhenOutputsAreUnchanged() async throws {
        let fileSystem = MemoryFileSystem()
        _ = await build(try parse(chainConfig), fileSystem)
        // scale 2 → 5 changes line and total, but sign's output (+1) is byte-identical, so
        // sign-total's key (built from sign's output hash) is unchanged: it stays cached.
        let (summary, reporter) = await build(try parse(chainConfig, overrides: [ParameterOverride(parsing: "line.scale=5")!]), fileSystem)
        #expect(reporter.ran == ["line", "sign", "total"])
        #expect(summary.cached.sorted() == ["other", "sign-total"])
    }

    @Test func corruptedObjectIsDetectedAndRebuilt() async throws {
        let fileSystem = MemoryFileSystem()
        let project = try parse(chainConfig)
        _ = await build(project, fileSystem)
        let objects = fileSystem.snapshot(prefix: "/project/out/.cache/objects/")
        let sumObject = try #require(objects.first { String(decoding: $0.value, as: UTF8.self) == "12.0\n" })
        try fileSystem.writeAtomically(Data("13.0\n".utf8), to: sumObject.key)
        let (summary, reporter) = await build(project, fileSystem)
        #expect(reporter.ran == ["total"])
        #expect(
            reporter.events.withLock { $0 }.contains {
                $0.hasPrefix("warning: object") && $0.contains("did not match its hash; rebuilding total")
            })
        #expect(summary.failed.isEmpty)
        #expect(fileSystem.snapshot(prefix: "/project/out/.cache/objects/")[sumObject.key] == Data("12.0\n".utf8))
    }

    @Test func outputsAreIdenticalForAnyJobCount() async throws {
        let one = MemoryFileSystem(), four = MemoryFileSystem()
        _ = await build(try parse(chainConfig), one, jobs: 1)
        _ = await build(try parse(chainConfig), four, jobs: 4)
        #expect(one.snapshot(prefix: "/project/out/.cache/objects") == four.snapshot(prefix: "/project/out/.cache/objects"))
        #expect(one.snapshot(prefix: "/project/out/sums") == four.snapshot(prefix: "/project/out/sums"))
    }

    @Test func aFailedStepSkipsItsDependentsAndKeepsTheRest() async throws {
        let config = """
            version: 1
            steps:
              broken: {kind: fail}
              after: {kind: sum, inputs: {source: broken}}
              fine: {kind: line, params: {scale: 1}}
            """
        let (summary, reporter) = await build(try parse(config), MemoryFileSystem())
        #expect(summary.failed == ["broken": "deliberate failure"])
        #expect(summary.skipped == ["after"])
        #expect(reporter.ran.contains("fine"))
    }

    @Test func statusExplainsStaleSteps() async throws {
        let fileSystem = MemoryFileSystem()
        _ = await build(try parse(chainConfig), fileSystem)
        let changed = try parse(chainConfig, overrides: [ParameterOverride(parsing: "line.points=5")!])
        let builder = Builder(project: changed, outDirectory: "/project/out", fileSystem: fileSystem, reporter: RecordingReporter())
        let status = Dictionary(uniqueKeysWithValues: builder.status().map { ($0.name, $0.status.description) })
        #expect(status["line"] == "stale: params changed: points 4 → 5")
        #expect(status["total"] == "stale: waits on line")
        #expect(status["sign-total"] == "stale: waits on sign")
        #expect(status["other"] == "fresh")
    }

    @Test func garbageCollectionKeepsWhatTheConfigurationUses() async throws {
        let fileSystem = MemoryFileSystem()
        _ = await build(try parse(chainConfig), fileSystem)
        let changed = try parse(chainConfig, overrides: [ParameterOverride(parsing: "other.scale=4")!])
        _ = await build(changed, fileSystem)
        let builder = Builder(project: changed, outDirectory: "/project/out", fileSystem: fileSystem, reporter: RecordingReporter())
        let report = try builder.store.collectGarbage(keeping: builder.liveKeys())
        #expect(report.removedActions == 1)  // the old `other`
        #expect(report.removedObjects == 1)  // its table
        let (afterCollection, reporter) = await build(changed, fileSystem)
        #expect(reporter.ran.isEmpty)
        #expect(afterCollection.cached.count == 5 && afterCollection.failed.isEmpty)  // every live step kept its entry
    }
}

import Foundation
import Testing
@testable import BuildEngine

/// The scheduler's start order: longest critical path first, weights from recorded durations.
@Suite("Scheduler: longest critical path first")
struct StepPriorityTests {
    // a → b → c is a chain; d and e stand alone. Topological (alphabetical) order: a, b, c, d, e.
    let order = ["a", "b", "c", "d", "e"]
    let dependents = ["a": ["b"], "b": ["c"]]

    /// With no durations every step weighs 1: the chain's head (3 steps long) starts first.
    @Test func chainHeadStartsFirstWithUnitWeights() {
        let priorities = StepPriorities(names: order, order: order, dependents: dependents, durations: [:])
        #expect(["d", "e", "a"].sorted(by: priorities.startsBefore) == ["a", "d", "e"])
    }

    /// Recorded durations outweigh the chain: e took 10 s, the chain 0.3 s in all.
    @Test func recordedDurationsSetTheOrder() {
        let durations = ["a": 0.1, "b": 0.1, "c": 0.1, "d": 2, "e": 10]
        let priorities = StepPriorities(names: order, order: order, dependents: dependents, durations: durations)
        #expect(["a", "d", "e"].sorted(by: priorities.startsBefore) == ["e", "d", "a"])
    }

    /// Equal priorities keep the topological order.
    @Test func tiesKeepTopologicalOrder() {
        let priorities = StepPriorities(names: order, order: order, dependents: [:], durations: [:])
        #expect(["e", "c", "a"].sorted(by: priorities.startsBefore) == ["a", "c", "e"])
    }

    /// A build records the durations of the steps it ran, and the file round-trips.
    @Test func buildRecordsDurations() async throws {
        let fileSystem = MemoryFileSystem()
        let project = try parse(chainConfig)
        _ = await build(project, fileSystem)
        let recorded = StepDurations(path: "/project/out/.cache/durations", fileSystem: fileSystem).load()
        #expect(Set(recorded.keys) == ["line", "other", "sign", "sign-total", "total"])
        #expect(recorded.values.allSatisfy { $0 >= 0 })
    }
}

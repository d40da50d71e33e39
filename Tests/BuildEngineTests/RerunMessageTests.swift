import Testing
@testable import BuildEngine

/// The `--rerun` comparison message (a pure function).
@Suite struct RerunMessageTests {
    static func record(_ name: String, _ digit: Character) -> OutputRecord {
        OutputRecord(name: name, hash: ContentHash(hex: String(repeating: digit, count: 64)), size: 1, publish: nil)
    }

    @Test func identicalOutputsGiveNoMessage() {
        let outputs = [Self.record("table", "a"), Self.record("data.csv", "b")]
        #expect(BuildMessages.rerunDifference(step: "limits", cached: outputs, rerun: outputs.reversed()) == nil)
    }

    @Test func changedNewAndGoneOutputsAreNamed() {
        let message = BuildMessages.rerunDifference(
            step: "limits", cached: [Self.record("a", "1"), Self.record("b", "2")],
            rerun: [Self.record("a", "3"), Self.record("c", "4")])
        #expect(
            message
                == "limits did not reproduce its cached outputs ('a' 111111111111 → 333333333333, 'b' is gone, 'c' is new): the step is "
                + "not deterministic, or its code changed without changing its key"
        )
        #expect(RunReason.rerunRequested.description == "--rerun (cache entry valid; outputs will be compared with it)")
    }
}

import Testing
@testable import BuildEngine

/// The one graph type: order, closures, dependents and cycles, on small hand-checked graphs.
@Suite("build graph")
struct BuildGraphTests {
    /// a → b → d, a → c → d, e alone (arrows in the direction data flows).
    static let diamond: [String: Set<String>] = ["a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"], "e": []]

    @Test func orderIsTopologicalWithTiesByName() throws {
        let graph = try BuildGraph(upstream: Self.diamond)
        #expect(graph.order == ["a", "b", "c", "d", "e"])
        for (name, inputs) in Self.diamond {
            for input in inputs { #expect(graph.position[input]! < graph.position[name]!) }
        }
    }

    @Test func dependentsAndUpstreamAreSorted() throws {
        let graph = try BuildGraph(upstream: Self.diamond)
        #expect(graph.dependents["a"] == ["b", "c"])
        #expect(graph.dependents["d"] == [])
        #expect(graph.upstream["d"] == ["b", "c"])
    }

    @Test func closureHoldsTargetsAndEverythingUpstream() throws {
        let graph = try BuildGraph(upstream: Self.diamond)
        #expect(graph.closure(of: ["b"]) == ["a", "b"])
        #expect(graph.closure(of: ["d", "e"]) == ["a", "b", "c", "d", "e"])
        #expect(graph.closure(of: nil) == graph.order)
        #expect(graph.closure(of: []) == [])
    }

    @Test func downstreamIsTransitive() throws {
        let graph = try BuildGraph(upstream: Self.diamond)
        #expect(graph.downstream(of: "a") == ["b", "c", "d"])
        #expect(graph.downstream(of: "e") == [])
    }

    @Test func cycleIsNamedInDataFlowOrderFromTheSmallestName() {
        // x reads z, y reads x, z reads y: data flows x → y → z → x.
        #expect(throws: BuildGraph.Cycle(nodes: ["x", "y", "z"])) {
            _ = try BuildGraph(upstream: ["x": ["z"], "y": ["x"], "z": ["y"], "w": []])
        }
    }

    @Test func orderDoesNotDependOnDictionaryOrder() throws {
        // Many equivalent graphs built from differently ordered dictionaries give one order.
        let names = (0..<40).map { "n\($0)" }
        var upstream: [String: Set<String>] = [:]
        for (index, name) in names.enumerated() { upstream[name] = index == 0 ? [] : [names[(index * 7) % index]] }
        let reference = try BuildGraph(upstream: upstream).order
        for _ in 0..<5 {
            var shuffled: [String: Set<String>] = [:]
            for name in names.shuffled() { shuffled[name] = upstream[name] }
            #expect(try BuildGraph(upstream: shuffled).order == reference)
        }
        #expect(reference.count == names.count)
    }
}

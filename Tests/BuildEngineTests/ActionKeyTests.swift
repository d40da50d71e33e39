import Foundation
import Testing
@testable import BuildEngine

@Suite("Action keys and canonical encoding")
struct ActionKeyTests {
    func key(_ text: String, _ step: String = "line") throws -> ContentHash {
        let project = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: testRegistry)
        let node = project.nodes[step]!
        return ActionKeyInputs(
            kind: node.step.kindName, kindVersion: node.step.kindVersion, codeFingerprint: node.step.codeFingerprint,
            canonicalParameters: node.step.canonicalParameters, inputHashes: [:]
        ).key
    }

    @Test func sameConfigurationSameKey() throws {
        let text = "version: 1\nsteps:\n  line: {kind: line, params: {scale: 2, points: 4}}\n"
        #expect(try key(text) == key(text))
    }

    @Test func reorderedKeysWrittenDefaultsAndNumberSpellingDoNotChangeTheKey() throws {
        let a = try key("version: 1\nsteps:\n  line: {kind: line, params: {scale: 2, points: 3}}\n")
        #expect(try key("version: 1\nsteps:\n  line: {params: {points: 3, scale: 2.0}, kind: line}\n") == a)
        #expect(try key("version: 1\nsteps:\n  line: {kind: line, params: {scale: 2}}\n") == a)  // points defaults to 3
        #expect(try key("version: 1\nsteps:\n  line: {kind: line, params: {scale: 2e0, points: 3}}\n") == a)
    }

    @Test func theStepNameIsNotInTheKey() throws {
        #expect(
            try key("version: 1\nsteps:\n  a: {kind: line, params: {scale: 2}}\n", "a")
                == key("version: 1\nsteps:\n  b: {kind: line, params: {scale: 2}}\n", "b"))
    }

    @Test func anyParameterCodeVersionOrInputChangeGivesANewKey() throws {
        let base = ActionKeyInputs(
            kind: "line", kindVersion: 1, codeFingerprint: "c", canonicalParameters: "{\"scale\":2.0}",
            inputHashes: ["source/table": ContentHash(ofText: "a")])
        var variants = [base]
        var v = base; v.kind = "other"; variants.append(v)
        v = base; v.kindVersion = 2; variants.append(v)
        v = base; v.codeFingerprint = "d"; variants.append(v)
        v = base; v.canonicalParameters = "{\"scale\":2.5}"; variants.append(v)
        v = base; v.inputHashes["source/table"] = ContentHash(ofText: "b"); variants.append(v)
        v = base; v.inputHashes["extra"] = ContentHash(ofText: "a"); variants.append(v)
        #expect(Set(variants.map(\.key)).count == variants.count)
    }

    @Test func keyTextIsDocumentedLayout() {
        let inputs = ActionKeyInputs(
            kind: "line", kindVersion: 1, codeFingerprint: "abc", canonicalParameters: "{\"points\":3,\"scale\":2.0}",
            inputHashes: [
                "b": ContentHash(hex: String(repeating: "1", count: 64)), "a": ContentHash(hex: String(repeating: "0", count: 64))
            ])
        #expect(
            inputs.hashedText == """
                zprimepaper-action-key 1
                kind line 1
                code abc
                params {"points":3,"scale":2.0}
                input a \(String(repeating: "0", count: 64))
                input b \(String(repeating: "1", count: 64))

                """)
    }

    struct Nested: Codable { var b: Double; var a: [Int]; var c: String?; var d: [String: Double] }

    @Test func canonicalEncodingSortsKeysAndUsesShortestFloats() throws {
        let text = try CanonicalEncoder().encode(Nested(b: 0.1 + 0.2, a: [3, 1], c: nil, d: ["z": -0.0, "y": 1e-300]))
        #expect(text == "{\"a\":[3,1],\"b\":0.30000000000000004,\"d\":{\"y\":1e-300,\"z\":0.0}}")
    }

    @Test func canonicalEncodingRefusesNonFiniteNumbers() {
        #expect(throws: (any Error).self) { try CanonicalEncoder().encode(Nested(b: .nan, a: [], c: nil, d: [:])) }
    }

    @Test func flattenedParametersNameEveryLeaf() throws {
        let flat = try CanonicalEncoder().flatten(Nested(b: 2, a: [7], c: "x", d: ["k": 1]))
        #expect(flat == ["a[0]": "7", "b": "2.0", "c": "\"x\"", "d.k": "1.0"])
    }

    @Test func runReasonsAreReadable() {
        let hash = ContentHash(ofText: "x")
        let old = StepRecord(
            format: StepRecord.currentFormat, key: hash, kind: "yields", kindVersion: 1, code: "a", parameters: ["threshold_GeV": "50.0"],
            inputs: ["tracks/table": hash], inputSources: ["tracks": "track-lengths"])
        var new = old
        new.parameters["threshold_GeV"] = "47.0"
        new.code = "b"
        new.inputs["tracks/table"] = ContentHash(ofText: "y")
        #expect(
            RunReason.explain(previous: old, current: new).description
                == "params changed: threshold_GeV 50.0 → 47.0; code changed; input tracks (track-lengths) changed")
        #expect(RunReason.explain(previous: nil, current: new).description == "no cache entry")
        var rewired = old
        rewired.inputs = ["ccfr/table": hash]
        rewired.inputSources = ["ccfr": "ccfr"]
        #expect(RunReason.explain(previous: old, current: rewired).description == "input ccfr added; input tracks removed")
        var filled = old
        filled.parameters = ["threshold_GeV": "50.0", "bands": "[]"]
        var withBand = filled
        withBand.parameters = ["threshold_GeV": "50.0", "bands[0].name": "\"gm2\""]
        #expect(RunReason.explain(previous: filled, current: withBand).description == "params changed: bands[0].name set to \"gm2\"")
        #expect(RunReason.explain(previous: withBand, current: filled).description == "params changed: bands[0].name (was \"gm2\") removed")
    }
}

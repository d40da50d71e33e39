import Foundation
import Testing
@testable import BuildEngine

/// Hostile configurations are refused quickly with a located message, never expanded or recursed into.
@Suite("hostile configurations")
struct HostileConfigurationTests {
    func message(_ text: String) -> String {
        do {
            _ = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: testRegistry)
            return "no error"
        } catch {
            return error.description
        }
    }

    /// Nine levels of ten aliases: 10⁹ strings if expanded.
    static let billionLaughs: String = {
        var lines = ["version: 1", "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    // A guard against expansion (which ran to 24 GB before the fix), generous because a loaded test run may
    // start this test late; the refusal itself takes milliseconds.
    @Test(.timeLimit(.minutes(5))) func anAliasBombIsRefusedAtItsFirstAnchor() {
        #expect(
            message(Self.billionLaughs)
                == "figures.yaml:2:5: a0: defines the YAML anchor '&a0'; anchors and aliases are not allowed in a configuration (write "
                + "each value out)"
        )
    }

    @Test func anAliasInsideParametersIsRefused() {
        let text = """
            version: 1
            steps:
              a: {kind: line, params: &p {scale: 2}}
              b: {kind: line, params: *p}
            """
        #expect(message(text).hasPrefix("figures.yaml:3:27: steps.a.params: defines the YAML anchor '&p'"))
    }

    @Test func deepFlowNestingIsRefusedBeforeComposing() {
        let depth = 100_000
        let text = "version: 1\nsteps: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        #expect(message(text) == "figures.yaml:2:72: expected at most 64 nested levels, found more")
    }

    @Test func bracketsInStringsAndCommentsDoNotCount() throws {
        let brackets = String(repeating: "[", count: 100)
        let text = "version: 1 # \(brackets)\nsteps:\n  a: {kind: line, params: {scale: 2, label: \"\(brackets)\"}}\n"
        #expect(message(text) == "no error")
    }

    @Test func anOversizedFileIsRefusedBeforeItIsRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("figures.yaml")
        // A sparse 50 MB file: its size alone refuses it.
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("version: 1\n".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        do {
            _ = try Project.load(rootDirectory: directory.path, registry: testRegistry)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "figures.yaml: is 50000000 bytes; a configuration may be at most 1048576 bytes (1 MiB)")
        }
    }
}

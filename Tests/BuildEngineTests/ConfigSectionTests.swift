import Testing
@testable import BuildEngine

/// Sections the domain registers (the way the figures layer adds `figures:`, `style:`, `tolerances:`):
/// the engine parses them without knowing what they mean.
@Suite("registered configuration sections")
struct ConfigSectionTests {
    static let text = """
        version: 1
        look: {font: serif, size: 9}
        steps:
          line: {kind: line, params: {scale: 2}}
        notes:
          summary: {source: line, look: {size: 11}}
        remarks: {anything: [1, 2]}
        """

    func parse(_ text: String, overrides: [String] = []) throws -> Project {
        try Project.parse(
            text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: testRegistry,
            overrides: overrides.map { ParameterOverride(parsing: $0)! })
    }

    @Test func nodeSectionEntriesGetTheirNameAndTheInheritedSection() throws {
        let project = try parse(Self.text)
        let note = try #require(project.nodes["summary"])
        #expect(note.section == "notes")
        #expect(note.step.kindName == "note")
        // The entry's own size wins over the inherited one; the inherited font fills in.
        #expect(note.step.flatParameters == ["name": "\"summary\"", "source": "\"line\"", "look.font": "\"serif\"", "look.size": "11.0"])
        #expect(note.inputs == ["source": .step("line")])
        #expect(project.order == ["line", "summary"])
        #expect(project.graph.dependents["line"] == ["summary"])
    }

    @Test func plainSectionsAreKeptForTheDomain() throws {
        let project = try parse(Self.text)
        #expect(project.sections["remarks"]?["anything"] != nil)
        #expect(project.sections["notes"] == nil)
    }

    @Test func overridesReachNodeSections() throws {
        let project = try parse(Self.text, overrides: ["summary.look.size=12"])
        #expect(project.nodes["summary"]?.step.flatParameters["look.size"] == "12.0")
    }

    @Test func namesAreUniqueAcrossSections() {
        let text = Self.text.replacingOccurrences(of: "  summary: {source", with: "  line: {source")
        #expect(throws: ConfigError.self) { try parse(text) }
        do { _ = try parse(text) } catch {
            #expect(String(describing: error).hasPrefix("figures.yaml:6:3: notes.line: is also the name of a node in steps: "))
        }
    }

    @Test func theEntryMayNotSetItsOwnName() {
        let text = Self.text.replacingOccurrences(of: "{source: line, look", with: "{name: x, source: line, look")
        do {
            _ = try parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error) == "figures.yaml:6:13: notes.summary.name: is set from the note's key; remove it")
        }
    }
}

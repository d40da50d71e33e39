import ArgumentParser
import Figures
import BuildEngine
import DataFormats

/// `figures graph [--dot]`: the dependency graph, as text or Graphviz.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "Print the step graph (text, or Graphviz with --dot).")
    @OptionGroup var options: ProjectOptions
    @Flag(help: "Print Graphviz dot.") var dot = false

    func run() throws {
        let project = try options.loadProject()
        print(dot ? GraphRendering.dot(project) : GraphRendering.text(project, registry: ProjectKinds.registry))
    }
}

/// Text forms of the build graph, as pure functions.
enum GraphRendering {
    /// One line per node in build order: `name [kind] ← role: input, …`.
    static func text(_ project: Project, registry: StepKindRegistry) -> String {
        project.order.map { name in
            let node = project.nodes[name]!
            let inputs = node.inputs.keys.sorted().map { "\($0): \(node.inputs[$0]!)" }
            let kind = node.step.kindName
            return "\(name) [\(kind)]" + (inputs.isEmpty ? "" : " ← " + inputs.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// Graphviz: steps as boxes, figures as notes, datasets as cylinders, edges labelled by role.
    static func dot(_ project: Project) -> String {
        var lines = ["digraph figures {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
        for name in project.datasets.keys.sorted() { lines.append("  \"external:\(name)\" [shape=cylinder];") }
        for name in project.order {
            let node = project.nodes[name]!
            lines.append("  \"\(name)\" [shape=\(node.section == "steps" ? "box" : "note"), tooltip=\"\(node.step.kindName)\"];")
        }
        for name in project.order {
            let node = project.nodes[name]!
            for role in node.inputs.keys.sorted() {
                lines.append("  \"\(node.inputs[role]!)\" -> \"\(name)\" [label=\"\(role)\"];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}

import ArgumentParser
import BuildEngine
import Figures

/// `figures kinds [KIND] [--markdown]`: every step kind (or one) with its inputs and parameters, from the kinds' declarations.
struct KindsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinds",
        abstract: "Describe the step kinds: summary, inputs, parameters (type, default, unit, meaning).",
        discussion: "With --markdown and no KIND it prints docs/STEPS.md: \(StepKindsDocument.regenerateCommand)")

    @Argument(help: "The kind to describe (all kinds if omitted).")
    var kind: String?

    @Flag(help: "Markdown, as in docs/STEPS.md.")
    var markdown = false

    func run() throws {
        let registry = ProjectKinds.registry
        guard let kind else {
            if markdown {
                print(StepKindsDocument.markdown(registry: registry), terminator: "")
            } else {
                print(registry.kindNames.compactMap { registry.documentation(of: $0)?.text }.joined(separator: "\n"), terminator: "")
            }
            return
        }
        guard let documentation = registry.documentation(of: kind) else {
            throw ValidationError("unknown step kind '\(kind)'; known kinds: \(registry.kindNames.joined(separator: ", "))")
        }
        print(markdown ? documentation.markdown : documentation.text, terminator: "")
    }
}

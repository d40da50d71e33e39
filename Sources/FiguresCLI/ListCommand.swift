import ArgumentParser
import Figures
import BuildEngine
import DataFormats

/// `figures list`: every step and figure with its status (fresh / stale and why).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List steps and figures: fresh, or stale and why.")
    @OptionGroup var options: ProjectOptions

    func run() throws {
        let project = try options.loadProject()
        let builder = Builder(project: project, outDirectory: project.rootDirectory + "/out", reporter: SilentReporter())
        let width = (project.order.map(\.count).max() ?? 0) + 2
        for (name, status) in builder.status() {
            let node = project.nodes[name]!
            let kind = node.step.kindName
            print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "[" + kind + "] " + status.description)
        }
    }
}

/// A reporter that says nothing (for read-only commands).
struct SilentReporter: BuildReporter {
    func stepStarted(_ name: String, reason: RunReason) {}
    func stepCached(_ name: String) {}
    func stepFinished(_ name: String, seconds: Double) {}
    func stepFailed(_ name: String, message: String) {}
    func stepSkipped(_ name: String, because input: String) {}
    func progress(_ name: String, done: Int, total: Int) {}
    func warning(_ message: String) {}
}

import ArgumentParser
import BuildEngine
import Foundation

/// `figures report`: writes the HTML report of what out/ holds (out/report/index.html) without building.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report of out/ (out/report/index.html): figures, provenance, step graph, build times.",
        discussion: """
            Reads figures.yaml, out/ and the build cache; runs no step. `figures all` and `figures diff` write \
            the report too (unless --no-report); `figures diff` adds out/report/diff.html. Open the page from \
            the file system: it needs no server and loads nothing from the network.
            """)
    @OptionGroup var options: ProjectOptions

    func run() throws {
        let project = try options.loadProject()
        try ReportGathering.write(ReportGathering.model(of: project), outDirectory: project.rootDirectory + "/out")
        print("report: out/report/index.html")
    }
}

/// `--no-report` of the commands that write the report after their work.
struct ReportOptions: ParsableArguments {
    @Flag(name: .customLong("no-report"), help: "Do not write the HTML report (out/report/).") var noReport = false
}

import Foundation
import Testing
import TestSupport

/// `--version`, `--quiet`, and "did you mean" for unknown build targets.
@Suite("Command-line conventions (end to end)", .serialized)
struct CLIConventionTests {
    @Test func versionNamesProjectRevisionAndCompiler() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-cli")
        defer { TemporaryDirectory.remove(project) }
        let result = try FiguresProject.run(["--version"], in: project)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stdout)")
        #expect(lines.first?.hasPrefix("figures (ZPrimePaper) ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("revision: unknown (") == true, "the temporary project is not a git work tree")
        #expect(lines.last?.hasPrefix("compiler: Swift version ") == true, "\(result.stdout)")
    }

    @Test func quietPrintsOnlyTheSummary() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-cli")
        defer { TemporaryDirectory.remove(project) }
        let quiet = try FiguresProject.run(["build", "efficiency", "--quiet", "--project", project.path], in: project)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.split(separator: "\n").count == 1 && quiet.stdout.hasPrefix("build: 2 ran, 0 cached"), "\(quiet.stdout)")
        let loud = try FiguresProject.run(["build", "efficiency", "--project", project.path], in: project)
        #expect(loud.cached == ["efficiency", "signal-efficiency"], "\(loud.stdout)")
    }

    @Test func unknownTargetsGetASuggestion() throws {
        let project = try FiguresProject.makeProject(prefix: "zprime-cli")
        defer { TemporaryDirectory.remove(project) }
        let result = try FiguresProject.run(["build", "exclusion-vanila", "--project", project.path], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("no step or figure named 'exclusion-vanila' in figures.yaml; did you mean 'exclusion-vanilla'?"),
            "\(result.stderr)")
    }
}

import ArgumentParser
import Foundation

// Entry point. Exit codes (README.md, docs/CI.md): 0 success; 1 a step failed or the diff found changes
// beyond tolerance; 2 usage or configuration error. ArgumentParser's own usage code (64) is
// mapped to 2 here so that every "you asked for something wrong" exits the same way.
// `figures --version`: the project version, the source revision of the project in the current
// directory (or --project DIR), and the compiler.
if CommandLine.arguments.dropFirst().first == "--version" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    let project = arguments.firstIndex(of: "--project").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? "."
    print(VersionText.text(projectDirectory: project))
    Foundation.exit(0)
}

// Physics may be compiled for AVX (Package.swift): a processor without it gets an explanation, not SIGILL.
ProcessorRequirement.checkAtStart()

do {
    var command = try FiguresCommand.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsynchronously(&asyncCommand)
    } else {
        try command.run()
    }
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = FiguresCommand.exitCode(for: error)
    let message = FiguresCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
}

/// Calls the async `run()` requirement (a plain call on the existential would pick the synchronous one).
func runAsynchronously<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}

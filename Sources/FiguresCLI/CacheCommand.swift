import ArgumentParser
import Figures
import BuildEngine
import DataFormats

/// `figures cache gc|verify`.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache", abstract: "Maintain the cache in out/.cache.",
        subcommands: [GarbageCollect.self, Verify.self])

    /// Removes everything the current configuration does not need.
    struct GarbageCollect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gc", abstract: "Remove cache entries and objects the current figures.yaml does not use.")
        @OptionGroup var options: ProjectOptions

        func run() throws {
            let project = try options.loadProject()
            if let error = project.missingDatasetError(for: "cache gc") {
                printUserError(error)
                throw ExitCode(2)
            }
            let out = project.rootDirectory + "/out"
            let lock = try CacheLock(directory: out + "/.cache", mode: .exclusive) { printError("waiting for running builds to finish…") }
            let builder = Builder(project: project, outDirectory: out, reporter: SilentReporter())
            let report = try builder.store.collectGarbage(keeping: builder.liveKeys())
            withExtendedLifetime(lock) {}
            print(CacheMessages.garbageCollection(report))
        }
    }

    /// Re-hashes every object; removes corrupt ones and the entries that need them.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Check every cached object against its hash (exit 1 if any is corrupt).")
        @OptionGroup var options: ProjectOptions

        func run() throws {
            let out = options.rootDirectory + "/out"
            let lock = try CacheLock(directory: out + "/.cache", mode: .exclusive) { printError("waiting for running builds to finish…") }
            let report = try ContentStore(directory: out + "/.cache", fileSystem: LocalFileSystem()).verifyAll()
            withExtendedLifetime(lock) {}
            print(CacheMessages.verification(report))
            if !report.corruptObjects.isEmpty || !report.brokenActions.isEmpty { throw ExitCode(1) }
        }
    }
}

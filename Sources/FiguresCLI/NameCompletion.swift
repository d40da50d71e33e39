import ArgumentParser
import BuildEngine

/// Shell completion of step and figure names (`figures --generate-completion-script bash|zsh|fish`).
enum NameCompletion {
    /// The step and figure names of the project's figures.yaml (the working directory, or
    /// `--project DIR` on the command line) that start with the word being completed.
    @Sendable static func nodeNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        ProjectNames.nodeNames(directory: ProjectNames.projectDirectory(in: words)).filter { $0.hasPrefix(prefix) }
    }
}

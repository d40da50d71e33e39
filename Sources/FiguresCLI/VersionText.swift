import Figures
import Foundation

/// What `figures --version` prints.
enum VersionText {
    /// `figures (ZPrimePaper) 0.9.0`, the project's revision, the compiler.
    static func text(projectDirectory: String) -> String {
        let directory = URL(fileURLWithPath: projectDirectory).standardizedFileURL.path
        return """
            figures (ZPrimePaper) \(ProjectVersion.number)
            revision: \(SourceRevision.current(directory: directory)) (\(directory))
            compiler: \(ProjectVersion.compiler)
            """
    }
}

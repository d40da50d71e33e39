import Foundation

/// Paths inside this repository, found from this file's location (Tests/TestSupport/Repository.swift),
/// so tests read the project's own files whatever the working directory.
public enum Repository {
    /// The repository root: the directory holding Package.swift.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or directory given relative to the root, e.g. `"figures.yaml"` or `"out/data"`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The same as a path string.
    public static func path(_ relativePath: String) -> String {
        url(relativePath).path
    }

    /// The fixture directory of a test target: `Tests/<target>/Fixtures`.
    public static func fixtures(of target: String) -> URL {
        url("Tests/\(target)/Fixtures")
    }

    /// The text of a file given relative to the root.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}

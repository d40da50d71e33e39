import Foundation

/// Fresh directories under the system's temporary directory, one per call.
public enum TemporaryDirectory {
    /// Creates `<tmp>/<prefix>-<UUID>` and returns it; the caller removes it (`remove(_:)`).
    public static func make(prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Removes a directory made by `make(prefix:)`; a missing directory is not an error.
    public static func remove(_ directory: URL) {
        try? FileManager.default.removeItem(at: directory)
    }
}

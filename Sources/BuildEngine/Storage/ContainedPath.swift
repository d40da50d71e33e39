import Foundation

// ContainedPath and its read-side checks live in NoOpCheck (the launcher checks out/ too).
extension ContainedPath {
    /// nil if writing `file` (creating its missing directories) stays inside `rootDirectory` once links are
    /// resolved: the deepest existing ancestor of the file's directory must resolve inside the root.
    public static func writeProblem(_ file: String, rootDirectory: String) -> String? {
        guard let root = resolved(rootDirectory) else { return "the project directory \(rootDirectory) cannot be resolved" }
        var directory = (file as NSString).deletingLastPathComponent
        while !directory.isEmpty, directory != "/", !exists(directory) {
            directory = (directory as NSString).deletingLastPathComponent
        }
        guard let target = resolved(directory), isInside(target, root) else {
            return "\(file) would be written through \(directory), which resolves outside the project (\(root))"
        }
        return nil
    }
}

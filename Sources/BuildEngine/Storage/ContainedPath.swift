import Foundation

/// Checks that paths the engine writes or reads stay inside the project once symbolic links are resolved.
public enum ContainedPath {
    /// The path with every symbolic link resolved, or nil if it (or a link on the way) does not resolve.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// True if `path` (already resolved) is `directory` or lies below it (also resolved).
    public static func isInside(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// True if something (even a dangling link) exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True if `path` is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// True if `path` is a directory (following links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// nil if `out/` under `rootDirectory` and every directory below it (to `depth` levels; `.cache` itself
    /// but not its contents) resolve inside the project; otherwise what is wrong, naming the path as `out/…`.
    ///
    /// A build writes only through these directories, so checking them before any step runs means nothing
    /// is written through a link that leaves the project. A link to a file is harmless: an atomic write
    /// replaces the link itself.
    public static func outputDirectoryProblem(rootDirectory: String, depth: Int = 3) -> String? {
        guard let root = resolved(rootDirectory) else { return "the project directory \(rootDirectory) cannot be resolved" }
        func check(_ path: String, shown: String, level: Int) -> String? {
            guard exists(path) else { return nil }
            guard let target = resolved(path) else {
                return "\(shown) is a symbolic link whose target does not exist; outputs are written only inside the project"
            }
            guard isDirectory(path) else {
                // out/ and the engine's store must be directories; any other file below out/ is an output.
                guard level == 0 || shown.hasSuffix("/.cache") else { return nil }
                return "expected \(shown) to be a directory, found a file; move it away (outputs are written under out/)"
            }
            guard isInside(target, root) else {
                return "\(shown) resolves to \(target), outside the project (\(root)); outputs are written only inside the project"
            }
            guard level < depth, !shown.hasSuffix("/.cache"), let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                return nil
            }
            for name in names.sorted() where !name.hasPrefix(".tmp-") {
                if let problem = check(path + "/" + name, shown: shown + "/" + name, level: level + 1) { return problem }
            }
            return nil
        }
        return check(rootDirectory + "/out", shown: "out", level: 0)
    }

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

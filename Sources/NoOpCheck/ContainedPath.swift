#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True if `path` is a directory (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// What a directory listing says an entry is, without a `stat`.
    enum EntryKind { case regularFile, directory, other }

    /// The entries of the directory at `path` (without `.` and `..`), unsorted, each with what the listing
    /// says it is (`other` for links, and for everything when the file system does not say); nil if it
    /// cannot be listed.
    static func entries(of path: String) -> [(name: String, kind: EntryKind)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let type = Int32(entry.pointee.d_type)
            let kind: EntryKind = type == Int32(DT_REG) ? .regularFile : type == Int32(DT_DIR) ? .directory : .other
            if name != ".", name != ".." { entries.append((name, kind)) }
        }
        return entries
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
            return checkEntries(of: path, shown: shown, level: level)
        }
        /// The entries of a directory that resolves inside the project.
        func checkEntries(of path: String, shown: String, level: Int) -> String? {
            guard level < depth, !shown.hasSuffix("/.cache"), let entries = entries(of: path) else { return nil }
            for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".tmp-") {
                let childPath = path + "/" + name, childShown = shown + "/" + name
                // What the listing says spares the `stat`s and realpaths of `check` (the launcher walks out/ on
                // every no-op): a regular file below out/ (not the store) is an output, and a directory that is
                // not a link lies inside the project as its parent does.
                switch kind {
                case .regularFile where name != ".cache": continue
                case .directory:
                    if let problem = checkEntries(of: childPath, shown: childShown, level: level + 1) { return problem }
                default:
                    if let problem = check(childPath, shown: childShown, level: level + 1) { return problem }
                }
            }
            return nil
        }
        return check(rootDirectory + "/out", shown: "out", level: 0)
    }
}

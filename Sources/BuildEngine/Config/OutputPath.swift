/// Validation of paths that the configuration asks the engine to write under `out/`.
public enum OutputPath {
    /// nil if `path` is a safe relative path below `out/`; otherwise what is wrong with it.
    ///
    /// Refused: absolute paths, `..` components, empty components, a leading `.cache`
    /// (the engine's own store), and control characters.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "expected a path relative to out/, found an empty string" }
        if path.hasPrefix("/") { return "expected a path relative to out/, found the absolute path '\(path)'" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { return "'\(path)' would escape out/ (it contains '..')" }
        if components.contains(where: { $0.isEmpty || $0 == "." }) && path != "." {
            return "'\(path)' has an empty or '.' component"
        }
        if components.first == ".cache" { return "'\(path)' would write into the engine's cache (out/.cache)" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "'\(path)' contains a control character" }
        return nil
    }

    /// nil if `name` is a valid step, figure or dataset name: letters, digits, `-`, `_`, `.`, not starting with `.`.
    public static func nameProblem(_ name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
        if name.isEmpty || !allowed || name.hasPrefix(".") {
            return "'\(name)' is not a valid name (use letters, digits, '-', '_' and '.'; it names files under out/)"
        }
        return nil
    }
}

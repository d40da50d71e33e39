import Foundation
import Yams

/// The step and figure names of a figures.yaml, read fast and forgivingly for shell completion.
///
/// Only the keys under `steps:` and `figures:` are read (nothing is decoded or validated), so a
/// half-edited file still completes; any problem (no file, bad YAML) gives no names and no message.
public enum ProjectNames {
    /// The names under `steps:` and `figures:` of `directory/figures.yaml`, in file order.
    public static func nodeNames(directory: String) -> [String] {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "figures.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return nodeNames(yaml: String(decoding: data, as: UTF8.self))
    }

    /// The names under `steps:` and `figures:` of a figures.yaml's text, in file order; `[]` if it
    /// is not YAML with a mapping at the top.
    public static func nodeNames(yaml: String) -> [String] {
        guard let root = try? Yams.compose(yaml: yaml), let mapping = root.mapping else { return [] }
        var names: [String] = []
        for section in ["steps", "figures"] {
            guard let entries = mapping[Node(section)]?.mapping else { continue }
            names += entries.keys.compactMap(\.string)
        }
        return names
    }

    /// The project directory named by `--project DIR` (or `--project=DIR`) among a command line's
    /// words, else `.`: completion reads the project the command would.
    public static func projectDirectory(in words: [String]) -> String {
        for (index, word) in words.enumerated() {
            if word == "--project", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--project=") { return String(word.dropFirst("--project=".count)) }
        }
        return "."
    }
}

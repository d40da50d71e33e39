import CommonVocabulary
import Yams

extension ConfigNode {
    /// Parses YAML text into a located node tree.
    ///
    /// Duplicate keys, anchors/aliases and non-string keys are refused: a figures.yaml must
    /// mean one thing when read by a person.
    public static func parseYAML(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError.syntax(file: file, yamlError: error)
        } catch {
            throw ConfigError(SourceLocation(file: file), path: [], "is not valid YAML: \(error)")
        }
        guard let root else { return ConfigNode(.null, at: SourceLocation(file: file, line: 1, column: 1)) }
        return try convert(root, file: file, path: [])
    }

    private static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    private static func convert(_ node: Node, file: String, path: [String]) throws(ConfigError) -> ConfigNode {
        let here = location(node, file)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return ConfigNode(.null, at: here)
            }
            return ConfigNode(.scalar(scalar.string, quoted: quoted), at: here)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, file: file, path: path + ["[\(index)]"]))
            }
            return ConfigNode(.sequence(items), at: here)
        case .mapping(let mapping):
            var entries: [(key: String, keyLocation: SourceLocation, value: ConfigNode)] = []
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let keyScalar) = keyNode else {
                    throw ConfigError(location(keyNode, file), path: path, "keys must be plain strings")
                }
                let key = keyScalar.string
                if let previous = entries.first(where: { $0.key == key }) {
                    throw ConfigError(location(keyNode, file), path: path + [key],
                                      "is given twice (first at line \(previous.keyLocation.line ?? 0))")
                }
                entries.append((key, location(keyNode, file), try convert(valueNode, file: file, path: path + [key])))
            }
            return ConfigNode(.mapping(entries), at: here)
        case .alias:
            throw ConfigError(here, path: path, "uses a YAML alias; write the value out")
        }
    }
}

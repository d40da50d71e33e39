import CommonVocabulary
import Yams

extension ConfigNode {
    /// The deepest nesting of mappings and sequences a configuration may have. figures.yaml needs 6;
    /// the bound keeps the recursive composer far from the stack's end on hostile input.
    public static let maximumNestingDepth = 64

    /// Parses YAML text into a located node tree.
    ///
    /// Duplicate keys, anchors/aliases and non-string keys are refused: a figures.yaml must
    /// mean one thing when read by a person, and an alias bomb ("billion laughs") must not expand.
    public static func parseYAML(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
        try checkFlowNesting(text, file: file)
        // The parser is kept alive through the walk: Yams holds a node's anchor weakly, and only the
        // parser's anchor list keeps it, so after the parser is gone every anchor reads as nil.
        let parser: Parser
        let root: Node?
        do {
            // The basic resolver (no rules): the configuration reads every scalar as text and types it where it is
            // decoded, so the default rules (regular expressions for bool, int, float, null, timestamp on every
            // plain scalar) were work whose result nothing read.
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw ConfigError.syntax(file: file, yamlError: error)
        } catch {
            throw ConfigError(SourceLocation(file: file), path: [], "is not valid YAML: \(error)")
        }
        guard let root else { return ConfigNode(.null, at: SourceLocation(file: file, line: 1, column: 1)) }
        return try withExtendedLifetime(parser) { () throws(ConfigError) -> ConfigNode in
            try convert(root, file: file, path: [])
        }
    }

    private static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    private static func convert(_ node: Node, file: String, path: [String]) throws(ConfigError) -> ConfigNode {
        let here = location(node, file)
        // The composer resolves aliases to copies of the anchored node, so an alias bomb is a small
        // tree of shared values that only a walk would expand. Anchors come before their aliases in
        // document order, so refusing the first anchor stops the walk before any expansion.
        if let anchor = node.anchor {
            throw ConfigError(
                here, path: path,
                "defines the YAML anchor '&\(anchor.rawValue)'; anchors and aliases are not "
                    + "allowed in a configuration (write each value out)")
        }
        // Application tags (`!python/object …`) ask a loader to construct something: never in a configuration.
        let tag = node.tag.rawValue
        if !tag.hasPrefix("tag:yaml.org,2002:"), tag != "?", tag != "!" {
            throw ConfigError(
                here, path: path, "expected a plain value, found the YAML tag '\(tag)'; tags are not allowed in a configuration")
        }
        if path.count > maximumNestingDepth {
            throw ConfigError(
                here, path: Array(path.prefix(4)) + ["…"], "expected at most \(maximumNestingDepth) nested levels, found more")
        }
        switch node {
        case .scalar(let scalar):
            let quoted =
                scalar.style == .singleQuoted || scalar.style == .doubleQuoted
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
                    throw ConfigError(
                        location(keyNode, file), path: path + [key],
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

extension ConfigNode {
    /// Refuses flow collections (`[`, `{`) nested deeper than `maximumNestingDepth` before the
    /// recursive composer sees them. A scan of the text, skipping quoted strings and comments: O(n).
    static func checkFlowNesting(_ text: String, file: String) throws(ConfigError) {
        var depth = 0, line = 1, column = 0
        var quote: Character?
        var inComment = false
        var previous: Character = "\n"
        for character in text {
            column += 1
            defer { previous = character }
            if character == "\n" { line += 1; column = 0; inComment = false; continue }
            if inComment { continue }
            if let open = quote {
                if character == open, !(open == "\"" && previous == "\\") { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "#" where previous == " " || previous == "\t" || previous == "\n": inComment = true
            case "[", "{":
                depth += 1
                if depth > maximumNestingDepth {
                    throw ConfigError(
                        SourceLocation(file: file, line: line, column: column), path: [],
                        "expected at most \(maximumNestingDepth) nested levels, found more")
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
    }
}

import CommonVocabulary
/// A configuration value as written in figures.yaml, with the location of every node.
///
/// Scalars keep their source text; the decoder interprets them by the type it asks for, so
/// `50` can be read as an Int or a Double, and a quoted `"50"` only as a String.
public struct ConfigNode: Sendable {
    /// The shape of the node.
    public enum Value: Sendable {
        /// A scalar: its text, and whether it was quoted (quoted scalars are always strings).
        case scalar(String, quoted: Bool)
        /// A sequence of nodes.
        case sequence([ConfigNode])
        /// A mapping in source order; keys are strings with their own locations.
        case mapping([(key: String, keyLocation: SourceLocation, value: ConfigNode)])
        /// An explicit null (`~`, `null`, or an empty value).
        case null
    }

    /// The value.
    public var value: Value
    /// Where the node starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The entry for `key` of a mapping node, if present.
    public subscript(key: String) -> ConfigNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first(where: { $0.key == key })?.value
    }

    /// The mapping's entries, or nil if this is not a mapping.
    public var mappingEntries: [(key: String, keyLocation: SourceLocation, value: ConfigNode)]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// A word for the node's kind, for error messages ("a mapping", "a list", "a scalar").
    public var kindDescription: String {
        switch value {
        case .scalar(let text, _): return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }

    /// The first scalar below this node (in document order) whose text satisfies `matches`, with its key path.
    public func firstScalar(where matches: (String) -> Bool, path: [String] = []) -> (path: [String], node: ConfigNode)? {
        switch value {
        case .scalar(let text, _): return matches(text) ? (path, self) : nil
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                if let found = item.firstScalar(where: matches, path: path + ["[\(index)]"]) { return found }
            }
        case .mapping(let entries):
            for entry in entries {
                if let found = entry.value.firstScalar(where: matches, path: path + [entry.key]) { return found }
            }
        case .null: break
        }
        return nil
    }

    /// Returns a copy with the value at `path` (mapping keys) replaced, creating mappings as needed.
    public func replacing(path: [String], with replacement: ConfigNode) -> ConfigNode {
        guard let first = path.first else { return replacement }
        var entries = mappingEntries ?? []
        if let index = entries.firstIndex(where: { $0.key == first }) {
            entries[index].value = entries[index].value.replacing(path: Array(path.dropFirst()), with: replacement)
        } else {
            let empty = ConfigNode(.mapping([]), at: replacement.location)
            entries.append((first, replacement.location, empty.replacing(path: Array(path.dropFirst()), with: replacement)))
        }
        return ConfigNode(.mapping(entries), at: location)
    }
}

extension ParameterSet {
    /// The encoded defaults as a configuration mapping located at `location`, without the required keys
    /// (or with them, for listing every key).
    static func defaultsNode(at location: SourceLocation, keepingRequired: Bool = false) throws(ConfigError) -> ConfigNode {
        let root = CanonicalBox()
        do {
            try defaults.encode(to: CanonicalValueEncoder(box: root, path: []))
        } catch {
            throw ConfigError(location, path: [], "the defaults of \(Self.self) cannot be encoded: \(error)")
        }
        let node = root.value.configNode(at: location)
        guard !keepingRequired, let entries = node.mappingEntries else { return node }
        let required = requiredKeys
        return ConfigNode(.mapping(entries.filter { !required.contains($0.key) }), at: location)
    }

    /// `node` (a mapping from figures.yaml) laid over the defaults: its keys win and keep their locations;
    /// the keys it leaves out come from the defaults, located at the mapping.
    static func mergingDefaults(under node: ConfigNode) throws(ConfigError) -> ConfigNode {
        guard let given = node.mappingEntries, let defaultEntries = try defaultsNode(at: node.location).mappingEntries else {
            return node
        }
        let givenKeys = Set(given.map(\.key))
        return ConfigNode(.mapping(given + defaultEntries.filter { !givenKeys.contains($0.key) }), at: node.location)
    }
}

extension CanonicalValue {
    /// The value as a configuration node: what figures.yaml would say to give this value.
    func configNode(at location: SourceLocation) -> ConfigNode {
        switch self {
        case .null: return ConfigNode(.null, at: location)
        case .bool(let value): return ConfigNode(.scalar(value ? "true" : "false", quoted: false), at: location)
        case .integer(let text): return ConfigNode(.scalar(text, quoted: false), at: location)
        case .number(let value): return ConfigNode(.scalar(canonicalNumber(value), quoted: false), at: location)
        case .string(let text): return ConfigNode(.scalar(text, quoted: true), at: location)
        case .array(let items): return ConfigNode(.sequence(items.map { $0.value.configNode(at: location) }), at: location)
        case .object(let members):
            return ConfigNode(
                .mapping(
                    members.keys.sorted().map {
                        (
                            key: $0, keyLocation: location,
                            value: members[$0]!.value.configNode(at: location)
                        )
                    }),
                at: location)
        }
    }

    /// The value as a person would write it in figures.yaml's flow style: `0.5`, `electron`, `[{a: 1}]`.
    var flowText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let text): return text
        case .number(let value): return canonicalNumber(value)
        case .string(let text):
            let plain =
                !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
                && Double(text) == nil && !["true", "false", "null"].contains(text)
            return plain ? text : jsonQuoted(text)
        case .array(let items): return "[" + items.map { $0.value.flowText }.joined(separator: ", ") + "]"
        case .object(let members):
            return "{"
                + members.keys.sorted().map { "\($0): \(members[$0]!.value.flowText)" }
                .joined(separator: ", ") + "}"
        }
    }
}

/// What documentation says about a parameter set: every key with its type, default, unit and meaning,
/// read from the type itself (its coding keys, its encoded defaults) and its `parameterDocs`.
public struct ParameterSchema: Sendable {
    /// One key.
    public struct Entry: Sendable {
        /// The coding key.
        public var key: String
        /// "number", "integer", "true or false", "string", "one of 'a', 'b'", "list of …", a block name.
        public var type: String
        /// The encoded default in figures.yaml flow style, "required", or what absence means.
        public var defaultText: String
        /// The unit ("" if none applies).
        public var unit: String
        /// The one-line meaning.
        public var meaning: String
        /// The schema of the value's block, for a block or a list of blocks.
        public var block: ParameterSchema?
    }

    /// What a value of the type is called ("experiment block").
    public var blockName: String
    /// The keys, in the order of `parameterDocs`.
    public var entries: [Entry]
    /// Disagreements between the type and its documentation (empty when every coding key has one entry
    /// and every entry names a coding key, with a presence that matches the defaults), nested blocks included.
    public var problems: [String]

    /// The schema of `type`.
    public static func of<P: ParameterSet>(_ type: P.Type) -> ParameterSchema {
        var problems: [String] = []
        let location = SourceLocation(file: "\(P.self).defaults")
        // Decoding the complete defaults records every coding key the type asks for, and the type it asks.
        let state = DecodingState()
        var encoded: [String: CanonicalValue] = [:]
        do {
            let full = try P.defaultsNode(at: location, keepingRequired: true)
            _ = try P(from: NodeDecoder(node: full, path: [], state: state))
            let root = CanonicalBox()
            try P.defaults.encode(to: CanonicalValueEncoder(box: root, path: []))
            if case .object(let members) = root.value { encoded = members.mapValues(\.value) }
        } catch {
            problems.append("\(P.self): its defaults do not decode: \(error)")
        }
        let asked = state.box(at: [])
        let keys = asked?.keys ?? []
        let documented = P.parameterDocs.map(\.key)
        for key in keys.sorted() where !documented.contains(key) { problems.append("\(P.self).\(key): coding key without a ParameterDoc") }
        for key in documented where !keys.contains(key) { problems.append("\(P.self).\(key): ParameterDoc for no coding key") }
        for key in Set(documented) where documented.filter({ $0 == key }).count > 1 {
            problems.append("\(P.self).\(key): documented twice")
        }
        var entries: [Entry] = []
        for doc in P.parameterDocs {
            let valueType = asked?.types[doc.key]
            let defaultText: String
            switch doc.presence {
            case .required:
                defaultText = "required"
            case .defaulted:
                if let value = encoded[doc.key] {
                    defaultText = value.flowText
                } else {
                    defaultText = "none"
                    problems.append("\(P.self).\(doc.key): documented with a default, but its default is absent (nil)")
                }
            case .optional(let whenAbsent):
                defaultText = "absent: " + whenAbsent
                if encoded[doc.key] != nil { problems.append("\(P.self).\(doc.key): documented as optional, but it has a default") }
            }
            let block = valueType.flatMap(blockSchema)
            problems += block?.problems ?? []
            entries.append(
                Entry(
                    key: doc.key, type: valueType.map(parameterTypeDescription) ?? "?", defaultText: defaultText,
                    unit: doc.unit, meaning: doc.meaning, block: block))
        }
        return ParameterSchema(blockName: P.blockName, entries: entries, problems: problems)
    }
}

/// The schema of a block type, or of the element of a list of blocks.
private func blockSchema(_ type: Any.Type) -> ParameterSchema? {
    if let list = type as? any ParameterListType.Type { return blockSchema(list.parameterElementType) }
    if let block = type as? any ParameterSet.Type { return schema(of: block) }
    return nil
}

private func schema<P: ParameterSet>(of type: P.Type) -> ParameterSchema { ParameterSchema.of(type) }

/// Lists, for documentation: their element type.
protocol ParameterListType { static var parameterElementType: Any.Type { get } }

extension Array: ParameterListType { static var parameterElementType: Any.Type { Element.self } }

/// A type as documentation names it.
func parameterTypeDescription(_ type: Any.Type) -> String {
    if let list = type as? any ParameterListType.Type {
        let element = parameterTypeDescription(list.parameterElementType)
        return "list of " + (["number", "integer", "string"].contains(element) || element.hasSuffix(" block") ? element + "s" : element)
    }
    if let choice = type as? any ParameterChoice.Type { return "one of " + choice.choiceNames.map { "'\($0)'" }.joined(separator: ", ") }
    if let block = type as? any ParameterSet.Type { return block.blockName }
    switch type {
    case is Double.Type, is Float.Type: return "number"
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type, is UInt64.Type, is UInt32.Type: return "integer"
    case is Bool.Type: return "true or false"
    case is String.Type: return "string"
    default: return "\(type)"
    }
}

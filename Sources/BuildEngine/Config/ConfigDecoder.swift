import CommonVocabulary
/// Decodes typed values (step parameters, figure descriptions) from located configuration nodes.
///
/// Strict where `Decodable` alone is lax: a key that the type never asked for is an error
/// ("unknown key"), scalars are checked against the requested type, non-finite numbers are
/// refused, and every error carries the file, line, column and key path of the node. A `ParameterSet`
/// (at any depth) is decoded from the given keys laid over its encoded defaults.
public struct ConfigDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `type` from `node`. `path` is the key path of `node` in the document, for messages.
    public func decode<T: Decodable>(_ type: T.Type, from node: ConfigNode, path: [String]) throws(ConfigError) -> T {
        let state = DecodingState()
        do {
            let value = try NodeDecoder(node: node, path: path, state: state).decodeValue(T.self)
            if let unknown = state.firstUnknownKey() { throw unknown }
            return value
        } catch let error as ConfigError {
            throw error
        } catch let error as DecodingError {
            throw Self.convert(error, root: node, rootPath: path)
        } catch {
            throw ConfigError(node.location, path: path, "\(error)")
        }
    }

    /// Maps a `DecodingError` thrown by an `init(from:)` (an enum's raw value, say) to the node it is about.
    static func convert(_ error: DecodingError, root: ConfigNode, rootPath: [String]) -> ConfigError {
        let codingPath: [any CodingKey]
        let message: String
        switch error {
        case .dataCorrupted(let context):
            codingPath = context.codingPath; message = context.debugDescription
        case .keyNotFound(let key, let context):
            codingPath = context.codingPath; message = "missing required key '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            codingPath = context.codingPath; message = "expected \(typeWord(type)): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            codingPath = context.codingPath; message = "expected \(typeWord(type)), found nothing"
        @unknown default:
            return ConfigError(root.location, path: rootPath, "\(error)")
        }
        var node = root
        var path = rootPath
        // The decoder's coding paths start with the root's own key path, and name list items `[i]`.
        var keys = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        if keys.starts(with: rootPath) { keys.removeFirst(rootPath.count) }
        for key in keys {
            if key.hasPrefix("["), let index = Int(key.dropFirst().dropLast()), case .sequence(let items) = node.value,
                index < items.count
            {
                node = items[index]; path.append(key)
            } else if let next = node[key] {
                node = next; path.append(key)
            } else {
                path.append(key)
                break
            }
        }
        return ConfigError(node.location, path: path, message)
    }
}

/// Which keys of which mappings the decoded type asked for, to find unknown keys afterwards.
final class DecodingState {
    private var visited: [(node: ConfigNode, path: [String], asked: Box)] = []

    final class Box {
        var keys: Set<String> = []
        /// The type asked for each key (the wrapped type for an optional), for documentation.
        var types: [String: Any.Type] = [:]
    }

    /// The box of the mapping at `path`, if the decoded type opened one.
    func box(at path: [String]) -> Box? { visited.first(where: { $0.path == path })?.asked }

    /// One box per node (by key path): a type may open several containers on the same mapping.
    func register(_ node: ConfigNode, path: [String]) -> Box {
        if let existing = visited.first(where: { $0.path == path }) { return existing.asked }
        let box = Box()
        visited.append((node, path, box))
        return box
    }

    func firstUnknownKey() -> ConfigError? {
        for entry in visited {
            for (key, keyLocation, _) in entry.node.mappingEntries ?? [] where !entry.asked.keys.contains(key) {
                return ConfigError(
                    keyLocation, path: entry.path + [key],
                    unknownKeyProblem(key, known: entry.asked.keys))
            }
        }
        return nil
    }
}

/// The message for an unknown key: the known keys, and the closest one if it is a likely typo.
func unknownKeyProblem(_ key: String, known: Set<String>) -> String {
    let sorted = known.sorted()
    var message = "unknown key"
    if let best = sorted.min(by: { editDistance($0, key) < editDistance($1, key) }),
        editDistance(best, key) <= max(2, key.count / 4)
    {
        message += "; did you mean '\(best)'?"
    }
    if !sorted.isEmpty { message += " (expected one of: \(sorted.joined(separator: ", ")))" }
    return message
}

/// Levenshtein distance, O(|a|·|b|); keys are short.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

func typeWord(_ type: Any.Type) -> String {
    switch type {
    case is Double.Type, is Float.Type: return "a number"
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type, is UInt64.Type, is UInt32.Type: return "an integer"
    case is Bool.Type: return "true or false"
    case is String.Type: return "a string"
    default: return "a value of type \(type)"
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
}

/// The `Decoder` over one node.
struct NodeDecoder: Decoder {
    let node: ConfigNode
    let path: [String]
    let state: DecodingState
    var codingPath: [any CodingKey] { path.map { AnyKey(stringValue: $0) } }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping = node.value else {
            throw ConfigError(node.location, path: path, "expected a mapping, found \(node.kindDescription)")
        }
        return KeyedDecodingContainer(
            KeyedNodeContainer<Key>(
                node: node, path: path, state: state,
                asked: state.register(node, path: path)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.value else {
            throw ConfigError(node.location, path: path, "expected a list, found \(node.kindDescription)")
        }
        return UnkeyedNodeContainer(items: items, path: path, state: state, location: node.location)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { ScalarNodeContainer(node: node, path: path, state: state) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: ConfigNode
    let path: [String]
    let state: DecodingState
    let asked: DecodingState.Box
    var codingPath: [any CodingKey] { path.map { AnyKey(stringValue: $0) } }
    var allKeys: [Key] { (node.mappingEntries ?? []).compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool {
        asked.keys.insert(key.stringValue)
        return node[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> NodeDecoder {
        asked.keys.insert(key.stringValue)
        guard let value = node[key.stringValue] else {
            throw ConfigError(node.location, path: path, "missing required key '\(key.stringValue)'")
        }
        return NodeDecoder(node: value, path: path + [key.stringValue], state: state)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        asked.keys.insert(key.stringValue)
        guard let value = node[key.stringValue] else { return true }
        if case .null = value.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        asked.types[key.stringValue] = T.self
        let decoder = try child(key)
        return try decoder.decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder { NodeDecoder(node: node, path: path, state: state) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [ConfigNode]
    let path: [String]
    let state: DecodingState
    let location: SourceLocation
    var currentIndex = 0
    var codingPath: [any CodingKey] { path.map { AnyKey(stringValue: $0) } }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else { throw ConfigError(location, path: path, "the list has too few items") }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex], path: path + ["[\(currentIndex)]"], state: state)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex].value { currentIndex += 1; return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct ScalarNodeContainer: SingleValueDecodingContainer {
    let node: ConfigNode
    let path: [String]
    let state: DecodingState
    var codingPath: [any CodingKey] { path.map { AnyKey(stringValue: $0) } }

    func decodeNil() -> Bool { if case .null = node.value { return true } else { return false } }

    private func fail(_ expected: String) -> ConfigError {
        ConfigError(node.location, path: path, "expected \(expected), found \(node.kindDescription)")
    }

    private func text(_ expected: String) throws -> (String, Bool) {
        guard case .scalar(let text, let quoted) = node.value else { throw fail(expected) }
        return (text, quoted)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let (text, quoted) = try text("true or false")
        switch (text, quoted) {
        case ("true", false), ("True", false): return true
        case ("false", false), ("False", false): return false
        default: throw fail("true or false")
        }
    }

    func decode(_ type: String.Type) throws -> String { try text("a string").0 }

    func decode(_ type: Double.Type) throws -> Double {
        let (text, quoted) = try text("a number")
        guard !quoted, let value = Double(text.replacingOccurrences(of: "_", with: "")) else { throw fail("a number") }
        guard value.isFinite else { throw fail("a finite number") }
        return value == 0 ? 0 : value  // −0 and 0 are one parameter value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let (text, quoted) = try text("an integer")
        guard !quoted else { throw fail("an integer") }
        let cleaned = text.replacingOccurrences(of: "_", with: "")
        if let value = I(cleaned) { return value }
        // Accept 1e5-style literals when they denote an exact integer in range.
        if let double = Double(cleaned), double.rounded() == double, let value = I(exactly: double) { return value }
        throw fail("an integer")
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try NodeDecoder(node: node, path: path, state: state).decodeValue(type) }
}

extension NodeDecoder {
    /// Decodes primitives through the scalar container (so their errors carry locations), others via init(from:).
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let scalar = ScalarNodeContainer(node: node, path: path, state: state)
        switch type {
        case is Double.Type: return try scalar.decode(Double.self) as! T
        case is Int.Type: return try scalar.decode(Int.self) as! T
        case is Bool.Type: return try scalar.decode(Bool.self) as! T
        case is String.Type: return try scalar.decode(String.self) as! T
        case is UInt64.Type: return try scalar.decode(UInt64.self) as! T
        case is Float.Type: return try scalar.decode(Float.self) as! T
        default:
            if let parameters = T.self as? any ParameterSet.Type, case .mapping = node.value {
                // A parameter block: the user's keys laid over its encoded defaults, then decoded whole.
                let merged = try parameters.mergingDefaults(under: node)
                return try T(from: NodeDecoder(node: merged, path: path, state: state))
            }
            if case .scalar(let text, _) = node.value, let names = enumerationNames(of: T.self) {
                // A choice among names (a parameter choice, an axis scale, a dash style): its names instead of
                // Swift's raw-value message ("Cannot initialize … from invalid String value …"); a type's own
                // message is kept.
                do { return try T(from: self) } catch let error as DecodingError {
                    guard case .dataCorrupted(let context) = error, context.debugDescription.hasPrefix("Cannot initialize") else {
                        throw error
                    }
                    let quoted = names.map { "'\($0)'" }.joined(separator: ", ")
                    throw ConfigError(
                        node.location, path: path, "expected one of \(quoted), found '\(text)'" + suggestion(text, Set(names)))
                }
            }
            return try T(from: self)
        }
    }
}

/// The names a value of `type` may be written as, when it is a choice among names: a `ParameterChoice`, or
/// any enumeration with string raw values (the plot's scales, dash styles, …), so that a wrong name is
/// answered with the list of valid ones instead of Swift's "Cannot initialize … from invalid String value".
func enumerationNames(of type: Any.Type) -> [String]? {
    if let choice = type as? any ParameterChoice.Type { return choice.choiceNames }
    if let enumeration = type as? any (CaseIterable & RawRepresentable).Type { return rawNames(of: enumeration) }
    return nil
}

private func rawNames<E: CaseIterable & RawRepresentable>(of type: E.Type) -> [String]? {
    let names = type.allCases.compactMap { $0.rawValue as? String }
    return names.isEmpty ? nil : names
}

/// Encodes typed values into one canonical byte string: sorted keys, shortest round-trip floats.
///
/// Two parameter values that mean the same thing (keys reordered in YAML, `50` vs `50.0` for a
/// Double, a default written out or left implicit) encode to the same bytes, which is what the
/// action key needs. The output is JSON, so a person can read it in the step record.
public struct CanonicalEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The canonical JSON text of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> String {
        let root = CanonicalBox()
        try value.encode(to: CanonicalValueEncoder(box: root, path: []))
        return root.value.json
    }
}

/// The value tree the encoder builds.
indirect enum CanonicalValue {
    case null, bool(Bool), integer(String), number(Double), string(String)
    case array([CanonicalBox]), object([String: CanonicalBox])

    var json: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let text): return text
        case .number(let d): return canonicalNumber(d)
        case .string(let s): return jsonQuoted(s)
        case .array(let items): return "[" + items.map { $0.value.json }.joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { jsonQuoted($0) + ":" + members[$0]!.value.json }.joined(separator: ",") + "}"
        }
    }
}

/// Shortest round-trip decimal form of a Double (Swift's own algorithm, identical on every platform).
func canonicalNumber(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    return value.description
}

func jsonQuoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 {
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

final class CanonicalBox {
    var value: CanonicalValue = .null
    init() {}
    init(_ value: CanonicalValue) { self.value = value }
}

struct CanonicalValueEncoder: Encoder {
    let box: CanonicalBox
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.value {} else { box.value = .object([:]) }
        return KeyedEncodingContainer(KeyedCanonicalContainer<Key>(box: box, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.value {} else { box.value = .array([]) }
        return UnkeyedCanonicalContainer(box: box, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleCanonicalContainer(box: box, path: path) }
}

func encodeNonFinite(_ value: Double, _ path: [any CodingKey]) throws {
    if !value.isFinite {
        throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "non-finite numbers have no canonical form"))
    }
}

struct KeyedCanonicalContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: CanonicalBox
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { path }

    private func set(_ key: Key, _ value: CanonicalValue) {
        guard case .object(var members) = box.value else { return }
        members[key.stringValue] = CanonicalBox(value)
        box.value = .object(members)
    }

    private func childBox(_ key: Key) -> CanonicalBox {
        guard case .object(var members) = box.value else { return CanonicalBox() }
        if let existing = members[key.stringValue] { return existing }
        let child = CanonicalBox()
        members[key.stringValue] = child
        box.value = .object(members)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { set(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(key, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodeNonFinite(value, path + [key]); set(key, .number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(key, .integer(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        switch value {
        case let d as Double: try encode(d, forKey: key)
        case let s as String: set(key, .string(s))
        case let b as Bool: set(key, .bool(b))
        case let i as Int: set(key, .integer(String(i)))
        default: try value.encode(to: CanonicalValueEncoder(box: childBox(key), path: path + [key]))
        }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<
        NestedKey
    > {
        CanonicalValueEncoder(box: childBox(key), path: path + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CanonicalValueEncoder(box: childBox(key), path: path + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { CanonicalValueEncoder(box: childBox(Key(stringValue: "super")!), path: path) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CanonicalValueEncoder(box: childBox(key), path: path + [key]) }
}

struct UnkeyedCanonicalContainer: UnkeyedEncodingContainer {
    let box: CanonicalBox
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { path }
    var count: Int { if case .array(let items) = box.value { return items.count } else { return 0 } }

    private func append(_ value: CanonicalValue) -> CanonicalBox {
        let child = CanonicalBox(value)
        if case .array(var items) = box.value { items.append(child); box.value = .array(items) }
        return child
    }

    mutating func encodeNil() throws { _ = append(.null) }
    mutating func encode(_ value: Bool) throws { _ = append(.bool(value)) }
    mutating func encode(_ value: String) throws { _ = append(.string(value)) }
    mutating func encode(_ value: Double) throws { try encodeNonFinite(value, path); _ = append(.number(value)) }
    mutating func encode(_ value: Int) throws { _ = append(.integer(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        switch value {
        case let d as Double: try encode(d)
        case let s as String: _ = append(.string(s))
        case let b as Bool: _ = append(.bool(b))
        case let i as Int: _ = append(.integer(String(i)))
        default: try value.encode(to: CanonicalValueEncoder(box: append(.null), path: path + [AnyKey(intValue: count)]))
        }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        CanonicalValueEncoder(box: append(.null), path: path).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        CanonicalValueEncoder(box: append(.null), path: path).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { CanonicalValueEncoder(box: append(.null), path: path) }
}

struct SingleCanonicalContainer: SingleValueEncodingContainer {
    let box: CanonicalBox
    let path: [any CodingKey]
    var codingPath: [any CodingKey] { path }
    mutating func encodeNil() throws { box.value = .null }
    mutating func encode(_ value: Bool) throws { box.value = .bool(value) }
    mutating func encode(_ value: String) throws { box.value = .string(value) }
    mutating func encode(_ value: Double) throws { try encodeNonFinite(value, path); box.value = .number(value) }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { box.value = .integer(String(value)) }
    mutating func encode(_ value: Int64) throws { box.value = .integer(String(value)) }
    mutating func encode(_ value: UInt64) throws { box.value = .integer(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        switch value {
        case let d as Double: try encode(d)
        case let s as String: box.value = .string(s)
        case let b as Bool: box.value = .bool(b)
        case let i as Int: box.value = .integer(String(i))
        default: try value.encode(to: CanonicalValueEncoder(box: box, path: path))
        }
    }
}

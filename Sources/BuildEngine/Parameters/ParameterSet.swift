/// A step kind's parameters as data: one `Codable` struct whose defaults are written once, and a unit
/// and a one-line meaning for every key.
///
/// The config decoder encodes `defaults`, lays the figures.yaml mapping over it (a key given there
/// wins, whole) and decodes the result with the type's synthesized `init(from:)`: a key left out takes
/// its default, and no `decodeIfPresent(…) ?? default` is written by hand. This holds at every level:
/// a nested parameter block (an element of a list, say) that is itself a `ParameterSet` gets its own
/// defaults. Keys documented as `.required` are dropped from the defaults before the merge, so the
/// user must give them; their value in `defaults` is a placeholder that only lists the key.
public protocol ParameterSet: Codable, Sendable {
    /// The parameters when figures.yaml gives none (placeholders for the required keys).
    static var defaults: Self { get }
    /// One entry per coding key, in the order documentation lists them.
    static var parameterDocs: [ParameterDoc] { get }
    /// What a value of this type is called in documentation ("experiment block").
    static var blockName: String { get }
}

extension ParameterSet {
    public static var blockName: String { "\(Self.self) block" }

    /// The keys documented as required.
    static var requiredKeys: Set<String> { Set(parameterDocs.filter { $0.presence == .required }.map(\.key)) }
}

/// The documentation of one parameter key: its unit, its meaning, and whether it may be left out.
///
/// The default itself is not written here: documentation shows the encoded `defaults`.
public struct ParameterDoc: Sendable, Equatable {
    /// Whether a key may be left out, and what leaving it out means.
    public enum Presence: Sendable, Equatable {
        /// Left out, it takes its value in `defaults`.
        case defaulted
        /// It must be given.
        case required
        /// Left out, it has no value (an optional whose default is nil); the text says what that means.
        case optional(whenAbsent: String)
    }

    /// The coding key, as written in figures.yaml.
    public var key: String
    /// The unit ("GeV", "cm", "1" for a pure number), or "" where none applies (a name, a switch, a choice).
    public var unit: String
    /// One line on what the key means.
    public var meaning: String
    /// Whether the key may be left out.
    public var presence: Presence

    /// A key with a default.
    public init(_ key: String, unit: String = "", _ meaning: String) {
        self.init(key, unit: unit, meaning, presence: .defaulted)
    }

    /// A key with the given presence.
    public init(_ key: String, unit: String, _ meaning: String, presence: Presence) {
        self.key = key
        self.unit = unit
        self.meaning = meaning
        self.presence = presence
    }

    /// A key the user must give.
    public static func required(_ key: String, unit: String = "", _ meaning: String) -> ParameterDoc {
        ParameterDoc(key, unit: unit, meaning, presence: .required)
    }

    /// An optional key whose default is "absent"; `whenAbsent` says what that means ("the beam energy").
    public static func optional(_ key: String, unit: String = "", _ meaning: String, whenAbsent: String) -> ParameterDoc {
        ParameterDoc(key, unit: unit, meaning, presence: .optional(whenAbsent: whenAbsent))
    }
}

/// A parameter value that is one of a few names (a `String` enum): documentation lists them, and a
/// wrong name is reported as "expected one of: …".
public protocol ParameterChoice: Codable, Sendable {
    /// The names figures.yaml may write, in documentation order.
    static var choiceNames: [String] { get }
}

extension ParameterChoice where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var choiceNames: [String] { allCases.map(\.rawValue) }
}

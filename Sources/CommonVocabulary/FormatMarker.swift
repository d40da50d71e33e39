/// The one spelling of an on-disk format's name and version: `format: NAME VERSION`.
///
/// Text files carry it as their first line, `# format: table 2`; JSON records as a member,
/// `"format": "action 2"`. A reader accepts the versions it lists and names the others, so a file
/// from a newer or older build is refused with a clear message, never misread.
public struct FormatMarker: Sendable, Hashable, CustomStringConvertible {
    /// The format's name, kebab-case (`table`, `figure-data`, `dataset`, `action`, `stamps`).
    public var name: String
    /// Its version, incremented whenever the bytes change meaning.
    public var version: Int

    /// Creates a marker.
    public init(_ name: String, _ version: Int) {
        self.name = name
        self.version = version
    }

    /// `NAME VERSION`, the value after `format:`.
    public var description: String { "\(name) \(version)" }

    /// The first line of a text file: `# format: NAME VERSION`.
    public var commentLine: String { "# format: \(self)" }

    /// Parses `NAME VERSION` (the value after `format:`); nil if it is not of that form.
    public init?(value: Substring) {
        let words = value.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let version = Int(words[1]), version >= 0 else { return nil }
        self.init(String(words[0]), version)
    }

    /// Parses a first line `# format: NAME VERSION`; nil if the line is not a format marker.
    public init?(commentLine line: Substring) {
        let prefix = "# format: "
        guard line.hasPrefix(prefix) else { return nil }
        self.init(value: line.dropFirst(prefix.count))
    }
}

extension FormatMarker: Codable {
    /// Decodes the JSON member's value `"NAME VERSION"`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let marker = FormatMarker(value: Substring(text)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a format marker"))
        }
        self = marker
    }

    /// Encodes as `"NAME VERSION"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

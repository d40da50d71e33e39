/// Decoding and encoding of tolerances as `{rtol:, atol:}` maps (the `tolerances:` section of
/// `figures.yaml`). Unknown keys and negative or non-finite values are refused with
/// `DecodingError.dataCorrupted` at the offending key path.
extension DiffTolerance: Codable {
    /// Decodes `{rtol:, atol:}`; a missing key takes its value from ``standard``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DiffCodingKey.self)
        try container.rejectUnknownKeys(allowed: ["rtol", "atol"])
        self.init(
            relative: try container.decodeTolerance("rtol") ?? Self.standard.relative,
            absolute: try container.decodeTolerance("atol") ?? Self.standard.absolute
        )
    }

    /// Encodes `{rtol:, atol:}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DiffCodingKey.self)
        try container.encode(relative, forKey: DiffCodingKey("rtol"))
        try container.encode(absolute, forKey: DiffCodingKey("atol"))
    }
}

extension DiffTolerances: Codable {
    /// Decodes `{default:, figures:}`; both keys are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DiffCodingKey.self)
        try container.rejectUnknownKeys(allowed: ["default", "figures"])
        self.init(
            default: try container.decodeIfPresent(DiffTolerance.self, forKey: DiffCodingKey("default")) ?? .standard,
            figures: try container.decodeIfPresent([String: DiffFigureTolerances].self, forKey: DiffCodingKey("figures")) ?? [:]
        )
    }

    /// Encodes `{default:, figures:}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DiffCodingKey.self)
        try container.encode(self.default, forKey: DiffCodingKey("default"))
        try container.encode(figures, forKey: DiffCodingKey("figures"))
    }
}

extension DiffFigureTolerances: Codable {
    /// Decodes `{rtol:, atol:, series:}`; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DiffCodingKey.self)
        try container.rejectUnknownKeys(allowed: ["rtol", "atol", "series"])
        self.init(
            relative: try container.decodeTolerance("rtol"),
            absolute: try container.decodeTolerance("atol"),
            series: try container.decodeIfPresent([String: DiffToleranceOverride].self, forKey: DiffCodingKey("series")) ?? [:]
        )
    }

    /// Encodes the keys that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DiffCodingKey.self)
        try container.encodeIfPresent(relative, forKey: DiffCodingKey("rtol"))
        try container.encodeIfPresent(absolute, forKey: DiffCodingKey("atol"))
        if !series.isEmpty { try container.encode(series, forKey: DiffCodingKey("series")) }
    }
}

extension DiffToleranceOverride: Codable {
    /// Decodes `{rtol:, atol:}`; both keys are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DiffCodingKey.self)
        try container.rejectUnknownKeys(allowed: ["rtol", "atol"])
        self.init(relative: try container.decodeTolerance("rtol"), absolute: try container.decodeTolerance("atol"))
    }

    /// Encodes the keys that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DiffCodingKey.self)
        try container.encodeIfPresent(relative, forKey: DiffCodingKey("rtol"))
        try container.encodeIfPresent(absolute, forKey: DiffCodingKey("atol"))
    }
}

/// A coding key for any string, so unknown keys can be listed.
struct DiffCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == DiffCodingKey {
    /// Throws at the first key not in `allowed` (keys in sorted order, so the error is stable).
    func rejectUnknownKeys(allowed: [String]) throws {
        for key in allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "unknown key '\(key.stringValue)'; expected one of \(allowed.joined(separator: ", "))"
            )
        }
    }

    /// Decodes an optional tolerance that must be finite and not negative.
    func decodeTolerance(_ name: String) throws -> Double? {
        let key = DiffCodingKey(name)
        // A key written without a value (`atol:`) is an error, not the default.
        guard contains(key) else { return nil }
        let value = try decode(Double.self, forKey: key)
        guard value.isFinite, value >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "expected a finite, non-negative \(name), found \(value)"
            )
        }
        return value
    }
}

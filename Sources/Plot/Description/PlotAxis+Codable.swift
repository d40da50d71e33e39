extension AxisRange: Codable {
    /// Decodes `[lower, upper]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let lower = try container.decode(Double.self)
        let upper = try container.decode(Double.self)
        guard container.isAtEnd, lower < upper else {
            // Located at the range itself, not at the element after the last one read.
            let found = container.isAtEnd ? "[\(lower), \(upper)]" : "more than two numbers"
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "expected a range [lower, upper] with lower < upper, found \(found)"))
        }
        self.init(lower, upper)
    }

    /// Encodes `[lower, upper]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(lower)
        try container.encode(upper)
    }
}

extension PlotAxis: Codable {
    /// YAML keys (kebab-case).
    enum CodingKeys: String, CodingKey, CaseIterable {
        case label
        case scale
        case range
        case majorStep = "step"
        case labelEvery = "label-every"
        case minorTicks = "minor-ticks"
    }

    /// Decodes an axis block; every key is optional, unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let scale = try container.decodeIfPresent(AxisScale.self, forKey: .scale) ?? .linear
        let range = try container.decodeIfPresent(AxisRange.self, forKey: .range)
        if scale == .log, let range, range.lower <= 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .range, in: container,
                debugDescription: "expected a range of positive numbers on a log axis, found [\(range.lower), \(range.upper)]")
        }
        self.init(
            label: try container.decodeMathMarkupIfPresent(forKey: .label) ?? "",
            scale: scale,
            range: range,
            majorStep: try container.decodeIfPresent(Double.self, forKey: .majorStep),
            labelEvery: try container.decodeIfPresent(Int.self, forKey: .labelEvery),
            minorTicks: try container.decodeIfPresent(Bool.self, forKey: .minorTicks) ?? true)
    }

    /// Encodes the keys `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(scale, forKey: .scale)
        try container.encodeIfPresent(range, forKey: .range)
        try container.encodeIfPresent(majorStep, forKey: .majorStep)
        try container.encodeIfPresent(labelEvery, forKey: .labelEvery)
        try container.encode(minorTicks, forKey: .minorTicks)
    }
}

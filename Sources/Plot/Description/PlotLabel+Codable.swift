extension PlotLabel: Codable {
    /// YAML keys: `text`, `at: [x, y]`, `coordinates`, `angle`, `along`, `offset`, `align`, `color`, `font-size`.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case text
        case at
        case coordinates
        case angle
        case alongSeries = "along"
        case offset
        case alignment = "align"
        case color
        case fontSize = "font-size"
    }

    /// Decodes a label block; `text` and `at` are required (with `along`, `at` may be `[x]`).
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let at = try container.decode([Double].self, forKey: .at)
        let along = try container.decodeIfPresent(String.self, forKey: .alongSeries)
        guard at.count == 2 || (at.count == 1 && along != nil) else {
            throw DecodingError.dataCorruptedError(
                forKey: .at, in: container, debugDescription: "expected [x, y] (or [x] with along:)")
        }
        self.init(
            try container.decodeNonEmptyIfPresent(forKey: .text).flatMap { _ in try container.decodeMathMarkupIfPresent(forKey: .text) }
                ?? container.decode(String.self, forKey: .text),
            x: at[0], y: at.count == 2 ? at[1] : 0,
            coordinates: try container.decodeIfPresent(PlotCoordinates.self, forKey: .coordinates) ?? .data,
            angle: try container.decodeIfPresent(Double.self, forKey: .angle) ?? 0,
            alongSeries: along,
            offset: try container.decodeIfPresent(Double.self, forKey: .offset) ?? 0,
            alignment: try container.decodeIfPresent(TextAlignment.self, forKey: .alignment) ?? .center,
            color: try container.decodeIfPresent(PlotColor.self, forKey: .color),
            fontSize: try container.decodePositiveIfPresent(forKey: .fontSize))
    }

    /// Encodes the keys `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode([x, y], forKey: .at)
        try container.encode(coordinates, forKey: .coordinates)
        try container.encode(angle, forKey: .angle)
        try container.encodeIfPresent(alongSeries, forKey: .alongSeries)
        try container.encode(offset, forKey: .offset)
        try container.encode(alignment, forKey: .alignment)
        try container.encodeIfPresent(color, forKey: .color)
        try container.encodeIfPresent(fontSize, forKey: .fontSize)
    }
}

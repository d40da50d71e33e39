extension SeriesStyle: Codable {
    /// YAML keys (kebab-case).
    enum CodingKeys: String, CodingKey, CaseIterable {
        case color
        case dash
        case width
        case marker
        case markerSize = "marker-size"
        case fillOpacity = "fill-opacity"
        case hatch
        case opacity
        case fillColor = "fill-color"
    }

    /// Decodes a series-style block; every key is optional, unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            color: try container.decodeIfPresent(PlotColor.self, forKey: .color),
            dash: try container.decodeIfPresent(DashStyle.self, forKey: .dash) ?? .solid,
            width: try container.decodeNonNegativeIfPresent(forKey: .width),
            marker: try container.decodeIfPresent(MarkerShape.self, forKey: .marker) ?? .none,
            markerSize: try container.decodeIfPresent(Double.self, forKey: .markerSize) ?? 3,
            fillOpacity: try container.decodeFractionIfPresent(forKey: .fillOpacity),
            hatch: try container.decodeIfPresent(HatchStyle.self, forKey: .hatch) ?? .none,
            opacity: try container.decodeFractionIfPresent(forKey: .opacity) ?? 1,
            fillColor: try container.decodeIfPresent(PlotColor.self, forKey: .fillColor))
    }

    /// Encodes the keys `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(color, forKey: .color)
        try container.encode(dash, forKey: .dash)
        try container.encodeIfPresent(width, forKey: .width)
        try container.encode(marker, forKey: .marker)
        try container.encode(markerSize, forKey: .markerSize)
        try container.encodeIfPresent(fillOpacity, forKey: .fillOpacity)
        try container.encode(hatch, forKey: .hatch)
        try container.encode(opacity, forKey: .opacity)
        try container.encodeIfPresent(fillColor, forKey: .fillColor)
    }
}

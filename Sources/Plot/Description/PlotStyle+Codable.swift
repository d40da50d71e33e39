extension CodingUserInfoKey {
    /// Put a `PlotStyle` under this key in a decoder's `userInfo` to decode a per-figure `style:`
    /// block as an override of the global one: absent keys then keep the base value, not the default.
    public static let plotStyleBase = CodingUserInfoKey(rawValue: "ZPrimePaper.Plot.PlotStyle.base")!
}

extension PlotStyle: Codable {
    /// YAML keys (kebab-case), one per field.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case fontFamily = "font-family"
        case mathFontFamily = "math-font-family"
        case fontSize = "font-size"
        case tickLabelSize = "tick-label-size"
        case legendFontSize = "legend-font-size"
        case lineWidth = "line-width"
        case frameWidth = "frame-width"
        case majorTickLength = "major-tick-length"
        case minorTickLength = "minor-tick-length"
        case fillOpacity = "fill-opacity"
        case hatchSpacing = "hatch-spacing"
        case hatchWidth = "hatch-width"
        case padding
        case palette
        case regionEdges = "region-edges"
    }

    /// Decodes a style map; every key is optional and falls back to the base style
    /// (`userInfo[.plotStyleBase]`) or to the defaults. Unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let base = (decoder.userInfo[.plotStyleBase] as? PlotStyle) ?? PlotStyle()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            fontFamily: try container.decodeNonEmptyIfPresent(forKey: .fontFamily) ?? base.fontFamily,
            mathFontFamily: try container.decodeIfPresent(String.self, forKey: .mathFontFamily) ?? base.mathFontFamily,
            fontSize: try container.decodePositiveIfPresent(forKey: .fontSize) ?? base.fontSize,
            tickLabelSize: try container.decodePositiveIfPresent(forKey: .tickLabelSize) ?? base.tickLabelSize,
            legendFontSize: try container.decodePositiveIfPresent(forKey: .legendFontSize) ?? base.legendFontSize,
            lineWidth: try container.decodePositiveIfPresent(forKey: .lineWidth) ?? base.lineWidth,
            frameWidth: try container.decodePositiveIfPresent(forKey: .frameWidth) ?? base.frameWidth,
            majorTickLength: try container.decodeIfPresent(Double.self, forKey: .majorTickLength) ?? base.majorTickLength,
            minorTickLength: try container.decodeIfPresent(Double.self, forKey: .minorTickLength) ?? base.minorTickLength,
            fillOpacity: try container.decodeIfPresent(Double.self, forKey: .fillOpacity) ?? base.fillOpacity,
            hatchSpacing: try container.decodeIfPresent(Double.self, forKey: .hatchSpacing) ?? base.hatchSpacing,
            hatchWidth: try container.decodeIfPresent(Double.self, forKey: .hatchWidth) ?? base.hatchWidth,
            padding: try container.decodeIfPresent(Double.self, forKey: .padding) ?? base.padding,
            palette: try container.decodeIfPresent([RGBColor].self, forKey: .palette) ?? base.palette,
            regionEdges: try container.decodeIfPresent(RegionEdgeOrder.self, forKey: .regionEdges) ?? base.regionEdges)
    }

    /// Encodes every key, so an encoded style is complete and canonical.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fontFamily, forKey: .fontFamily)
        try container.encode(mathFontFamily, forKey: .mathFontFamily)
        try container.encode(fontSize, forKey: .fontSize)
        try container.encode(tickLabelSize, forKey: .tickLabelSize)
        try container.encode(legendFontSize, forKey: .legendFontSize)
        try container.encode(lineWidth, forKey: .lineWidth)
        try container.encode(frameWidth, forKey: .frameWidth)
        try container.encode(majorTickLength, forKey: .majorTickLength)
        try container.encode(minorTickLength, forKey: .minorTickLength)
        try container.encode(fillOpacity, forKey: .fillOpacity)
        try container.encode(hatchSpacing, forKey: .hatchSpacing)
        try container.encode(hatchWidth, forKey: .hatchWidth)
        try container.encode(padding, forKey: .padding)
        try container.encode(palette, forKey: .palette)
        // Only when not the default, so styles written before the key existed keep their canonical form.
        if regionEdges != .withFill { try container.encode(regionEdges, forKey: .regionEdges) }
    }
}

extension KeyedDecodingContainer {
    /// A size or width: absent, or a finite number greater than zero (a decoding error naming the key otherwise).
    public func decodePositiveIfPresent(forKey key: Key) throws -> Double? {
        guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value.isFinite, value > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected a finite number greater than 0, found \(value)")
        }
        return value
    }

    /// A width that may be zero (no line): absent, or a finite number ≥ 0 (a decoding error naming the key otherwise).
    /// A string with something in it (a font family), or nil when the key is absent.
    public func decodeNonEmptyIfPresent(forKey key: Key) throws -> String? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a non-empty text, found '\(text)'")
        }
        return text
    }

    /// A number in [0, 1] (an opacity), or nil when the key is absent.
    func decodeFractionIfPresent(forKey key: Key) throws -> Double? {
        guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value >= 0, value <= 1 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a number from 0 to 1, found \(value)")
        }
        return value
    }

    /// Text in the plot's math markup (docs/PLOTTING.md), checked when it is read so that a markup error
    /// is a configuration error at its key, not a failure when the figure is drawn; nil when absent.
    public func decodeMathMarkupIfPresent(forKey key: Key) throws -> String? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        do {
            _ = try MathMarkup.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "expected math markup (docs/PLOTTING.md), found '\(text)': column \(error.column): \(error.message)")
        }
        return text
    }

    func decodeNonNegativeIfPresent(forKey key: Key) throws -> Double? {
        guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard value.isFinite, value >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected a finite number of at least 0, found \(value)")
        }
        return value
    }
}

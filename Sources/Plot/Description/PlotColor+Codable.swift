// YAML form: a colour is either a palette index (`color: 2`) or a hex string (`color: "#D55E00"`).

extension RGBColor: Codable {
    /// Decodes `#RRGGBB`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = RGBColor(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a colour \"#RRGGBB\", found \"\(text)\"")
        }
        self = color
    }

    /// Encodes as `#RRGGBB`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hexString)
    }
}

extension PlotColor: Codable {
    /// Decodes a palette index (integer) or `#RRGGBB`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let index = try? container.decode(Int.self), index >= 0 {
            self = .palette(index)
            return
        }
        guard let text = try? container.decode(String.self), let color = RGBColor(hex: text) else {
            let found = (try? container.decode(String.self)).map { ", found '\($0)'" } ?? ""
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a palette index (0, 1, …) or a colour \"#RRGGBB\"\(found)")
        }
        self = .rgb(color)
    }

    /// Encodes a palette index as an integer and a colour as `#RRGGBB`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .palette(let index): try container.encode(index)
        case .rgb(let color): try container.encode(color.hexString)
        }
    }
}

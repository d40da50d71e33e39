/// Outer size of a figure in points, including axis labels.
public struct PlotSize: Sendable, Hashable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// Creates a size in points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// One journal column (≈ 246 pt, 3.4 in) at a 4:3 aspect ratio.
    public static let singleColumn = PlotSize(width: 246, height: 184.5)
    /// Two journal columns (≈ 510 pt, 7.1 in) at a 2.2:1 aspect ratio.
    public static let doubleColumn = PlotSize(width: 510, height: 232)
}

extension PlotSize: Codable {
    /// YAML keys of the map form.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case width
        case height
    }

    /// Decodes `single-column`, `double-column`, or `{width: W, height: H}` (height defaults to 3/4 of width).
    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            switch name {
            case "single-column": self = .singleColumn
            case "double-column": self = .doubleColumn
            default:
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription: "unknown size \"\(name)\"; expected single-column, double-column or {width, height}"))
            }
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let width = try container.decode(Double.self, forKey: .width)
        let height = try container.decodeIfPresent(Double.self, forKey: .height) ?? width * 0.75
        for (key, value) in [(CodingKeys.width, width), (.height, height)] where !(value > 0) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "expected a size in points greater than 0, found \(value)")
        }
        self.init(width: width, height: height)
    }

    /// Encodes `{width, height}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
    }
}

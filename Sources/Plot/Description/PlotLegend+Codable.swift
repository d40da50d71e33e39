extension PlotLegend: Codable {
    /// YAML keys. `position` is a corner name or `[x, y]`; `coordinates` and `anchor` apply to `[x, y]`.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case isVisible = "show"
        case position
        case coordinates
        case anchor
        case hasFrame = "frame"
        case fontSize = "font-size"
        case order
    }

    /// Decodes a legend block; every key is optional, unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var position = LegendPosition.corner(.upperRight)
        if let corner = try? container.decodeIfPresent(PlotCorner.self, forKey: .position) {
            position = .corner(corner)
        } else if container.contains(.position) {
            let point: [Double]
            do {
                point = try container.decode([Double].self, forKey: .position)
            } catch {
                let found = (try? container.decode(String.self, forKey: .position)).map { ", found '\($0)'" } ?? ""
                throw DecodingError.dataCorruptedError(
                    forKey: .position, in: container,
                    debugDescription: "expected a corner (\(PlotCorner.allCases.map(\.rawValue).joined(separator: ", "))) or [x, y]\(found)"
                )
            }
            guard point.count == 2 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .position, in: container, debugDescription: "expected [x, y], found \(point.count) numbers")
            }
            position = .point(
                x: point[0], y: point[1],
                coordinates: try container.decodeIfPresent(PlotCoordinates.self, forKey: .coordinates) ?? .axes,
                anchor: try container.decodeIfPresent(PlotCorner.self, forKey: .anchor) ?? .upperLeft)
        }
        self.init(
            isVisible: try container.decodeIfPresent(Bool.self, forKey: .isVisible) ?? true,
            position: position,
            hasFrame: try container.decodeIfPresent(Bool.self, forKey: .hasFrame) ?? false,
            fontSize: try container.decodePositiveIfPresent(forKey: .fontSize),
            order: try container.decodeIfPresent([String].self, forKey: .order) ?? [])
    }

    /// Encodes the same keys `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isVisible, forKey: .isVisible)
        switch position {
        case .corner(let corner):
            try container.encode(corner, forKey: .position)
        case .point(let x, let y, let coordinates, let anchor):
            try container.encode([x, y], forKey: .position)
            try container.encode(coordinates, forKey: .coordinates)
            try container.encode(anchor, forKey: .anchor)
        }
        try container.encode(hasFrame, forKey: .hasFrame)
        try container.encodeIfPresent(fontSize, forKey: .fontSize)
        try container.encode(order, forKey: .order)
    }
}

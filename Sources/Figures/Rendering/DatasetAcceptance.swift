import DataFormats

/// What a figure entry accepts from a dataset (`accepts:` in figures.yaml); every field is optional and
/// has a default inferred from the figure (see `FigureDatasetCheck`).
///
/// ```yaml
/// - {name: belle2, from: "external:belle2-2020", accepts: {quantity: "g'", models: [L_mu-L_tau vanilla]}}
/// ```
struct DatasetAcceptance: Codable, Sendable {
    /// The coupling the entry draws (`g'`, `g'/e`, `epsilon`, `y`); default: read from the y-axis label.
    var quantity: String?
    /// The models accepted; default: every L_μ−L_τ model (an ε axis: the dark photon).
    var models: [String]?
    /// The curve types accepted; default by entry (series: upper-limit curve or projection; region:
    /// upper-limit curve; band: band edges).
    var kinds: [String]?
    /// The confidence level required, as written in dataset headers (`90%`, `2 sigma`); default: any.
    var confidenceLevel: String?
    /// For the dark model: the α_D the dataset must declare; default: any.
    var alphaD: Double?
    /// For the dark model: the m_Z′/m_χ the dataset must declare; default: any.
    var massRatio: Double?

    enum CodingKeys: String, CodingKey {
        case quantity, models, kinds, confidenceLevel = "confidence-level", alphaD = "alpha_D", massRatio = "mass_ratio"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quantity = try c.decodeIfPresent(String.self, forKey: .quantity)
        models = try c.decodeIfPresent([String].self, forKey: .models)
        kinds = try c.decodeIfPresent([String].self, forKey: .kinds)
        confidenceLevel = try c.decodeIfPresent(String.self, forKey: .confidenceLevel)
        alphaD = try c.decodeIfPresent(Double.self, forKey: .alphaD)
        massRatio = try c.decodeIfPresent(Double.self, forKey: .massRatio)
        try Self.check(quantity.map { [$0] }, as: DatasetCoupling.self, key: .quantity, in: c)
        try Self.check(models, as: DatasetModel.self, key: .models, in: c)
        try Self.check(kinds, as: DatasetKind.self, key: .kinds, in: c)
    }

    private static func check<Value: RawRepresentable & CaseIterable>(
        _ texts: [String]?, as type: Value.Type, key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
    ) throws where Value.RawValue == String {
        for text in texts ?? [] where Value(rawValue: text) == nil {
            let valid = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "expected one of \(valid), found '\(text)'")
        }
    }

    /// The declared quantity, typed.
    var coupling: DatasetCoupling? { quantity.flatMap(DatasetCoupling.init(rawValue:)) }
    /// The declared models, typed.
    var modelValues: [DatasetModel]? { models?.compactMap(DatasetModel.init(rawValue:)) }
    /// The declared kinds, typed.
    var kindValues: [DatasetKind]? { kinds?.compactMap(DatasetKind.init(rawValue:)) }
}

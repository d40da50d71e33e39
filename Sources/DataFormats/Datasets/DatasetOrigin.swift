/// Where a dataset's numbers come from: the header `origin` value, classified by its leading words.
public struct DatasetOrigin: Sendable, Equatable {
    /// The broad class of origin, read from the first words of the `origin` value.
    public enum Category: String, Sendable, CaseIterable, Equatable {
        /// A table published by the collaboration (paper, supplement).
        case officialTable = "official table"
        /// Imported from a HEPData record.
        case hepData = "HEPData"
        /// Digitised from a figure, by someone named in the value.
        case digitised = "digitised by"
        /// Computed from a formula, by someone named in the value (e.g. `computed by ZPrimePaper`).
        case computed = "computed by"
        /// Recast from another model's limit, by someone named in the value.
        case recast = "recast by"
        /// Simulated (e.g. a Geant4 track-length table), by someone named in the value.
        case simulated = "simulated by"
    }

    /// The class of origin.
    public var category: Category
    /// The full `origin` text, verbatim (e.g. `digitised by DarkCast from Fig. 5 (black curve)`).
    public var text: String

    /// Creates an origin from its category and full text.
    public init(category: Category, text: String) {
        self.category = category
        self.text = text
    }

    /// Classifies an `origin` value by its leading words; `nil` when it starts with none of the categories.
    public init?(text: String) {
        guard let category = Category.allCases.first(where: { text.hasPrefix($0.rawValue) }) else {
            return nil
        }
        self.init(category: category, text: text)
    }
}

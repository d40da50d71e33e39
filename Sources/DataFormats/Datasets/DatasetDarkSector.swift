/// The dark-sector parameters a limit of the `L_mu-L_tau dark` model was computed for.
public struct DatasetDarkSector: Sendable, Equatable {
    /// The dark coupling α_D = g_D²/4π (`alpha-d` key).
    public var alphaD: Double
    /// The mass ratio m_Z′/m_χ (`mass-ratio` key).
    public var massRatio: Double

    /// Creates the parameters.
    public init(alphaD: Double, massRatio: Double) {
        self.alphaD = alphaD
        self.massRatio = massRatio
    }
}

extension DatasetLimitHeader {
    /// Reads the optional `alpha-d` and `mass-ratio` keys: both or neither, only with the dark model.
    static func darkSector(_ reader: DatasetHeaderReader, model: DatasetModel) throws(DatasetError) -> DatasetDarkSector? {
        let alphaEntry = reader.optional("alpha-d"), ratioEntry = reader.optional("mass-ratio")
        guard alphaEntry != nil || ratioEntry != nil else { return nil }
        guard model == .lMuLTauDark else {
            let entry = (alphaEntry ?? ratioEntry)!
            throw DatasetError(
                file: reader.file, line: entry.line, subject: .headerKey(entry.key),
                expected: "no '\(entry.key)' key unless the model is '\(DatasetModel.lMuLTauDark.rawValue)'",
                found: entry.value)
        }
        guard let alphaEntry, let ratioEntry else {
            let missing = alphaEntry == nil ? "alpha-d" : "mass-ratio"
            throw DatasetError(
                file: reader.file, line: (alphaEntry ?? ratioEntry)!.line, subject: .headerKey(missing),
                expected: "'alpha-d' and 'mass-ratio' together", found: nil)
        }
        guard let alpha = DatasetNumber.parse(alphaEntry.value), alpha > 0, alpha.isFinite else {
            throw reader.invalid(alphaEntry, expected: "a positive number (alpha_D = g_D^2/4pi)")
        }
        guard let ratio = DatasetNumber.parse(ratioEntry.value), ratio > 0, ratio.isFinite else {
            throw reader.invalid(ratioEntry, expected: "a positive number (m_Z'/m_chi)")
        }
        return DatasetDarkSector(alphaD: alpha, massRatio: ratio)
    }
}

import Foundation

/// The `muon-strahlung-spectra` step's `table`: normalised Z′ energy spectra (1/σ) dσ/dx against
/// x = E_Z′/E₀ for several Z′ masses (the NA64-μ prospects paper's Fig. 4).
///
/// Columns `x` and one `spectrum_m_<mass in GeV>` per mass (`.` written `p`: `spectrum_m_0p01`).
public struct StrahlungSpectrumTable: InterStepTable, Equatable {
    /// The column prefix of the spectra.
    public static let spectrumPrefix = "spectrum_m_"

    /// The column holding the spectrum of a Z′ of mass `massGeV`.
    public static func columnName(massGeV: Double) -> String {
        spectrumPrefix
            + canonicalNumber(massGeV).replacingOccurrences(of: ".", with: "p")
            .replacingOccurrences(of: "-", with: "m").replacingOccurrences(of: "+", with: "")
    }

    /// The columns for these masses, in order.
    public static func columnNames(massesGeV: [Double]) -> [String] { ["x"] + massesGeV.map(columnName(massGeV:)) }

    /// Energy fractions x = E_Z′/E₀.
    public var energyFractions: [Double]
    /// Z′ masses [GeV], one spectrum each.
    public var massesGeV: [Double]
    /// (1/σ) dσ/dx at each x, one array per mass.
    public var spectra: [[Double]]
    /// beam, masses_GeV, totals (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(energyFractions: [Double], massesGeV: [Double], spectra: [[Double]], metadata: [(key: String, value: String)] = []) {
        self.energyFractions = energyFractions
        self.massesGeV = massesGeV
        self.spectra = spectra
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [.init("x", unit: "1", "energy fraction E_Z'/E_0", energyFractions)]
                + zip(massesGeV, spectra).map { mass, spectrum in
                    .init(
                        Self.columnName(massGeV: mass), unit: "1", "(1/sigma) dsigma/dx for m_Z' = \(canonicalNumber(mass)) GeV", spectrum)
                }, metadata: metadata)
    }

    /// Reads the table; the masses come from the `masses_GeV` metadata (space-separated, in column order).
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let masses = (table.metadata("masses_GeV") ?? "").split(separator: " ").compactMap { Double($0) }
        let columns = try table.columns(Self.columnNames(massesGeV: masses))
        self.init(energyFractions: columns[0], massesGeV: masses, spectra: Array(columns.dropFirst()), metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}

import Foundation

/// The `signal-energy-spectra` step's `table` (2022 paper, Fig. 6): the downstream efficiency η(E_F) and,
/// per process and Z′ mass, the E_F spectrum normalised to a peak of 1 and the same times η.
///
/// Columns `E_GeV`, `efficiency`, then for each curve `<process>_m_<mass>` and `<process>_weighted_m_<mass>`
/// (process `radiative` or `resonant`, mass in GeV with `.` written `p`: `resonant_m_0p25`).
public struct SignalEnergySpectrumTable: InterStepTable, Equatable {
    /// One process at one mass.
    public struct Curve: Sendable, Equatable {
        /// `radiative` or `resonant`.
        public var process: String
        /// Z′ mass [GeV].
        public var massGeV: Double
        /// The E_F spectrum over its maximum.
        public var spectrum: [Double]

        /// A curve.
        public init(process: String, massGeV: Double, spectrum: [Double]) {
            self.process = process
            self.massGeV = massGeV
            self.spectrum = spectrum
        }

        /// The spectrum's column name.
        public var spectrumColumn: String { SignalEnergySpectrumTable.columnName(process: process, massGeV: massGeV, weighted: false) }
        /// The η-weighted spectrum's column name.
        public var weightedColumn: String { SignalEnergySpectrumTable.columnName(process: process, massGeV: massGeV, weighted: true) }
    }

    /// `<process>_m_<mass>` or `<process>_weighted_m_<mass>`.
    public static func columnName(process: String, massGeV: Double, weighted: Bool) -> String {
        let mass = canonicalNumber(massGeV).replacingOccurrences(of: ".", with: "p")
            .replacingOccurrences(of: "-", with: "m").replacingOccurrences(of: "+", with: "")
        return process + (weighted ? "_weighted_m_" : "_m_") + mass
    }

    /// Z′ energies E_F [GeV].
    public var energiesGeV: [Double]
    /// η(E_F).
    public var efficiency: [Double]
    /// The curves, in column order.
    public var curves: [Curve]
    /// curves, average efficiencies (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// The columns for these curves (process, mass), in order.
    public static func columnNames(curves: [(process: String, massGeV: Double)]) -> [String] {
        ["E_GeV", "efficiency"]
            + curves.flatMap {
                [
                    columnName(process: $0.process, massGeV: $0.massGeV, weighted: false),
                    columnName(process: $0.process, massGeV: $0.massGeV, weighted: true)
                ]
            }
    }

    /// A table from its columns.
    public init(energiesGeV: [Double], efficiency: [Double], curves: [Curve], metadata: [(key: String, value: String)] = []) {
        self.energiesGeV = energiesGeV
        self.efficiency = efficiency
        self.curves = curves
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("E_GeV", unit: "GeV", "energy E_F carried by the Z'", energiesGeV),
                .init("efficiency", unit: "1", "downstream efficiency eta(E_F)", efficiency)
            ]
                + curves.flatMap { curve in
                    [
                        Table.Column(
                            curve.spectrumColumn, unit: "1",
                            "\(curve.process) E_F spectrum, m_Z' = \(canonicalNumber(curve.massGeV)) GeV, over its maximum",
                            curve.spectrum),
                        Table.Column(
                            curve.weightedColumn, unit: "1", "the same times eta(E_F)", zip(curve.spectrum, efficiency).map { $0 * $1 })
                    ]
                }, metadata: metadata)
    }

    /// Reads the table; the curves come from the `curves` metadata (`process:mass` pairs, space-separated).
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let pairs: [(process: String, massGeV: Double)] = (table.metadata("curves") ?? "").split(separator: " ").compactMap {
            let parts = $0.split(separator: ":")
            guard parts.count == 2, let mass = Double(parts[1]) else { return nil }
            return (String(parts[0]), mass)
        }
        let columns = try table.columns(Self.columnNames(curves: pairs))
        self.init(
            energiesGeV: columns[0], efficiency: columns[1],
            curves: pairs.enumerated().map { Curve(process: $1.process, massGeV: $1.massGeV, spectrum: columns[2 + 2 * $0]) },
            metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}

import Foundation

/// The `atomic-cross-section` step's `table`: σ(e⁺e⁻ → Z′ → invisible) per lead atom vs E₊ (docs/PHYSICS.md §6).
///
/// Columns `E_GeV`, `sigma_at_rest_cm2` and, when computed, `sigma_atomic_motion_cm2`.
public struct AtomicCrossSectionTable: InterStepTable, Equatable {
    /// The columns for a table with or without the atomic-motion curve, in order.
    public static func columnNames(atomicMotion: Bool) -> [String] {
        ["E_GeV", "sigma_at_rest_cm2"] + (atomicMotion ? ["sigma_atomic_motion_cm2"] : [])
    }

    /// Positron energies [GeV].
    public var energiesGeV: [Double]
    /// Z σ_inv with all electrons at rest [cm²].
    public var atRestCm2: [Double]
    /// σ per atom with atomic-electron motion [cm²], if computed.
    public var atomicMotionCm2: [Double]?
    /// model, target, resonance_E_GeV (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(energiesGeV: [Double], atRestCm2: [Double], atomicMotionCm2: [Double]?, metadata: [(key: String, value: String)] = []) {
        self.energiesGeV = energiesGeV
        self.atRestCm2 = atRestCm2
        self.atomicMotionCm2 = atomicMotionCm2
        self.metadata = metadata
    }

    public var table: Table {
        var columns: [Table.Column] = [
            .init("E_GeV", unit: "GeV", "positron energy E+ in the lab (target electrons' frame)", energiesGeV),
            .init("sigma_at_rest_cm2", unit: "cm^2", "Z sigma_inv(s = 2 m_e^2 + 2 m_e E+): all electrons at rest", atRestCm2)
        ]
        if let atomicMotionCm2 {
            columns.append(
                .init(
                    "sigma_atomic_motion_cm2", unit: "cm^2",
                    "sigma per atom averaged over the lead subshell momentum distributions (PHYSICS.md section 6)",
                    atomicMotionCm2))
        }
        return Table(columns: columns, metadata: metadata)
    }

    /// Reads the table (the atomic-motion column is optional).
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames(atomicMotion: false))
        let motion = table.hasColumn("sigma_atomic_motion_cm2") ? try table.column("sigma_atomic_motion_cm2") : nil
        self.init(energiesGeV: columns[0], atRestCm2: columns[1], atomicMotionCm2: motion, metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}

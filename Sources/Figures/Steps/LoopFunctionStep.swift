import Foundation
import Physics
import BuildEngine
import DataFormats

/// `loop-function`: Π(q²) on a q² grid that resolves the thresholds (docs/PHYSICS.md §1).
///
/// Output `table`: q² [GeV²], Re Π, Im Π and |Π| in the paper's normalisation g = 2π²/e
/// (the bare x-integral, as in Fig. 2 of arXiv:2206.03101).
struct LoopFunctionStep: StepKind {
    struct Parameters: ParameterSet {
        var q2_min_GeV2: Double = 1e-4
        var q2_max_GeV2: Double = 10
        var points_per_decade: Int = 60
        var threshold_points: Int = 40

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("q2_min_GeV2", unit: "GeV²", "lower end of the q² grid"),
            ParameterDoc("q2_max_GeV2", unit: "GeV²", "upper end of the q² grid"),
            ParameterDoc("points_per_decade", unit: "1", "logarithmic grid density"),
            ParameterDoc(
                "threshold_points", unit: "1",
                "extra points on each side of each threshold 4m_μ², 4m_τ², geometric in the distance to it (10⁻⁶ … 0.3)")
        ]
    }

    static let name = "loop-function"
    static let summary = "Π(q²) of the μ/τ loop on a threshold-resolving q² grid (PHYSICS.md §1)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if !(p.q2_min_GeV2 > 0 && p.q2_max_GeV2 > p.q2_min_GeV2) { return "expected 0 < q2_min_GeV2 < q2_max_GeV2" }
        if p.points_per_decade < 2 || p.points_per_decade > 100_000 { return "points_per_decade: expected 2 to 100000" }
        if p.threshold_points < 0 || p.threshold_points > 100_000 { return "threshold_points: expected 0 to 100000" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: LoopFunctionTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let thresholds = [PhysicalConstants.muonMassGeV, PhysicalConstants.tauMassGeV].map { 4 * $0 * $0 }
        let grid = Grid.thresholdResolving(
            from: p.q2_min_GeV2, to: p.q2_max_GeV2, pointsPerDecade: p.points_per_decade,
            thresholds: thresholds, pointsPerSide: p.threshold_points)
        let values = grid.map { LoopFunction.normalizedIntegral(q2GeV2: $0) }
        let table = LoopFunctionTable(
            q2GeV2: grid, real: values.map(\.real), imaginary: values.map(\.imaginary),
            magnitude: values.map(\.length),
            metadata: [
                ("normalisation", "g = 2 pi^2 / e: the bare x-integral of PHYSICS.md section 1"),
                ("thresholds_GeV2", thresholds.map(canonicalNumber).joined(separator: " "))
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

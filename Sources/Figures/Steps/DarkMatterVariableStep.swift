import Foundation
import Physics
import BuildEngine
import DataFormats

/// `dark-matter-variable`: a limit on g(m_Z′) (a recast step's `table`) drawn in the (m_χ, y) plane of the NA64-μ
/// letter's Fig. 4: m_χ = m_Z′/mass_ratio, y = (g_χ g)² (m_χ/m_Z′)⁴ (docs/PHYSICS.md §14).
///
/// Output `table`: `m_chi_GeV`, `y`.
struct DarkMatterVariableStep: StepKind {
    struct Parameters: ParameterSet {
        var dark_coupling: Double = 0.05
        var mass_ratio: Double = 3

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("dark_coupling", unit: "1", "g_χ (NA64-μ letter: 0.05)"),
            ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ (NA64-μ letter: 3)")
        ]
    }

    static let name = "dark-matter-variable"
    static let summary = "a g(m_Z′) limit converted to y = (g_χ g)² (m_χ/m_Z′)⁴ vs m_χ (PHYSICS.md §14)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs = ["limit"]

    static func validate(_ p: Parameters) -> String? {
        if !(p.dark_coupling > 0 && p.dark_coupling.isFinite) { return "dark_coupling: expected a positive number" }
        if !(p.mass_ratio > 0 && p.mass_ratio.isFinite) { return "mass_ratio: expected a positive number" }
        return nil
    }

    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? { .table(columns: ["m_chi_GeV", "y"]) }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let limit: RecastCurveTable
        do { limit = try RecastCurveTable(decoding: try inputs.data("limit", artifact: "table")) } catch let failure as StepFailure {
            throw failure
        } catch { throw StepFailure("input 'limit': \(error)") }
        let table = Table(
            columns: [
                .init("m_chi_GeV", unit: "GeV", "dark-matter mass m_chi = m_Z'/mass_ratio", limit.massesGeV.map { $0 / p.mass_ratio }),
                .init(
                    "y", unit: "1", "y = (g_chi g)^2 (m_chi/m_Z')^4 at the limit on g",
                    limit.couplingLimits.map { DarkMatterVariable.y(coupling: $0, darkCoupling: p.dark_coupling, massRatio: p.mass_ratio) })
            ],
            metadata: [
                ("dark_coupling", canonicalNumber(p.dark_coupling)), ("mass_ratio", canonicalNumber(p.mass_ratio)),
                ("experiment", limit.experiment), ("confidence_level", limit.confidenceLevel)
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

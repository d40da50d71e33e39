import Foundation
import Physics
import BuildEngine
import DataFormats

/// `loop-function-fit`: Re Π(m²) from the closed form against a compact least-squares parameterisation
/// (`LoopFunctionFit`: a polynomial in √(1 − m²/4m_μ²) below 2m_μ, one in ln m above), for the 2022
/// paper's Fig. 8. Output `table` (`LoopFunctionFitTable`); the metadata records the coefficients and the
/// largest relative error over the plotted grid.
struct LoopFunctionFitStep: StepKind {
    struct Parameters: ParameterSet {
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var degree: Int = 6
        var fit_points: Int = 400
        var points: Int = 600

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the fitted and plotted mass range; below 2m_μ"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end of the fitted and plotted mass range; above 2m_μ"),
            ParameterDoc("degree", unit: "1", "degree of each of the two polynomials (0 to 12)"),
            ParameterDoc(
                "fit_points", unit: "1",
                "exact values fitted on each side of 2m_μ (half logarithmic, half crowding the threshold)"),
            ParameterDoc("points", unit: "1", "points of the logarithmic plotting grid, 2m_μ added")
        ]
    }

    static let name = "loop-function-fit"
    static let summary = "Fig. 8 (2022 paper): Re Π(m²), closed form against a fitted parameterisation (PHYSICS.md §1)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        let threshold = LoopFunctionFit.thresholdMassGeV
        if !(p.mass_min_GeV < threshold && p.mass_max_GeV > threshold) {
            return "expected mass_min_GeV < 2 m_mu = \(canonicalNumber(threshold)) GeV < mass_max_GeV (the fit has two sides)"
        }
        if p.degree < 0 || p.degree > 12 { return "degree: expected 0 to 12" }
        if p.fit_points <= 2 * (p.degree + 1) || p.fit_points > 100_000 {
            return "fit_points: expected more than twice degree + 1 and at most 100000"
        }
        if p.points < 2 || p.points > 100_000 { return "points: expected 2 to 100000" }
        return nil
    }

    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: LoopFunctionFitTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        guard
            let fit = LoopFunctionFit.fitted(
                massMinimumGeV: p.mass_min_GeV, massMaximumGeV: p.mass_max_GeV, degree: p.degree, pointsPerSide: p.fit_points)
        else { throw StepFailure("the least-squares fit of Re Pi is singular (degree \(p.degree), \(p.fit_points) points)") }
        let masses = Grid.merged(
            [LogarithmicGrid(from: p.mass_min_GeV, to: p.mass_max_GeV, count: p.points).points, [LoopFunctionFit.thresholdMassGeV]],
            lower: p.mass_min_GeV, upper: p.mass_max_GeV)
        let exact = masses.map(LoopFunctionFit.exactRealPart(massGeV:))
        let fitted = masses.map(fit.realPart(massGeV:))
        let table = LoopFunctionFitTable(
            massesGeV: masses, exact: exact, fitted: fitted,
            metadata: [
                ("normalisation", "g = 2 pi^2 / e: the bare x-integral of PHYSICS.md section 1"),
                (
                    "parameterisation",
                    "sum a_k w^k, w = sqrt(1 - m^2/4 m_mu^2) below 2 m_mu; sum b_k v^k, v = ln(m/2m_mu)/ln(m_max/2m_mu) above"
                ),
                ("coefficients_below", fit.belowThreshold.map(canonicalNumber).joined(separator: " ")),
                ("coefficients_above", fit.aboveThreshold.map(canonicalNumber).joined(separator: " ")),
                ("maximum_relative_error", canonicalNumber(fit.maximumRelativeError(massesGeV: masses)))
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

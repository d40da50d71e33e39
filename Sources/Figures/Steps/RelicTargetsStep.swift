import Foundation
import Physics
import BuildEngine
import DataFormats

/// `relic-targets`: thermal targets from the Boltzmann equation (docs/PHYSICS.md §14) for one or more dark-matter
/// candidates annihilating through the Z′ into μ, τ and ν_μ, ν_τ.
///
/// Input `degrees-of-freedom`: a `kind: table` dataset with columns `T`, `g_rho`, `g_rho_over_g_s` (the shipped
/// Borsanyi et al. 2016 table). Output `table`: `m_chi_GeV`, `m_GeV` (= mass_ratio · m_χ), and per candidate
/// `g_KIND`, `y_KIND` (y = g_χ² g² (m_χ/m_Z′)⁴) and `xf_KIND` (KIND with `-` written `_`).
struct RelicTargetsStep: StepKind {
    struct Parameters: ParameterSet {
        var dark_matter: [String] = DarkMatterKind.allCases.map(\.rawValue)
        var mass_ratio: Double = 3
        var dark_coupling: Double?
        var alpha_dark: Double?
        var relic_density: Double = 0.12
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var points: Int = 31
        var steps: Int = 2000
        var x_end: Double = 1e4

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("dark_matter", "candidates: complex-scalar, pseudo-dirac (small splitting), majorana"),
            ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ (the NA64 papers: 3)"),
            .optional("dark_coupling", unit: "1", "g_χ, the Z′ coupling to χ (NA64-μ letter: 0.05)", whenAbsent: "from alpha_dark"),
            .optional("alpha_dark", unit: "1", "α_D = g_χ²/4π (NA64-e papers: 0.1 or 0.02)", whenAbsent: "from dark_coupling"),
            ParameterDoc("relic_density", unit: "1", "Ω h² to reach (Planck 2018: 0.12)"),
            ParameterDoc("mass_min_GeV", unit: "GeV", "lightest m_χ of the logarithmic grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "heaviest m_χ of the logarithmic grid"),
            ParameterDoc("points", unit: "1", "masses of the logarithmic grid"),
            ParameterDoc("steps", unit: "1", "BDF2 steps of the Boltzmann equation, uniform in ln x from x = 1 to x_end"),
            ParameterDoc("x_end", unit: "1", "last x = m_χ/T integrated (the rest of the annihilation is added in closed form)")
        ]

        /// The candidates, parsed.
        var kinds: [DarkMatterKind] { dark_matter.compactMap(DarkMatterKind.init(rawValue:)) }
        /// g_χ from whichever key is given.
        var darkCoupling: Double { dark_coupling ?? (4 * Double.pi * (alpha_dark ?? 0)).squareRoot() }
    }

    static let name = "relic-targets"
    static let summary = "thermal targets from the Boltzmann equation for scalar, pseudo-Dirac, Majorana χ (PHYSICS.md §14)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs = ["degrees-of-freedom"]

    static func validate(_ p: Parameters) -> String? {
        if p.dark_matter.isEmpty { return "dark_matter: expected one or more of complex-scalar, pseudo-dirac, majorana" }
        if let bad = p.dark_matter.first(where: { DarkMatterKind(rawValue: $0) == nil }) {
            return "dark_matter: expected complex-scalar, pseudo-dirac or majorana, found '\(bad)'"
        }
        if Set(p.dark_matter).count != p.dark_matter.count { return "dark_matter: a candidate is listed twice" }
        if (p.dark_coupling == nil) == (p.alpha_dark == nil) { return "expected exactly one of dark_coupling and alpha_dark" }
        if let g = p.dark_coupling, !(g > 0 && g <= 4 * Double.pi) { return "dark_coupling: expected a value in (0, 4π]" }
        if let alpha = p.alpha_dark, !(alpha > 0 && alpha <= 1) { return "alpha_dark: expected a value in (0, 1]" }
        if !(p.mass_ratio > 2 && p.mass_ratio.isFinite) { return "mass_ratio: expected m_Z'/m_chi > 2" }
        if !(p.relic_density > 0 && p.relic_density.isFinite) { return "relic_density: expected a positive number" }
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if p.points < 2 || p.points > 10_000 { return "points: expected 2 to 10000" }
        if p.steps < 50 || p.steps > 1_000_000 { return "steps: expected 50 to 1000000" }
        if !(p.x_end >= 100 && p.x_end <= 1e7) { return "x_end: expected a value in [100, 1e7]" }
        return nil
    }

    /// The column-name suffix of a candidate.
    static func suffix(_ kind: DarkMatterKind) -> String { kind.rawValue.replacingOccurrences(of: "-", with: "_") }

    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: ["m_chi_GeV", "m_GeV"] + p.kinds.flatMap { ["g_\(suffix($0))", "y_\(suffix($0))", "xf_\(suffix($0))"] })
    }

    /// The plasma's degrees of freedom from a `kind: table` dataset (T, g_rho, g_rho_over_g_s).
    static func degreesOfFreedom(_ inputs: StepInputs, role: String) throws -> EffectiveDegreesOfFreedom {
        let file = inputs.sources[role] ?? role
        let dataset: DatasetColumnTable
        do {
            dataset = try DatasetColumnTableParser.parse(text: String(decoding: try inputs.data(role), as: UTF8.self), file: file)
        } catch let failure as StepFailure {
            throw failure
        } catch {
            throw StepFailure("\(error)")
        }
        guard let t = dataset.column(named: "T"), let g = dataset.column(named: "g_rho"),
            let ratio = dataset.column(named: "g_rho_over_g_s")
        else {
            throw StepFailure("\(file): expected the columns T [energy], g_rho [1] and g_rho_over_g_s [1]")
        }
        guard t.unit == .gigaElectronVolt, g.unit == .dimensionless, ratio.unit == .dimensionless else {
            throw StepFailure("\(file): expected T in an energy unit and g_rho, g_rho_over_g_s dimensionless")
        }
        guard g.values.allSatisfy({ $0 > 0 }), ratio.values.allSatisfy({ $0 > 0 }) else {
            throw StepFailure("\(file): expected positive g_rho and g_rho_over_g_s")
        }
        return EffectiveDegreesOfFreedom(
            temperaturesGeV: t.values, energyDegrees: g.values, entropyDegrees: zip(g.values, ratio.values).map { $0 / $1 })
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let degrees = try degreesOfFreedom(inputs, role: "degrees-of-freedom")
        let masses = LogarithmicGrid(from: p.mass_min_GeV, to: p.mass_max_GeV, count: p.points).points
        let kinds = p.kinds
        let coupling = p.darkCoupling
        let targets = kinds.map { kind in
            RelicTarget(
                kind: kind, massRatio: p.mass_ratio, darkCoupling: coupling, relicDensity: p.relic_density, steps: p.steps,
                xEnd: p.x_end)
        }
        // One job per mass: its candidates share the plasma part of the freeze-out grid (g_s, g_*^{1/2}).
        let pointsByMass = OrderedParallelMap.map(count: masses.count, progress: context.reportProgress) { index in
            let plasma = targets[0].plasma(darkMatterMassGeV: masses[index], degrees: degrees)
            return targets.map { $0.point(plasma: plasma) }
        }
        let points = kinds.indices.flatMap { k in pointsByMass.map { $0[k] } }
        var columns: [Table.Column] = [
            .init("m_chi_GeV", unit: "GeV", "dark-matter mass m_chi", masses),
            .init("m_GeV", unit: "GeV", "Z' mass m_Z' = mass_ratio * m_chi", masses.map { $0 * p.mass_ratio })
        ]
        for (k, kind) in kinds.enumerated() {
            let slice = Array(points[(k * masses.count)..<((k + 1) * masses.count)])
            guard slice.allSatisfy({ $0 != nil }) else {
                let bad = zip(masses, slice).first { $0.1 == nil }!.0
                throw StepFailure("\(kind.rawValue): no coupling in [1e-9, 10] gives Omega h^2 = \(p.relic_density) at m_chi = \(bad) GeV")
            }
            let found = slice.map { $0! }
            let name = suffix(kind)
            columns += [
                .init("g_\(name)", unit: "1", "g_Z' on the \(kind.rawValue) thermal target", found.map(\.coupling)),
                .init("y_\(name)", unit: "1", "y = g_chi^2 g^2 (m_chi/m_Z')^4 on the \(kind.rawValue) target", found.map(\.yVariable)),
                .init("xf_\(name)", unit: "1", "freeze-out x_f = m_chi/T where Y = 2 Y_eq", found.map { $0.freezeOutX ?? 0 })
            ]
        }
        let table = Table(
            columns: columns,
            metadata: [
                ("dark_coupling", canonicalNumber(coupling)),
                ("mass_ratio", canonicalNumber(p.mass_ratio)),
                ("relic_density", canonicalNumber(p.relic_density)),
                ("origin", "computed by this project: Boltzmann equation, Gondolo-Gelmini <sigma v>, PHYSICS.md section 14")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

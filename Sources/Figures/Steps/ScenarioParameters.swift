import BuildEngine
import Physics

/// A Z′ scenario as figures.yaml declares it: vanilla (no dark sector) or dark with α_D and m_Z′/m_χ (docs/PHYSICS.md §10).
struct ScenarioParameters: ParameterSet, Hashable {
    var name: String
    /// The suffix as figures.yaml gives it; absent means "-NAME" (see `suffix`).
    var suffixGiven: String?
    var alpha_D: Double?
    var mass_ratio: Double = 3

    enum CodingKeys: String, CodingKey {
        case name, suffixGiven = "suffix", alpha_D, mass_ratio
    }

    /// A scenario; `suffix` defaults to "-NAME".
    init(name: String, suffix: String? = nil, alphaDark: Double? = nil, massRatio: Double = 3) {
        self.name = name
        self.suffixGiven = suffix
        self.alpha_D = alphaDark
        self.mass_ratio = massRatio
    }

    /// Appended to the experiment name to name each limit artifact ("" for vanilla, e.g. "-alpha-d-0.1").
    var suffix: String { suffixGiven ?? "-\(name)" }

    /// `name` is required: its value here is a placeholder that is never used.
    static let defaults = ScenarioParameters(name: "scenario")
    static let blockName = "scenario block"
    static let parameterDocs: [ParameterDoc] = [
        .required("name", "scenario name, used in messages and in the table metadata"),
        .optional("suffix", "appended to the experiment name to name each limit artifact (`\"\"` for vanilla)", whenAbsent: "`-NAME`"),
        .optional("alpha_D", unit: "1", "α_D of the dark sector, in (0, 1)", whenAbsent: "the vanilla model (g_D = 0)"),
        ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ, > 2 (Z′ → χχ̄ open); used only with α_D (papers: 3)")
    ]

    /// The vanilla model, the name the yields step uses when none is given.
    static let vanilla = ScenarioParameters(name: "vanilla", suffix: "")

    /// The model at one mass and coupling.
    func model(massGeV: Double, coupling: Double) -> ZPrimeModel {
        guard let alphaDark = alpha_D else { return .vanilla(massGeV: massGeV, coupling: coupling) }
        return .dark(massGeV: massGeV, coupling: coupling, alphaDark: alphaDark, massRatio: mass_ratio)
    }

    /// |Π(m²)|² BR_inv at coupling g: what multiplies both per-unit yield integrals (docs/PHYSICS.md §10).
    func piSquaredTimesBranching(massGeV: Double, coupling: Double) -> Double {
        model(massGeV: massGeV, coupling: coupling).piSquaredTimesInvisibleBranching
    }

    /// A message for the first unphysical field, `KEY: expected …` (the caller prefixes the block's key
    /// path), or nil.
    var problem: String? {
        if name.isEmpty { return "name: expected a non-empty name" }
        if suffix.contains("/") { return "suffix: expected a suffix without '/'" }
        if let alphaDark = alpha_D, !(alphaDark > 0 && alphaDark < 1) { return "alpha_D: expected a number in (0, 1)" }
        if !(mass_ratio > 2) { return "mass_ratio: expected a number greater than 2 (Z′ → χχ̄ open)" }
        return nil
    }
}

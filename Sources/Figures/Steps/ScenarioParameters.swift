import Physics

/// A Z′ scenario as figures.yaml declares it: vanilla (no dark sector) or dark with α_D and m_Z′/m_χ (PHYSICS.md §10).
struct ScenarioParameters: Codable, Sendable, Hashable {
    /// Scenario name, used in messages and in the table metadata.
    var name: String
    /// Appended to the experiment name to name each limit artifact ("" for vanilla, e.g. "-alpha-d-0.1").
    var suffix: String
    /// α_D; absent means the vanilla model (g_D = 0).
    var alpha_D: Double?
    /// m_Z′/m_χ (3 in the paper); used only with α_D.
    var mass_ratio: Double = 3

    enum CodingKeys: String, CodingKey { case name, suffix, alpha_D, mass_ratio }

    /// A scenario; `suffix` defaults to "-NAME".
    init(name: String, suffix: String? = nil, alphaDark: Double? = nil, massRatio: Double = 3) {
        self.name = name
        self.suffix = suffix ?? "-\(name)"
        self.alpha_D = alphaDark
        self.mass_ratio = massRatio
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        suffix = try c.decodeIfPresent(String.self, forKey: .suffix) ?? "-\(name)"
        alpha_D = try c.decodeIfPresent(Double.self, forKey: .alpha_D)
        mass_ratio = try c.decodeIfPresent(Double.self, forKey: .mass_ratio) ?? 3
    }

    /// The vanilla model, the name the yields step uses when none is given.
    static let vanilla = ScenarioParameters(name: "vanilla", suffix: "")

    /// The model at one mass and coupling.
    func model(massGeV: Double, coupling: Double) -> ZPrimeModel {
        guard let alphaDark = alpha_D else { return .vanilla(massGeV: massGeV, coupling: coupling) }
        return .dark(massGeV: massGeV, coupling: coupling, alphaDark: alphaDark, massRatio: mass_ratio)
    }

    /// |Π(m²)|² BR_inv at coupling g: what multiplies both per-unit yield integrals (PHYSICS.md §10).
    func piSquaredTimesBranching(massGeV: Double, coupling: Double) -> Double {
        model(massGeV: massGeV, coupling: coupling).piSquaredTimesInvisibleBranching
    }

    /// A message for the first unphysical field, or nil.
    var problem: String? {
        if name.isEmpty { return "scenario name must be non-empty" }
        if suffix.contains("/") { return "scenario '\(name)': suffix must contain no '/'" }
        if let alphaDark = alpha_D, !(alphaDark > 0 && alphaDark < 1) { return "scenario '\(name)': alpha_D must be in (0, 1)" }
        if !(mass_ratio > 2) { return "scenario '\(name)': mass_ratio must exceed 2 (Z′ → χχ̄ open)" }
        return nil
    }
}

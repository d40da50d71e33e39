import BuildEngine

/// The mass range and density shared by the yield and limit steps (see `resonanceResolvingMassGrid`).
struct MassGridParameters: Sendable, Hashable {
    /// Lightest Z′ mass [GeV].
    var mass_min_GeV: Double = 1e-3
    /// Heaviest Z′ mass [GeV].
    var mass_max_GeV: Double = 1
    /// Logarithmic grid density.
    var points_per_decade: Int = 40
    /// Extra uniformly spaced masses across the resonance window (E_R inside the signal region).
    var resonance_points: Int = 120
    /// Extra masses at 2m_μ and in each of three sets around the top of the resonance window.
    var bend_points: Int = 40
    /// The resonance window starts where η first exceeds this fraction of its maximum.
    static let negligibleEfficiency = 1e-6

    /// A message for the first invalid field, or nil.
    var problem: String? {
        if let problem = massRangeProblem(mass_min_GeV, mass_max_GeV) { return problem }
        if points_per_decade < 2 || points_per_decade > 10_000 { return "points_per_decade: expected 2 to 10000" }
        if resonance_points < 0 || resonance_points > 100_000 { return "resonance_points: expected 0 to 100000" }
        if bend_points < 0 || bend_points > 100_000 { return "bend_points: expected 0 to 100000" }
        return nil
    }
}

extension MassGridParameters {
    /// The documentation of the keys the yields and limits steps share: the yield calculation and the mass grid.
    static let sharedDocs: [ParameterDoc] = [
        ParameterDoc(
            "atomic_motion",
            "resonant term with σ_atom (Doppler-smeared by the atomic electrons' motion) instead of electrons at rest"),
        ParameterDoc(
            "scintillator_electrons",
            "resonant annihilation on the scintillator's electrons too (its own T₊ and shells), not only on lead's"),
        ParameterDoc(
            "approximation",
            "strahlung cross section: exact tree level (`etl`: IWW × K(m) = I_rad(ETL)/I_rad(IWW) from input `etl-yield-factors`,"
                + " which must cover the mass range), improved (`iww`) or full (`ww`, t_min-dependent flux) Weizsäcker–Williams"
                + " (PHYSICS.md §7; `ww` tabulates its angular integrals per mass and takes about twice the `iww` time)"),
        ParameterDoc("mass_min_GeV", unit: "GeV", "lightest Z′ mass"),
        ParameterDoc("mass_max_GeV", unit: "GeV", "heaviest Z′ mass"),
        ParameterDoc("points_per_decade", unit: "1", "logarithmic grid density, 2 to 10000"),
        ParameterDoc(
            "resonance_points", unit: "1",
            "extra uniform masses across the window where E_R = (m² − 2m_e²)/2m_e lies in the"
                + " histogram above the efficiency turn-on (η > 10⁻⁶ of its maximum), from 10 % below it to √(2m_e E_top)"),
        ParameterDoc(
            "bend_points", unit: "1",
            "extra masses in each of four sets where the curve bends: uniform at 2m_μ (−2 % … +6 %); around the top of the"
                + " resonance window m_top = √(2m_e E_top), m_top × (1 ± δ), δ logarithmic from 10⁻⁴ to 0.3 above, to 0.1 below,"
                + " and uniform from m_top to 1.3 m_top")
    ]
}

/// The check every step with a mass grid makes of its `mass_min_GeV` and `mass_max_GeV`: both finite,
/// 0 < min < max (a logarithmic grid needs a positive lower end); nil when they are usable.
func massRangeProblem(_ minimumGeV: Double, _ maximumGeV: Double) -> String? {
    minimumGeV > 0 && maximumGeV > minimumGeV && maximumGeV.isFinite ? nil : "expected 0 < mass_min_GeV < mass_max_GeV"
}

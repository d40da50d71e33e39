import BuildEngine
import Physics

/// The strahlung cross section as figures.yaml names it (docs/PHYSICS.md §7): `etl` (exact tree level, the default of
/// the yields and limits: IWW times K(m) = I_rad(ETL)/I_rad(IWW) from an `etl-yield-factors` table), `iww` (improved
/// Weizsäcker–Williams) or `ww` (full WW with the t_min-dependent flux χ(t_min)).
enum StrahlungChoice: String, ParameterChoice, Hashable, CaseIterable {
    case etl
    case iww
    case ww

    /// The Physics module's approximation (for `etl`, the IWW cross section that K(m) multiplies).
    var approximation: StrahlungApproximation {
        switch self {
        case .etl, .iww: .improvedWeizsackerWilliams
        case .ww: .weizsackerWilliams
        }
    }
}

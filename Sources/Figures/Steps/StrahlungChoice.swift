import BuildEngine
import Physics

/// The strahlung cross section as figures.yaml names it: `iww` (improved Weizsäcker–Williams, the default of
/// docs/PHYSICS.md §7) or `ww` (full WW with the t_min-dependent flux χ(t_min)).
enum StrahlungChoice: String, ParameterChoice, Hashable, CaseIterable {
    case iww
    case ww

    /// The Physics module's approximation.
    var approximation: StrahlungApproximation {
        switch self {
        case .iww: .improvedWeizsackerWilliams
        case .ww: .weizsackerWilliams
        }
    }
}

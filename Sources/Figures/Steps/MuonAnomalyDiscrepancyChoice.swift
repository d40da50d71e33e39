import BuildEngine
import Physics

/// The Δa_μ ± σ a g − 2 band explains, as figures.yaml names it: `2024` (the 2024 letters' (249 ± 48)×10⁻¹¹,
/// the default) or `2022` (the 2022 paper's (251 ± 59)×10⁻¹¹); docs/PHYSICS.md §3.
enum MuonAnomalyDiscrepancyChoice: String, ParameterChoice, Hashable, CaseIterable {
    case letters2024 = "2024"
    case paper2022 = "2022"

    /// The Physics module's discrepancy.
    var discrepancy: MuonAnomalyDiscrepancy {
        switch self {
        case .letters2024: .standard
        case .paper2022: .paper2022
        }
    }
}

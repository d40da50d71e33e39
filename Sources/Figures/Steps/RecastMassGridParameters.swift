import Foundation
import Physics

/// The mass grid every recast step evaluates its limit on: logarithmic, both ends included.
///
/// 1 MeV to 1 GeV at 30 points per decade (91 masses) by default: the recast curves are smooth in
/// log m (no resonances), so 30 per decade keeps the straight segments between points within a
/// line width of the curve on a two-column exclusion plot.
struct RecastMassGridParameters: Sendable, Equatable {
    /// Lightest mass [GeV].
    var massMinimumGeV: Double = 1e-3
    /// Heaviest mass [GeV].
    var massMaximumGeV: Double = 1
    /// Logarithmic density of the grid.
    var pointsPerDecade: Int = 30

    /// The masses [GeV]: ⌈decades · density⌉ + 1 points from the lightest to the heaviest.
    var massesGeV: [Double] {
        LogarithmicGrid(from: massMinimumGeV, to: massMaximumGeV, pointsPerDecade: pointsPerDecade, evaluation: .exponentOfStep).points
    }

    /// A message naming the offending keys, or nil if the grid is usable.
    var problem: String? {
        if let problem = massRangeProblem(massMinimumGeV, massMaximumGeV) {
            return problem + ", found \(massMinimumGeV) and \(massMaximumGeV)"
        }
        if pointsPerDecade < 1 || pointsPerDecade > 10_000 {
            return "points_per_decade: expected 1 to 10000, found \(pointsPerDecade)"
        }
        return nil
    }

    /// The grid as header notes of a computed dataset.
    var note: String {
        "mass grid: \(massesGeV.count) masses log-spaced from \(massMinimumGeV) to \(massMaximumGeV) GeV (\(pointsPerDecade) per decade)"
    }
}

import Foundation

/// χ(t_min) at a fixed t_max, evaluated fast and without interpolation error.
///
/// χ(τ) = A(τ) − τ B(τ) with A(τ) = ∫_τ^{t_max} G/t dt and B(τ) = ∫_τ^{t_max} G/t² dt. A and B are
/// tabulated once on a grid in ln t (20 cells per decade, an 8-point Gauss–Legendre rule per cell:
/// G is smooth on that scale, so each cell is exact to ~10⁻¹⁴); a query adds one 8-point rule on the
/// partial cell [τ, t_{k+1}]. The yield needs χ at many beam energies (IWW: t_min = (m²/2E)²) or at
/// every (x, θ) (WW: t_min depends on both), hence the table.
public struct PhotonFluxTable: Sendable {
    /// The form factors.
    public let flux: NuclearPhotonFlux
    /// Upper limit t_max [GeV²].
    public let tMaxGeV2: Double
    /// Grid in ln t, ascending, ending at ln t_max.
    let logGrid: [Double]
    /// A at each grid node.
    let cumulativeOverT: [Double]
    /// B at each grid node.
    let cumulativeOverT2: [Double]

    static let cellsPerDecade = 20.0
    static let rule = GaussLegendre(pointCount: 8)

    /// Builds the table for t_min ≥ `smallestTMinGeV2`; smaller t_min falls back to the direct integral.
    public init(flux: NuclearPhotonFlux, tMaxGeV2: Double, smallestTMinGeV2: Double) {
        precondition(tMaxGeV2 > 0 && smallestTMinGeV2 > 0, "t limits must be positive")
        self.flux = flux
        self.tMaxGeV2 = tMaxGeV2
        let lower = log(min(smallestTMinGeV2, tMaxGeV2 / 10)), upper = log(tMaxGeV2)
        let cells = max(1, Int(((upper - lower) / log(10.0) * Self.cellsPerDecade).rounded(.up)))
        let grid = (0...cells).map { lower + (upper - lower) * Double($0) / Double(cells) }
        var overT = [Double](repeating: 0, count: grid.count)
        var overT2 = [Double](repeating: 0, count: grid.count)
        for k in stride(from: cells - 1, through: 0, by: -1) {
            let (a, b) = Self.cellIntegrals(flux, grid[k], grid[k + 1])
            overT[k] = overT[k + 1] + a
            overT2[k] = overT2[k + 1] + b
        }
        logGrid = grid
        cumulativeOverT = overT
        cumulativeOverT2 = overT2
    }

    /// (∫ G/t dt, ∫ G/t² dt) over [e^lo, e^hi], integrating in ln t.
    static func cellIntegrals(_ flux: NuclearPhotonFlux, _ lo: Double, _ hi: Double) -> (Double, Double) {
        let mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo)
        var overT = 0.0, overT2 = 0.0
        for i in rule.nodes.indices {
            let t = exp(mid + half * rule.nodes[i])
            let g = flux.formFactor(tGeV2: t) * rule.weights[i]
            overT += g
            overT2 += g / t
        }
        return (overT * half, overT2 * half)
    }

    /// χ(t_min) with this table's t_max; 0 when t_min ≥ t_max.
    public func chi(tMinGeV2 tMin: Double) -> Double {
        guard tMin < tMaxGeV2 else { return 0 }
        let logT = log(tMin)
        guard logT >= logGrid[0] else { return flux.chi(tMinGeV2: tMin, tMaxGeV2: tMaxGeV2) }
        // Cell k with grid[k] ≤ ln τ < grid[k+1]; the grid is uniform.
        let step = logGrid[1] - logGrid[0]
        let k = min(logGrid.count - 2, Int((logT - logGrid[0]) / step))
        let (a, b) = Self.cellIntegrals(flux, logT, logGrid[k + 1])
        let overT = cumulativeOverT[k + 1] + a
        let overT2 = cumulativeOverT2[k + 1] + b
        return max(0, overT - tMin * overT2)
    }
}

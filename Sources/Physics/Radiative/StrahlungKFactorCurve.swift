import Foundation

/// K(m) = I_rad^ETL/I_rad^IWW of the Z′-strahlung yield on a mass grid, interpolated linearly in ln m
/// (docs/PHYSICS.md §7, §10).
///
/// The yield integrals take the IWW dσ/dx (one analytic angular integral per x) and multiply the radiative
/// integral by K(m): the exact tree level costs seconds per mass (`ExactTreeLevelYieldFactor`), K is smooth in ln m,
/// and the `etl-yield-factors` step tabulates it once on a coarse grid. The interpolation error between its masses is
/// measured against direct ETL yields in the tests.
public struct StrahlungKFactorCurve: Sendable {
    /// Grid masses [GeV], strictly increasing.
    public let massesGeV: [Double]
    /// K at each mass.
    public let factors: [Double]
    let interpolator: LinearInterpolator

    /// The curve from ≥ 2 increasing masses and positive factors.
    public init(massesGeV: [Double], factors: [Double]) {
        self.massesGeV = massesGeV
        self.factors = factors
        interpolator = LinearInterpolator(x: massesGeV.map { log($0) }, y: factors)
    }

    /// K at `massGeV`, or nil outside the grid (no extrapolation).
    public func factor(atMassGeV mass: Double) -> Double? {
        if mass == massesGeV[0] { return factors[0] }
        if mass == massesGeV[massesGeV.count - 1] { return factors[factors.count - 1] }
        return interpolator(log(mass))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An upper limit on the L_μ−L_τ coupling g as a function of the Z′ mass: what every recast returns.
///
/// `couplingLimits[i]` is the 90 % (or whatever the recast states) CL upper bound on g at
/// `massesGeV[i]`; `nil` where the recast sets no bound (e.g. no solution below the perturbative cap).
public struct CouplingLimitCurve: Sendable, Hashable, Codable {
    /// Z′ masses [GeV], as given by the caller.
    public var massesGeV: [Double]
    /// Upper limit on g at each mass, or nil where there is none.
    public var couplingLimits: [Double?]

    /// Memberwise initialiser.
    public init(massesGeV: [Double], couplingLimits: [Double?]) {
        precondition(massesGeV.count == couplingLimits.count, "one limit per mass")
        self.massesGeV = massesGeV
        self.couplingLimits = couplingLimits
    }
}

/// Mass grids shared by the recasts' default parameters.
public enum RecastMassGrid {
    /// The default grid of every recast: 1 MeV to 10 GeV, 10 points per decade (41 masses).
    public static let standard: [Double] = LogarithmicGrid(from: 1e-3, to: 10, count: 41, evaluation: .exponentOfStep).points
}

/// The positive root y of B y² + A y + C = 0 with B > 0, C < 0 (so exactly one positive root exists).
///
/// Written in the cancellation-free form q = −(A + sign(A)√D)/2, roots q/B and C/q
/// (Numerical Recipes §5.6): A y is often much larger than B y² at the limit.
func positiveQuadraticRoot(quadratic b: Double, linear a: Double, constant c: Double) -> Double {
    precondition(b > 0 && c < 0, "one positive root needs B > 0 and C < 0")
    let discriminant = a * a - 4 * b * c
    let q = -0.5 * (a + (a >= 0 ? 1 : -1) * discriminant.squareRoot())
    return max(q / b, c / q)
}

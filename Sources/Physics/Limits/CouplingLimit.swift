/// An upper limit on the Z′ coupling at one mass, with the number of width iterations it took.
public struct CouplingLimit: Sendable, Hashable, Codable {
    /// The excluded coupling g_up.
    public var coupling: Double
    /// Fixed-point iterations until g changed by less than the tolerance (docs/PHYSICS.md §10).
    public var iterations: Int

    /// Memberwise initialiser.
    public init(coupling: Double, iterations: Int) {
        self.coupling = coupling
        self.iterations = iterations
    }
}

/// Errors from the coupling-limit solvers.
public enum CouplingLimitError: Error, Sendable, Equatable {
    /// The yield is zero (or not finite) at this coupling: the experiment has no sensitivity.
    case noSensitivity(coupling: Double)
    /// The width iteration did not settle within the allowed number of steps.
    case notConverged(lastCoupling: Double, iterations: Int)
}

/// Solvers for g_up at one mass: the absolute method and the ratio method (docs/PHYSICS.md §10).
///
/// Both iterate because the widths depend on g: the yield is g² × f(g), with f = |Π(m²)/g|² BR_inv(g)
/// constant in the vanilla model (every width ∝ g²: one step is exact, the second confirms it) and slowly
/// varying in the dark model (Γ_χχ ∝ α_D dominates, BR_inv = 1 − O(g²/α_D)). The update
/// g ← g √(N_up/N(g)) is the exact solution if f were frozen at the current g; it converges whenever
/// |d ln f/d ln g| < 2, i.e. always here.
public enum CouplingLimitSolver {
    /// Absolute method: solve N(g) = N_up.
    /// - Parameters:
    ///   - events: expected signal events N(g) at coupling g.
    ///   - upperLimitEvents: N_up.
    ///   - initialCoupling: the first guess (any positive value).
    ///   - relativeTolerance: stop when |Δg|/g is below this (10⁻⁶ by default, as docs/PHYSICS.md asks).
    public static func absolute(
        events: (Double) -> Double, upperLimitEvents: Double, initialCoupling: Double = 1e-3,
        relativeTolerance: Double = 1e-6, maximumIterations: Int = 100
    ) throws -> CouplingLimit {
        try iterate(initialCoupling, relativeTolerance, maximumIterations) { g in
            let n = events(g)
            guard n > 0, n.isFinite else { throw CouplingLimitError.noSensitivity(coupling: g) }
            return g * (upperLimitEvents / n).squareRoot()
        }
    }

    /// Ratio method (NA64 2022, Eq. 14): g_up² = ε_up(m)² R with
    /// R = I_A′ / (I_Z′(g)/g²), I_A′ the dark-photon yield integral for ε = 1 (radiative only, as the
    /// dark-photon limit was derived from it) and I_Z′ the Z′ yield integral at coupling g (radiative +
    /// resonant, BR and Π included). N_EOT, κ and n_Pb cancel, and so does most of the cross-section
    /// model dependence.
    /// - Parameters:
    ///   - darkPhotonLimitEpsilon: ε_up(m) from the dark-photon limit curve.
    ///   - darkPhotonIntegral: I_A′ (any units, shared with `zPrimeIntegral`).
    ///   - zPrimeIntegral: I_Z′(g) in the same units.
    public static func ratio(
        darkPhotonLimitEpsilon: Double, darkPhotonIntegral: Double, zPrimeIntegral: (Double) -> Double,
        initialCoupling: Double = 1e-3, relativeTolerance: Double = 1e-6, maximumIterations: Int = 100
    ) throws -> CouplingLimit {
        try iterate(initialCoupling, relativeTolerance, maximumIterations) { g in
            let perG2 = zPrimeIntegral(g) / (g * g)
            guard perG2 > 0, perG2.isFinite else { throw CouplingLimitError.noSensitivity(coupling: g) }
            return darkPhotonLimitEpsilon * (darkPhotonIntegral / perG2).squareRoot()
        }
    }

    /// g_{k+1} = update(g_k) until |g_{k+1} − g_k| < tolerance·g_{k+1}.
    static func iterate(
        _ start: Double, _ tolerance: Double, _ maximum: Int,
        _ update: (Double) throws -> Double
    ) throws -> CouplingLimit {
        var g = start
        for iteration in 1...maximum {
            let next = try update(g)
            if abs(next - g) < tolerance * abs(next) { return CouplingLimit(coupling: next, iterations: iteration) }
            g = next
        }
        throw CouplingLimitError.notConverged(lastCoupling: g, iterations: maximum)
    }
}

/// An external dark-photon upper limit ε_up(m), interpolated log–log between its points.
public struct DarkPhotonLimitCurve: Sendable {
    let interpolator: LinearInterpolator

    /// The curve from masses [GeV] (strictly increasing) and ε_up values (positive).
    public init(massesGeV: [Double], epsilons: [Double]) {
        interpolator = LinearInterpolator(x: massesGeV, y: epsilons, scale: .logLog)
    }

    /// ε_up at `massGeV`, or nil outside the curve's mass range.
    public func epsilon(atMassGeV mass: Double) -> Double? { interpolator(mass) }
}

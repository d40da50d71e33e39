/// How the coupling limit at one mass follows from the per-unit yield integrals (docs/PHYSICS.md §10).
public enum YieldLimitMethod: Sendable {
    /// Solve N(g) = N_up for the exposure.
    case absolute(exposure: Exposure, upperLimitEvents: Double)
    /// g_up² = ε_up(m)² I_A′ / (I_Z′(g)/g²) against the external dark-photon limit ε_up at this mass
    /// (nil where the external limit has no point).
    case ratio(darkPhotonEpsilon: Double?)
}

/// The 90 % CL (or other) upper limit g_up at one mass of the NA64-e yield (docs/PHYSICS.md §10).
public enum YieldLimit {
    /// g_up at one mass, or nil where the experiment has no sensitivity: no signal at any coupling, or,
    /// for the ratio method, no external limit at this mass or no radiative yield to compare with.
    ///
    /// `strength(g)` is |Π(m²)|² BR_inv at coupling g for the scenario (what multiplies both integrals).
    /// - Throws: `CouplingLimitError.notConverged` when the width iteration does not settle: a numerical
    ///   failure, which callers must not confuse with an absence of sensitivity.
    public static func coupling(
        integrals: PerUnitYieldIntegrals, method: YieldLimitMethod,
        strength: (Double) -> Double
    ) throws(CouplingLimitError) -> CouplingLimit? {
        do {
            switch method {
            case .absolute(let exposure, let upperLimitEvents):
                let yield = SignalYield(
                    exposure: exposure, radiativeIntegralCm3: integrals.radiativeCm3,
                    resonantIntegralCm3: integrals.resonantCm3)
                return try CouplingLimitSolver.absolute(
                    events: { yield.events(piSquaredTimesBranching: strength($0)) },
                    upperLimitEvents: upperLimitEvents)
            case .ratio(let epsilon):
                guard let epsilon, integrals.radiativeCm3 > 0 else { return nil }
                let total = integrals.radiativeCm3 + integrals.resonantCm3
                return try CouplingLimitSolver.ratio(
                    darkPhotonLimitEpsilon: epsilon, darkPhotonIntegral: integrals.radiativeCm3,
                    zPrimeIntegral: { total * strength($0) })
            }
        } catch CouplingLimitError.noSensitivity {
            return nil
        } catch let error as CouplingLimitError {
            throw error
        } catch {
            preconditionFailure("CouplingLimitSolver throws only CouplingLimitError, found \(error)")
        }
    }

    /// ε_up at `massGeV` where several segments of an external dark-photon limit cover it: the strongest
    /// (smallest ε) applies; nil where none covers it.
    public static func strongestEpsilon(of curves: [DarkPhotonLimitCurve], atMassGeV massGeV: Double) -> Double? {
        curves.compactMap { $0.epsilon(atMassGeV: massGeV) }.min()
    }
}

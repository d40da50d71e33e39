import Foundation

extension CountingLikelihood {
    /// How a nuisance θ scales a yield y₀ (`NuisanceConstraint`), with what does not depend on θ or y₀ computed once:
    /// ln(1 + r) of the log-normal form was 22 % of a toy limit's time when `scale` took it per call.
    struct YieldScale: Sendable {
        /// The relative uncertainty r.
        let relative: Double
        /// The form of s(θ).
        let constraint: NuisanceConstraint
        /// ln(1 + r) for the log-normal form (0 otherwise).
        let logFactor: Double

        /// The scale of relative uncertainty `r` in the form `constraint`.
        init(relative r: Double, _ constraint: NuisanceConstraint) {
            relative = r
            self.constraint = constraint
            logFactor = constraint == .logNormal && r > 0 ? log1p(r) : 0
        }

        /// Value, first and second derivative of y₀ s(θ).
        func callAsFunction(_ base: Double, _ theta: Double) -> (Double, Double, Double) {
            guard relative > 0 else { return (base, 0, 0) }
            switch constraint {
            case .gaussian:
                let value = base * (1 + relative * theta)
                return value > 0 ? (value, base * relative, 0) : (0, 0, 0)
            case .logNormal:
                let l = logFactor, value = base * exp(l * theta)
                return (value, value * l, value * l * l)
            }
        }
    }

    /// The background's and the signal's scales, fixed for a likelihood whatever its count n.
    struct Scales: Sendable {
        /// θ_b on B.
        let background: YieldScale
        /// θ_s on the signal.
        let signal: YieldScale
    }
}

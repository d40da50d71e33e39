import Foundation

/// How a nuisance parameter θ (constrained by a unit Gaussian around its global observable θ̃) scales a yield.
public enum NuisanceConstraint: String, Sendable, Hashable, Codable {
    /// y(θ) = y₀(1 + r θ), clamped at zero: natural for a small relative uncertainty r.
    case gaussian
    /// y(θ) = y₀ (1 + r)^θ: always positive, the usual choice when r is not small (B = 0.3 ± 0.2 has r = 0.67,
    /// where a Gaussian would put 7 % of its probability below zero).
    case logNormal
}

/// A counting experiment as a likelihood for the profile-likelihood ratio test (docs/PHYSICS.md §10):
///
///     L(μ, θ_b, θ_s) = Pois(n | μ ν(θ_s) + b(θ_b)) · φ(θ_b − θ̃_b) · φ(θ_s − θ̃_s),
///
/// μ the expected signal events (the parameter of interest), b(θ_b) the background B ± σ_B, ν(θ_s) the signal
/// scale with relative uncertainty r_s, φ the unit normal density, and θ̃ the global observables (0 for the data).
public struct CountingLikelihood: Sendable, Hashable, Codable {
    /// Observed events n.
    public var observedEvents: Double
    /// Expected background B.
    public var expectedBackground: Double
    /// Its absolute uncertainty σ_B.
    public var backgroundUncertainty: Double
    /// Relative uncertainty r_s of the signal expectation.
    public var relativeSignalUncertainty: Double
    /// How θ_b scales B.
    public var backgroundConstraint: NuisanceConstraint
    /// How θ_s scales the signal.
    public var signalConstraint: NuisanceConstraint

    /// Memberwise initialiser; log-normal background and Gaussian signal by default.
    public init(
        observedEvents: Double, expectedBackground: Double, backgroundUncertainty: Double,
        relativeSignalUncertainty: Double, backgroundConstraint: NuisanceConstraint = .logNormal,
        signalConstraint: NuisanceConstraint = .gaussian
    ) {
        self.observedEvents = observedEvents
        self.expectedBackground = expectedBackground
        self.backgroundUncertainty = backgroundUncertainty
        self.relativeSignalUncertainty = relativeSignalUncertainty
        self.backgroundConstraint = backgroundConstraint
        self.signalConstraint = signalConstraint
    }

    /// How θ_b scales B: r_b = σ_B/B (0 for B = 0).
    var backgroundScale: YieldScale {
        YieldScale(relative: expectedBackground > 0 ? backgroundUncertainty / expectedBackground : 0, backgroundConstraint)
    }

    /// How θ_s scales the signal.
    var signalScale: YieldScale { YieldScale(relative: relativeSignalUncertainty, signalConstraint) }

    /// Both scales, as the fits take them.
    var scales: Scales { Scales(background: backgroundScale, signal: signalScale) }

    /// ln L up to a constant (ln n! and the normal densities' constants dropped), its gradient and Hessian in
    /// (θ_b, θ_s) at fixed μ, for global observables `globals`.
    func logLikelihood(signal mu: Double, _ tb: Double, _ ts: Double, globals: (Double, Double))
        -> (value: Double, gradient: (Double, Double), hessian: (Double, Double, Double))
    {
        logLikelihood(signal: mu, tb, ts, globals: globals, scales: scales)
    }

    /// The same with the nuisances' scales given (they do not depend on μ, θ or n: a fit computes them once).
    func logLikelihood(signal mu: Double, _ tb: Double, _ ts: Double, globals: (Double, Double), scales: Scales)
        -> (value: Double, gradient: (Double, Double), hessian: (Double, Double, Double))
    {
        let (b, db, d2b) = scales.background(expectedBackground, tb)
        let (s, ds, d2s) = scales.signal(mu, ts)
        let lambda = b + s, n = observedEvents
        let constraint = -0.5 * ((tb - globals.0) * (tb - globals.0) + (ts - globals.1) * (ts - globals.1))
        guard lambda > 0 else {
            return (n > 0 ? -.infinity : constraint, (-(tb - globals.0), -(ts - globals.1)), (-1, 0, -1))
        }
        let poisson = (n > 0 ? n * log(lambda) : 0) - lambda
        let slope = n / lambda - 1, curvature = -n / (lambda * lambda)
        let gradient = (slope * db - (tb - globals.0), slope * ds - (ts - globals.1))
        let hessian = (curvature * db * db + slope * d2b - 1, curvature * db * ds, curvature * ds * ds + slope * d2s - 1)
        return (poisson + constraint, gradient, hessian)
    }

    /// max over (θ_b, θ_s) of ln L at fixed μ: damped Newton (Levenberg–Marquardt shift when the Hessian is not
    /// negative definite or a step does not increase ln L), to |∇| < 10⁻¹⁰.
    public func profiledLogLikelihood(signal mu: Double, globals: (Double, Double) = (0, 0))
        -> (value: Double, backgroundTheta: Double, signalTheta: Double)
    {
        profiledLogLikelihood(signal: mu, globals: globals, scales: scales)
    }

    /// The same with the nuisances' scales given.
    func profiledLogLikelihood(signal mu: Double, globals: (Double, Double), scales: Scales)
        -> (value: Double, backgroundTheta: Double, signalTheta: Double)
    {
        var tb = globals.0, ts = globals.1
        var current = logLikelihood(signal: mu, tb, ts, globals: globals, scales: scales)
        var damping = 0.0
        for _ in 0..<200 {
            let (g0, g1) = current.gradient
            if abs(g0) + abs(g1) < 1e-10 { break }
            let (h00, h01, h11) = current.hessian
            // Solve (−H + damping·I) δ = g.
            let a = -h00 + damping, b = -h01, d = -h11 + damping
            let det = a * d - b * b
            guard a > 0, det > 0 else { damping = max(2 * damping, 1); continue }
            let step0 = (d * g0 - b * g1) / det, step1 = (a * g1 - b * g0) / det
            let trial = logLikelihood(signal: mu, tb + step0, ts + step1, globals: globals, scales: scales)
            if trial.value >= current.value {
                tb += step0; ts += step1; current = trial
                damping *= 0.25
            } else {
                damping = max(2 * damping, 1)
                if damping > 1e12 { break }
            }
        }
        return (current.value, tb, ts)
    }

    /// q̃_μ (Cowan, Cranmer, Gross, Vitells, EPJC 71, 1554 (2011), arXiv:1007.1727, Eq. 16):
    /// −2 ln[L(μ, θ̂̂_μ)/max_{0 ≤ μ′ ≤ μ} L(μ′, θ̂̂_μ′)] — the denominator is L(μ̂) for 0 ≤ μ̂ ≤ μ, L(0) for μ̂ < 0,
    /// and the statistic is 0 for μ̂ > μ. The profile is unimodal in μ′, maximised by golden section.
    public func testStatistic(signal mu: Double, globals: (Double, Double) = (0, 0)) -> Double {
        let scales = scales
        let numerator = profiledLogLikelihood(signal: mu, globals: globals, scales: scales).value
        return testStatistic(signal: mu, globals: globals, scales: scales, numerator: numerator)
    }

    /// q̃_μ given ln L(μ, θ̂̂_μ) = `numerator` and, if already known, ln L(0, θ̂̂₀) = `atZero` (the same values as
    /// computing them here: the fits are pure functions of their arguments).
    func testStatistic(
        signal mu: Double, globals: (Double, Double), scales: Scales, numerator: Double, atZero: Double? = nil
    ) -> Double {
        func profile(_ signal: Double) -> Double { profiledLogLikelihood(signal: signal, globals: globals, scales: scales).value }
        // n = 0: ∂ln L/∂μ′ = (n/λ − 1)ν ≤ 0, so the maximum over [0, μ] is at μ′ = 0.
        if observedEvents == 0 {
            return max(0, 2 * ((atZero ?? profile(0)) - numerator))
        }
        var lo = 0.0, hi = mu
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = hi - ratio * (hi - lo), d = lo + ratio * (hi - lo)
        var fc = profile(c)
        var fd = profile(d)
        for _ in 0..<80 where hi - lo > 1e-9 * max(1, mu) {
            if fc > fd {
                hi = d; d = c; fd = fc
                c = hi - ratio * (hi - lo); fc = profile(c)
            } else {
                lo = c; c = d; fc = fd
                d = lo + ratio * (hi - lo); fd = profile(d)
            }
        }
        let ends = [atZero ?? profile(0), numerator, max(fc, fd)]
        return max(0, 2 * (ends.max()! - numerator))
    }
}

import Foundation

/// The Z′ contribution to the muon anomalous magnetic moment and the band that explains Δa_μ (docs/PHYSICS.md §3).
///
/// δa_μ = (g²/8π²) F(m/m_μ), F(x) = ∫₀¹ 2z(1−z)²/((1−z)² + x²z) dz, F(0) = 1, F → 2/(3x²) for x ≫ 1.
/// The band is the set of (m, g) with δa_μ ∈ [Δa_μ − kσ, Δa_μ + kσ] (k = 2 in the papers). Δa_μ and σ
/// are parameters: newer theory evaluations shrink the anomaly and the user must be able to redraw it.
public struct MuonAnomaly: Sendable, Hashable {
    /// The anomaly to explain, Δa_μ (dimensionless).
    public var anomaly: Double
    /// Its one-standard-deviation uncertainty σ.
    public var uncertainty: Double
    /// Half-width of the band in units of σ.
    public var standardDeviations: Double

    /// The papers' values: Δa_μ = (251 ± 59)×10⁻¹¹, ±2σ band (docs/PHYSICS.md §3).
    public init(anomaly: Double = 251e-11, uncertainty: Double = 59e-11, standardDeviations: Double = 2) {
        self.anomaly = anomaly
        self.uncertainty = uncertainty
        self.standardDeviations = standardDeviations
    }

    /// F(x), x = m_Z′/m_μ. Adaptive Gauss–Kronrod to 1e-13 relative; for x < 1 the integrand varies on a
    /// scale ~x near z = 1, which is given as a breakpoint so the subdivision starts there.
    /// Cost: a few hundred integrand evaluations.
    public static func loopFunction(massRatio x: Double) -> Double {
        let x2 = x * x
        var breakpoints: [Double] = []
        if x < 1 { breakpoints = [max(0.5, 1 - 4 * x), max(0.5, 1 - x)].filter { $0 < 1 } }
        return AdaptiveQuadrature.integrate(from: 0, to: 1, breakpoints: breakpoints, relativeTolerance: 1e-13) { z in
            let w = 1 - z
            return 2 * z * w * w / (w * w + x2 * z)
        }.value
    }

    /// δa_μ = (g²/8π²) F(m/m_μ).
    public static func contribution(massGeV: Double, coupling: Double) -> Double {
        coupling * coupling / (8 * Double.pi * Double.pi)
            * loopFunction(massRatio: massGeV / PhysicalConstants.muonMassGeV)
    }

    /// The g with δa_μ(m, g) = `contribution`: g = √(8π² δa/F); 0 for a non-positive target.
    public static func coupling(forContribution contribution: Double, massGeV: Double) -> Double {
        guard contribution > 0 else { return 0 }
        let f = loopFunction(massRatio: massGeV / PhysicalConstants.muonMassGeV)
        return (8 * Double.pi * Double.pi * contribution / f).squareRoot()
    }

    /// Lower edge of the band, g_low(m): δa_μ = Δa_μ − kσ (0 if that is ≤ 0: the band reaches g = 0).
    public func lowerCoupling(massGeV: Double) -> Double {
        Self.coupling(forContribution: anomaly - standardDeviations * uncertainty, massGeV: massGeV)
    }

    /// Upper edge of the band, g_high(m): δa_μ = Δa_μ + kσ.
    public func upperCoupling(massGeV: Double) -> Double {
        Self.coupling(forContribution: anomaly + standardDeviations * uncertainty, massGeV: massGeV)
    }

    /// Both edges at once (one evaluation of F).
    public func band(massGeV: Double) -> (lower: Double, upper: Double) {
        let f = Self.loopFunction(massRatio: massGeV / PhysicalConstants.muonMassGeV)
        func edge(_ target: Double) -> Double {
            target > 0 ? (8 * Double.pi * Double.pi * target / f).squareRoot() : 0
        }
        return (edge(anomaly - standardDeviations * uncertainty), edge(anomaly + standardDeviations * uncertainty))
    }
}

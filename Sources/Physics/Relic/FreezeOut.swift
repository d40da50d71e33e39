import Foundation

/// Cosmological constants of the relic calculation (PDG 2024, Astrophysical constants and parameters).
public enum CosmologyConstants {
    /// Planck mass M_Pl = √(ħc/G) [GeV].
    public static let planckMassGeV = 1.220890e19
    /// Entropy density today s₀ [cm⁻³].
    public static let entropyDensityTodayPerCm3 = 2891.2
    /// Critical density ρ_c/h² [GeV cm⁻³].
    public static let criticalDensityOverH2GeVPerCm3 = 1.05368e-5
    /// Ω h² per (m [GeV] · Y₀): s₀/(ρ_c/h²).
    public static var relicDensityPerMassYield: Double { entropyDensityTodayPerCm3 / criticalDensityOverH2GeVPerCm3 }
    /// 1 cm³/s in GeV⁻² (ħ = c = 1): 1/(0.3893794×10⁻²⁷ cm² · 2.99792458×10¹⁰ cm/s).
    public static let cubicCentimetrePerSecondInInverseGeV2 = 1 / (PhysicalConstants.inverseGeV2InCm2 * 2.99792458e10)
}

/// The Boltzmann equation for the comoving abundance Y = n/s of a relic that freezes out (docs/PHYSICS.md §14):
///
///     dY/dx = −√(π/45) M_Pl m g_*^{1/2}(T) ⟨σv⟩_eff(x) / x² · (Y² − Y_eq²),   x = m/T,
///
/// Y_eq = 45 g_χ x² K₂(x) / (4π⁴ g_s(T)) (Gondolo & Gelmini 1991, Eqs. 3.8 and 2.7). Solved for W = ln Y on a grid
/// uniform in ln x from `xStart` (Y = Y_eq) to `xEnd` by the second-order backward-differentiation formula (BDF2,
/// A-stable; backward Euler for the first step), each implicit step a safeguarded Newton iteration; after `xEnd`
/// the remaining annihilation ∫ λ/x² dx is added in closed form for λ ∝ x^(−p) with p from the last step.
public struct FreezeOutSolver: Sendable {
    /// The plasma's degrees of freedom.
    public let degrees: EffectiveDegreesOfFreedom
    /// Relic mass m [GeV].
    public let massGeV: Double
    /// Internal degrees of freedom g_χ in Y_eq.
    public let internalDegrees: Double
    /// Grid nodes x_i, uniform in ln x.
    public let nodes: [Double]
    /// ln Y_eq at the nodes.
    let logEquilibrium: [Double]
    /// √(π/45) M_Pl m g_*^{1/2} at the nodes [GeV²·(GeV⁻² ⟨σv⟩)⁻¹], the factor λ/⟨σv⟩_eff.
    let rateFactor: [Double]

    /// Prepares the grid: `steps` steps from `xStart` to `xEnd`.
    public init(
        degrees: EffectiveDegreesOfFreedom, massGeV: Double, internalDegrees: Double,
        xStart: Double = 1, xEnd: Double = 1e4, steps: Int = 2000
    ) {
        precondition(massGeV > 0 && internalDegrees > 0 && xStart > 0 && xEnd > xStart && steps >= 2, "invalid freeze-out grid")
        self.init(
            plasma: FreezeOutPlasma(degrees: degrees, massGeV: massGeV, xStart: xStart, xEnd: xEnd, steps: steps),
            internalDegrees: internalDegrees)
    }

    /// The grid of `plasma` for a relic with `internalDegrees`: the plasma part is shared by candidates of one mass.
    public init(plasma: FreezeOutPlasma, internalDegrees: Double) {
        precondition(internalDegrees > 0, "invalid freeze-out grid")
        degrees = plasma.degrees
        massGeV = plasma.massGeV
        self.internalDegrees = internalDegrees
        nodes = plasma.nodes
        let pi4 = pow(Double.pi, 4)
        logEquilibrium = zip(plasma.nodes, plasma.entropyDegrees).map { x, hEff in
            log(45 * internalDegrees / (4 * pi4 * hEff)) + 2 * log(x) + log(ModifiedBessel.scaledK2(x)) - x
        }
        rateFactor = plasma.rateFactor
    }

    /// The outcome of one solution.
    public struct Solution: Sendable, Equatable {
        /// Y after all annihilation (x → ∞).
        public var finalYield: Double
        /// Ω h² = m Y₀ s₀/ρ_c.
        public var relicDensity: Double
        /// x where Y − Y_eq first reaches Y_eq (Y = 2Y_eq), interpolated in ln x; nil if never.
        public var freezeOutX: Double?
        /// ln Y at the nodes.
        public var logYield: [Double]
    }

    /// Solves with ⟨σv⟩_eff [GeV⁻²] given at every node.
    public func solve(effectiveCrossSection sigmaV: [Double]) -> Solution {
        precondition(sigmaV.count == nodes.count, "one ⟨σv⟩ per node")
        let count = nodes.count, h = log(nodes[1] / nodes[0])
        var w = [Double](repeating: 0, count: count)
        w[0] = logEquilibrium[0]
        for n in 1..<count {
            let rate = rateFactor[n] * sigmaV[n] / nodes[n]
            let (explicitPart, weight) = n == 1 ? (w[0], h) : ((4 * w[n - 1] - w[n - 2]) / 3, 2 * h / 3)
            w[n] = Self.implicitStep(explicitPart: explicitPart, weight: weight * rate, logEquilibrium: logEquilibrium[n])
        }
        let last = count - 1
        let finalYield = finalYield(logYield: w[last], crossSection: sigmaV[last], crossSectionBefore: sigmaV[last - 1], step: h)
        var freezeOut: Double?
        let threshold = log(2.0)
        for n in 1..<count where w[n] - logEquilibrium[n] >= threshold {
            let a = w[n - 1] - logEquilibrium[n - 1], b = w[n] - logEquilibrium[n]
            let fraction = b > a ? (threshold - a) / (b - a) : 1
            freezeOut = exp(log(nodes[n - 1]) + fraction * h)
            break
        }
        return Solution(
            finalYield: finalYield, relicDensity: massGeV * finalYield * CosmologyConstants.relicDensityPerMassYield,
            freezeOutX: freezeOut, logYield: w)
    }

    /// Ω h² for ⟨σv⟩_eff = `base` · `scale` at every node: exactly
    /// `solve(effectiveCrossSection: base.map { $0 * scale }).relicDensity`, without the arrays (the root search's function).
    public func relicDensity(effectiveCrossSection base: [Double], scale: Double) -> Double {
        precondition(base.count == nodes.count, "one ⟨σv⟩ per node")
        let count = nodes.count, h = log(nodes[1] / nodes[0])
        var previous = logEquilibrium[0], beforePrevious = 0.0
        for n in 1..<count {
            let rate = rateFactor[n] * (base[n] * scale) / nodes[n]
            let (explicitPart, weight) = n == 1 ? (previous, h) : ((4 * previous - beforePrevious) / 3, 2 * h / 3)
            let next = Self.implicitStep(explicitPart: explicitPart, weight: weight * rate, logEquilibrium: logEquilibrium[n])
            beforePrevious = previous
            previous = next
        }
        let last = count - 1
        let finalYield = finalYield(
            logYield: previous, crossSection: base[last] * scale, crossSectionBefore: base[last - 1] * scale, step: h)
        return massGeV * finalYield * CosmologyConstants.relicDensityPerMassYield
    }

    /// Y₀ from W at the last node plus the closed-form annihilation after it (λ ∝ x^(−p), p from the last step).
    private func finalYield(logYield wLast: Double, crossSection: Double, crossSectionBefore: Double, step h: Double) -> Double {
        let last = nodes.count - 1
        let lambdaLast = rateFactor[last] * crossSection, lambdaBefore = rateFactor[last - 1] * crossSectionBefore
        let power = lambdaLast > 0 && lambdaBefore > 0 ? max(-log(lambdaLast / lambdaBefore) / h, -0.5) : 0
        let tail = lambdaLast / ((1 + power) * nodes[last])
        return 1 / (exp(-wLast) + tail)
    }

    /// Solves W − a − b f(W) = 0 with f(W) = −(e^W − e^(2W_eq − W)) (b = weight · λ/x > 0). The root lies between a
    /// and W_eq (G changes sign there and G′ > 0), so Newton steps are kept inside that bracket.
    static func implicitStep(explicitPart a: Double, weight b: Double, logEquilibrium weq: Double) -> Double {
        var lo = min(a, weq), hi = max(a, weq)
        var value = a
        for _ in 0..<200 {
            let up = exp(value), down = underflowingExp(2 * weq - value)
            let g = value - a + b * (up - down)
            if g > 0 { hi = value } else { lo = value }
            let slope = 1 + b * (up + down)
            var next = value - g / slope
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - value) <= 1e-13 * max(1, abs(value)) || hi - lo <= 1e-13 * max(1, abs(value)) { return next }
            value = next
        }
        return value
    }

    /// exp(a), returning the +0 that exp gives for a < −746 (e⁻⁷⁴⁵·¹³ is half the smallest subnormal) without its
    /// slow underflow path: after freeze-out 2W_eq − W is below −746 for most nodes.
    @inline(__always)
    static func underflowingExp(_ a: Double) -> Double {
        a < -746 ? 0 : exp(a)
    }
}

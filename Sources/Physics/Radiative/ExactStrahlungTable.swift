import Foundation

/// The exact-tree-level dσ/dx at one boson mass, tabulated so that a yield integral pays O(1) per query.
///
/// ETL and IWW share their singular behaviour (the threshold β at x → m/E₀, the 1/U₀ rise towards x → 1), so the
/// ratio K(E₀, x) = (dσ/dx)_ETL/(dσ/dx)_IWW is smooth. It is computed at Chebyshev nodes (first kind, no end points)
/// in ln E₀ over [E_min, E_max] and in z = ln(x/(1 − x)) over the open x range at each E₀ (rescaled to [−1, 1]),
/// and interpolated with the barycentric formula in both directions; a query returns K × (dσ/dx)_IWW, the IWW part
/// exact (`StrahlungCrossSection`, one χ per E₀). Cost: `energyNodes` × `fractionNodes` ETL evaluations to build.
public struct ExactStrahlungTable: Sendable {
    /// The exact cross section the table samples.
    public let exact: ExactStrahlungCrossSection
    /// The IWW cross section the ratio multiplies.
    public let improved: StrahlungCrossSection
    /// Beam-energy range [GeV].
    public let energyRangeGeV: ClosedRange<Double>
    /// Node positions in [−1, 1] (Chebyshev, first kind) for ln E₀ and y.
    let energyNodes: [Double], fractionNodes: [Double]
    /// The barycentric numerators (−1)^j sin(π(j + ½)/n) of each node set (`signedSines`), computed once.
    let energySines: [Double], fractionSines: [Double]
    /// ln E_min and ln E_max − ln E_min, computed once.
    let logLowestEnergy: Double, logEnergySpan: Double
    /// K at the nodes, energy-major.
    let ratios: [Double]

    /// Tabulates K for beam energies in `energyRangeGeV` (a single node when the range is a point).
    public init(
        exact: ExactStrahlungCrossSection, energyRangeGeV: ClosedRange<Double>,
        energyNodeCount: Int = 4, fractionNodeCount: Int = 32
    ) {
        precondition(energyNodeCount >= 1 && fractionNodeCount >= 2, "need nodes")
        self.exact = exact
        improved = StrahlungCrossSection(
            bosonMassGeV: exact.bosonMassGeV, leptonMassGeV: exact.leptonMassGeV,
            maximumBeamEnergyGeV: max(1000, energyRangeGeV.upperBound))
        self.energyRangeGeV = energyRangeGeV
        let energyCount = energyRangeGeV.lowerBound < energyRangeGeV.upperBound ? energyNodeCount : 1
        energyNodes = Self.chebyshevNodes(energyCount)
        fractionNodes = Self.chebyshevNodes(fractionNodeCount)
        energySines = Self.signedSines(energyNodes.count)
        logLowestEnergy = log(energyRangeGeV.lowerBound)
        logEnergySpan = log(energyRangeGeV.upperBound) - logLowestEnergy
        fractionSines = Self.signedSines(fractionNodes.count)
        var values: [Double] = []
        for node in energyNodes {
            let energy = Self.energy(atNode: node, energyRangeGeV)
            let chi = improved.improvedChi(beamEnergyGeV: energy)
            for yNode in fractionNodes {
                guard let x = Self.fraction(atNode: yNode, energy: energy, exact) else { values.append(1); continue }
                let base = improved.improvedDifferentialGeV2(x: x, beamEnergyGeV: energy, chi: chi)
                values.append(base > 0 ? exact.differentialGeV2(x: x, beamEnergyGeV: energy) / base : 1)
            }
        }
        ratios = values
    }

    /// z = ln(x/(1 − x)): resolves both the threshold x → m/E₀ and the peak 1 − x → m_ℓ²/m².
    static func logit(_ x: Double) -> Double { log(x) - log1p(-x) }

    /// cos(π(j + ½)/n), ascending.
    static func chebyshevNodes(_ n: Int) -> [Double] {
        n == 1 ? [0] : (0..<n).map { -cos(Double.pi * (Double($0) + 0.5) / Double(n)) }
    }

    static func energy(atNode u: Double, _ range: ClosedRange<Double>) -> Double {
        exp(log(range.lowerBound) + 0.5 * (u + 1) * (log(range.upperBound) - log(range.lowerBound)))
    }

    /// x at node u ∈ (−1, 1) of y; nil when the x range is empty.
    static func fraction(atNode u: Double, energy: Double, _ exact: ExactStrahlungCrossSection) -> Double? {
        guard let range = exact.kinematicRangeOfX(beamEnergyGeV: energy) else { return nil }
        let lower = logit(range.lowerBound), upper = logit(range.upperBound)
        let z = lower + 0.5 * (u + 1) * (upper - lower)
        return 1 / (1 + exp(-z))
    }

    /// Barycentric weights of the Chebyshev points of the first kind: (−1)^j sin(π(j + ½)/n) (ascending order
    /// flips the sign pattern, which the formula does not care about as long as it is consistent).
    /// `sines` are the node set's `signedSines`.
    static func interpolationWeights(_ u: Double, _ nodes: [Double], sines: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: nodes.count) { weights, initialized in
            interpolationWeights(u, nodes, sines: sines, into: weights)
            initialized = nodes.count
        }
    }

    /// (−1)^j sin(π(j + ½)/n) for j < n: the numerators of `interpolationWeights`, which depend on the node count only.
    static func signedSines(_ n: Int) -> [Double] {
        (0..<n).map { (j: Int) -> Double in
            let sign: Double = j % 2 == 0 ? 1.0 : -1.0
            let angle: Double = Double.pi * (Double(j) + 0.5) / Double(n)
            return sign * sin(angle)
        }
    }

    /// K(E₀, x) by barycentric interpolation (E₀ clamped to the tabulated range).
    public func ratio(x: Double, beamEnergyGeV energy: Double) -> Double {
        let clamped = min(max(energy, energyRangeGeV.lowerBound), energyRangeGeV.upperBound)
        let span = logEnergySpan
        let uE = span > 0 ? 2 * (log(clamped) - logLowestEnergy) / span - 1 : 0
        guard let range = exact.kinematicRangeOfX(beamEnergyGeV: energy), range.contains(x) else { return 0 }
        let lower = Self.logit(range.lowerBound), upper = Self.logit(range.upperBound)
        let uY = 2 * (Self.logit(x) - lower) / (upper - lower) - 1
        let we = Self.interpolationWeights(uE, energyNodes, sines: energySines)
        let wy = Self.interpolationWeights(uY, fractionNodes, sines: fractionSines)
        var value = 0.0
        for i in energyNodes.indices where we[i] != 0 {
            var row = 0.0
            for j in fractionNodes.indices { row += wy[j] * ratios[i * fractionNodes.count + j] }
            value += we[i] * row
        }
        return value
    }

    /// dσ/dx [GeV⁻²] per unit ε² from the table.
    public func differentialGeV2(x: Double, beamEnergyGeV energy: Double) -> Double {
        let base = improved.differentialGeV2(x: x, beamEnergyGeV: energy)
        return base > 0 ? ratio(x: x, beamEnergyGeV: energy) * base : 0
    }

    /// σ = ∫dx dσ/dx [GeV⁻²] from the table, x ≥ `minimumX` (adaptive in w, relative tolerance 10⁻⁸).
    public func totalGeV2(beamEnergyGeV energy: Double, minimumX: Double = 0) -> Double {
        guard let range = exact.kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
        let lower = max(range.lowerBound, minimumX)
        guard lower < range.upperBound else { return 0 }
        let atEnergy = atEnergy(energy)  // ratio and IWW dσ/dx with their E₀ parts once (the same numbers)
        return AdaptiveQuadrature.integrate(
            from: -log1p(-lower), to: -log1p(-range.upperBound),
            relativeTolerance: 1e-8
        ) { w in
            let oneMinusX = exp(-w), x = 1 - oneMinusX
            return oneMinusX * atEnergy.ratio(x: x) * atEnergy.improved(x)
        }.value
    }
}

import Foundation

/// Parameters of the CCFR neutrino-trident recast (docs/PHYSICS.md §12).
public struct TridentParameters: Sendable, Hashable, Codable {
    /// ν_μ beam energy [GeV] (CCFR's mean, ≈ 160 GeV).
    public var neutrinoEnergyGeV: Double
    /// Target nucleus charge Z (iron).
    public var atomicNumber: Double
    /// Target mass number A (iron), for the Helm form factor.
    public var massNumber: Double
    /// sin²θ_W in C_V = ½ + 2 sin²θ_W.
    public var weakMixingAngleSine2: Double
    /// Measured σ/σ_SM (CCFR, PRL 66, 3117 (1991): 0.82 ± 0.28).
    public var measuredRatio: Double
    /// Its one-σ uncertainty.
    public var measuredRatioUncertainty: Double
    /// Number of σ above the measurement that is excluded (1.96: 95 % CL, as Altmannshofer et al.).
    public var standardDeviations: Double
    /// Gauss–Legendre nodes in ln s for the equivalent-photon integral.
    public var invariantMassNodes: Int
    /// Quasi-random (mirrored) point pairs per node for σ(νγ).
    public var pointsPerNode: Int
    /// Largest photon momentum [GeV] kept: s_max = 2 E_ν Q_max (F(Q)² < 10⁻⁵ beyond 0.5 GeV for iron).
    public var maximumPhotonMomentumGeV: Double
    /// Scale [GeV²] of the logarithmic |K²| sampling channel (below the lightest m_Z′² of interest).
    public var momentumTransferFloorGeV2: Double

    /// Memberwise initialiser.
    public init(
        neutrinoEnergyGeV: Double, atomicNumber: Double, massNumber: Double, weakMixingAngleSine2: Double,
        measuredRatio: Double, measuredRatioUncertainty: Double, standardDeviations: Double,
        invariantMassNodes: Int, pointsPerNode: Int, maximumPhotonMomentumGeV: Double,
        momentumTransferFloorGeV2: Double
    ) {
        self.neutrinoEnergyGeV = neutrinoEnergyGeV
        self.atomicNumber = atomicNumber
        self.massNumber = massNumber
        self.weakMixingAngleSine2 = weakMixingAngleSine2
        self.measuredRatio = measuredRatio
        self.measuredRatioUncertainty = measuredRatioUncertainty
        self.standardDeviations = standardDeviations
        self.invariantMassNodes = invariantMassNodes
        self.pointsPerNode = pointsPerNode
        self.maximumPhotonMomentumGeV = maximumPhotonMomentumGeV
        self.momentumTransferFloorGeV2 = momentumTransferFloorGeV2
    }

    /// Defaults: E_ν = 160 GeV on iron (Z = 26, A = 56), sin²θ_W = 0.2387, bound σ/σ_SM < 0.82 + 1.96 × 0.28;
    /// 24 nodes × 4096 mirrored pairs (see the convergence numbers in the report / tests).
    public static let standard = TridentParameters(
        neutrinoEnergyGeV: 160, atomicNumber: 26, massNumber: 56, weakMixingAngleSine2: 0.2387,
        measuredRatio: 0.82, measuredRatioUncertainty: 0.28, standardDeviations: 1.96,
        invariantMassNodes: 24, pointsPerNode: 4096, maximumPhotonMomentumGeV: 0.5,
        momentumTransferFloorGeV2: 1e-7)

    /// Standard-Model vector coupling C_V = ½ + 2 sin²θ_W.
    public var vectorCoupling: Double { 0.5 + 2 * weakMixingAngleSine2 }
    /// Standard-Model axial coupling C_A = ½.
    public var axialCoupling: Double { 0.5 }
    /// The excluded ratio: σ/σ_SM above this is ruled out.
    public var ratioBound: Double { measuredRatio + standardDeviations * measuredRatioUncertainty }
}

/// CCFR trident bound on the L_μ−L_τ Z′: coherent ν_μ Fe → ν_μ Fe μ⁺μ⁻ in the equivalent-photon approximation.
///
/// σ(νN) = (Z²α/π) ∫ ds/s σ_νγ(s) ∫_{(s/2E)²}^∞ dQ²/Q² F(Q²)²  (Altmannshofer et al., PRL 113, 091801, Eq. 2),
/// with the Helm form factor, s integrated by Gauss–Legendre in ln s and σ_νγ by `NeutrinoPhotonTrident`.
///
/// The Z′ (coupling g to ν_μ (left-handed) and μ (vector)) adds, at the same momentum K = k − k′ through the
/// neutrino line in both diagrams, the amplitude −g²/(m² − K²)[ν̄γ^αP_Lν][μ̄γ_αμ]. The Standard-Model amplitude
/// from L_eff is −(G_F/√2)[ν̄γ^α(1−γ⁵)ν][μ̄γ_α(C_V − C_Aγ⁵)μ] = −√2 G_F [ν̄γ^αP_Lν][μ̄γ_α(C_V − C_Aγ⁵)μ]
/// (using 1 − γ⁵ = 2P_L). Matching the vector structures, the factor is exactly 1:
///
///     C_V → C_V + g²/(√2 G_F (m² − K²)),  K² = (k − k′)² ≤ 0,
///
/// positive, i.e. constructive (for m → ∞ this is Altmannshofer et al.'s 2v²/Λ² shift of 2C_V = 1 + 4s_W²,
/// v² = 1/(√2 G_F), Λ = m/g). Because σ is quadratic in C_V, σ/σ_SM = 1 + y S₁(m)/σ_SM + y² S₂(m)/σ_SM with
/// y = g²: the phase-space points are generated once, and every mass costs one pass over them.
public struct TridentRecast: Sendable {
    /// The parameters in use.
    public let parameters: TridentParameters
    /// Weighted samples over all s nodes (EPA weight folded in).
    let samples: [TridentSample]
    /// Standard-Model σ(ν_μ Fe → ν_μ Fe μ⁺μ⁻) [GeV⁻²], coherent part.
    public let standardModelCrossSectionGeV2: Double

    /// Generates the phase-space samples (the expensive part; about a second in release builds for the defaults).
    public init(parameters: TridentParameters = .standard) {
        self.parameters = parameters
        let muonMass = PhysicalConstants.muonMassGeV
        let energy = parameters.neutrinoEnergyGeV
        let formFactor = HelmFormFactor(massNumber: parameters.massNumber)
        let sMinimum = 4 * muonMass * muonMass
        let sMaximum = 2 * energy * parameters.maximumPhotonMomentumGeV
        let rule = GaussLegendre(pointCount: parameters.invariantMassNodes)
        let kernel = NeutrinoPhotonTrident(muonMassGeV: muonMass, momentumTransferFloorGeV2: parameters.momentumTransferFloorGeV2)
        let sequence = QuasiRandomSequence(dimension: 4)
        let lower = log(sMinimum), upper = log(sMaximum)
        let mid = 0.5 * (lower + upper), half = 0.5 * (upper - lower)
        let prefactor = parameters.atomicNumber * parameters.atomicNumber * PhysicalConstants.alpha / Double.pi
        var all: [TridentSample] = []
        all.reserveCapacity(parameters.invariantMassNodes * parameters.pointsPerNode)
        for (node, nodeWeight) in zip(rule.nodes, rule.weights) {
            let s = exp(mid + half * node)
            let flux = Self.photonFlux(minimumMomentumGeV: s / (2 * energy), formFactor: formFactor)
            let weight = prefactor * nodeWeight * half * flux
            // Each node uses its own stretch of the sequence so nodes do not share identical point patterns.
            let offset = all.count
            for sample in kernel.samples(centerOfMassEnergy2: s, pointCount: parameters.pointsPerNode, sequence: sequence, offset: offset) {
                all.append(
                    TridentSample(
                        vectorVector: weight * sample.vectorVector, vectorAxial: weight * sample.vectorAxial,
                        axialAxial: weight * sample.axialAxial, momentumTransfer2GeV2: sample.momentumTransfer2GeV2))
            }
        }
        self.samples = all
        let cv = parameters.vectorCoupling, ca = parameters.axialCoupling
        self.standardModelCrossSectionGeV2 = all.reduce(0) {
            $0 + cv * cv * $1.vectorVector - 2 * cv * ca * $1.vectorAxial + ca * ca * $1.axialAxial
        }
    }

    /// ∫_{Q²min}^∞ dQ²/Q² F(Q)² = 2 ∫ d ln Q F(Q)², integrated in ln Q up to 2 GeV (F² < e⁻⁸⁰ beyond).
    static func photonFlux(minimumMomentumGeV qMinimum: Double, formFactor: HelmFormFactor) -> Double {
        let upper = log(2.0), lower = log(qMinimum)
        guard lower < upper else { return 0 }
        return 2
            * AdaptiveQuadrature.integrate(from: lower, to: upper, relativeTolerance: 1e-10) {
                let f = formFactor(momentumGeV: exp($0))
                return f * f
            }.value
    }

    /// The coefficients of σ/σ_SM = 1 + A y + B y², y = g², at Z′ mass m [GeV].
    public func ratioCoefficients(massGeV mass: Double) -> (linear: Double, quadratic: Double) {
        let cv = parameters.vectorCoupling, ca = parameters.axialCoupling
        let scale = 1 / (2.0.squareRoot() * PhysicalConstants.fermiConstantPerGeV2)
        let mass2 = mass * mass
        var linear = 0.0, quadratic = 0.0
        for sample in samples {
            let shift = scale / (mass2 + sample.momentumTransfer2GeV2)
            linear += shift * (2 * cv * sample.vectorVector - 2 * ca * sample.vectorAxial)
            quadratic += shift * shift * sample.vectorVector
        }
        return (linear / standardModelCrossSectionGeV2, quadratic / standardModelCrossSectionGeV2)
    }

    /// σ/σ_SM for coupling g and mass m [GeV].
    public func crossSectionRatio(coupling: Double, massGeV mass: Double) -> Double {
        let (a, b) = ratioCoefficients(massGeV: mass)
        let y = coupling * coupling
        return 1 + a * y + b * y * y
    }

    /// σ/σ_SM for a constant shift δC_V (a contact interaction, i.e. the m → ∞ limit at fixed g²/m²).
    public func contactCrossSectionRatio(vectorCouplingShift delta: Double) -> Double {
        let cv = parameters.vectorCoupling + delta, ca = parameters.axialCoupling
        let shifted = samples.reduce(0) {
            $0 + cv * cv * $1.vectorVector - 2 * cv * ca * $1.vectorAxial + ca * ca * $1.axialAxial
        }
        return shifted / standardModelCrossSectionGeV2
    }

    /// Upper limit on g at mass m [GeV]: σ/σ_SM = `ratioBound`, solved in closed form for y = g².
    public func couplingLimit(massGeV mass: Double) -> Double {
        let (a, b) = ratioCoefficients(massGeV: mass)
        return positiveQuadraticRoot(quadratic: b, linear: a, constant: 1 - parameters.ratioBound).squareRoot()
    }

    /// The limit curve g(m) on the given masses [GeV].
    public func limitCurve(massesGeV: [Double] = RecastMassGrid.standard) -> CouplingLimitCurve {
        CouplingLimitCurve(massesGeV: massesGeV, couplingLimits: massesGeV.map { couplingLimit(massGeV: $0) })
    }
}

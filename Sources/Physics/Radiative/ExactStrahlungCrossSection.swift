import Foundation

/// Node counts of the exact-tree-level quadratures (docs/PHYSICS.md §7). Doubling them all changes σ by less than
/// the tolerance the convergence test states.
public struct ExactStrahlungQuadrature: Sendable, Hashable, Codable {
    /// Gauss–Legendre nodes per panel of the polar-angle variable s (4 panels).
    public var anglePointsPerPanel: Int
    /// Gauss–Legendre nodes per decade of t (panels also break at the form factors' scales).
    public var momentumTransferPointsPerDecade: Int
    /// Midpoint nodes of the azimuth of q⃗ around V⃗ on [0, π] (the integrand is smooth, periodic and even).
    public var azimuthPoints: Int
    /// Relative tolerance of the adaptive x integral of σ_tot.
    public var energyFractionTolerance: Double

    /// Memberwise initialiser; the defaults are the production settings.
    public init(
        anglePointsPerPanel: Int = 8, momentumTransferPointsPerDecade: Int = 8, azimuthPoints: Int = 12,
        energyFractionTolerance: Double = 1e-4
    ) {
        self.anglePointsPerPanel = anglePointsPerPanel
        self.momentumTransferPointsPerDecade = momentumTransferPointsPerDecade
        self.azimuthPoints = azimuthPoints
        self.energyFractionTolerance = energyFractionTolerance
    }

    /// Every node count doubled (the convergence check).
    public var doubled: ExactStrahlungQuadrature {
        ExactStrahlungQuadrature(
            anglePointsPerPanel: 2 * anglePointsPerPanel,
            momentumTransferPointsPerDecade: 2 * momentumTransferPointsPerDecade,
            azimuthPoints: 2 * azimuthPoints, energyFractionTolerance: energyFractionTolerance / 4)
    }
}

/// Exact-tree-level (ETL) cross section of ℓN → ℓNV for a vector V of mass m coupled to the lepton's vector current
/// with strength e·ε, per unit ε² (for the Z′ multiply by |Π(m²)|² BR_inv), in GeV⁻².
///
/// Liu, McKeen and Miller, PRD 95, 036010 (2017), arXiv:1609.06781 (their exact 2 → 3 expression; also Gninenko,
/// Kirpichnikov, Kirsanov, Krasnikov, PLB 782, 406 (2018), arXiv:1712.05706). Derived here (docs/PHYSICS.md §7):
/// the nucleus is a scalar current Z e F(t)(P_i + P_f)^μ, the phase space of (p′, P_f) at fixed k is written in t and
/// the azimuth φ of q⃗ around V⃗ = p⃗ − k⃗ (exactly, for any nucleus mass M: dΦ₂ → dt dφ/(8M|V⃗|)), so
///
///     dσ/(dx dcosθ) = α³ |k⃗| E₀ / (4 |p⃗| |V⃗|) ∫_{t₋}^{t₊} dt G(t)/t² ⟨Σ|ε_γ·A|²⟩_φ,   ε_γ = (P_i + P_f)/(2M),
///
/// with G = G_el + G_inel the Tsai form factors of `NuclearPhotonFlux`, Σ over spins and V polarisations of the
/// unit-coupling 2 → 2 amplitude (`ExactStrahlungAmplitude`; the 1/2 of the spin average is in the prefactor), and
/// the exact t₋(x, θ), t₊(x, θ) of `ExactStrahlungKinematics`. No small-angle or equivalent-photon approximation.
/// θ runs over [0, π] through s = u/(u + U₀), u = E₀²xθ² (the variable that makes the IWW integrand flat).
public struct ExactStrahlungCrossSection: Sendable {
    /// Mass of the radiated vector [GeV].
    public let bosonMassGeV: Double
    /// Mass of the beam lepton [GeV].
    public let leptonMassGeV: Double
    /// The form factors G(t).
    public let flux: NuclearPhotonFlux
    /// Nucleus mass M [GeV] (A atomic mass units) for the recoil.
    public let nucleusMassGeV: Double
    /// Node counts.
    public let quadrature: ExactStrahlungQuadrature
    /// The Gauss–Legendre rules of `quadrature` for t and s, built once instead of per (x, θ) and per x.
    let momentumTransferRule: GaussLegendre, angleRule: GaussLegendre

    /// Atomic mass unit [GeV].
    static let atomicMassUnitGeV = 0.93149410242
    /// t above which G(t) is dropped [GeV²]: G_el ∝ (d/t)² and G_inel ∝ (1 + t/0.71)⁻⁸ make the rest < 10⁻⁸ of σ.
    static let momentumTransferCutGeV2 = 10.0
    /// t below 10⁻⁴ of the smallest screening scale is dropped: there G ∝ t², a relative 10⁻⁸ of the t integral.
    static let screeningCutFraction = 1e-4
    static let alphaCubed = PhysicalConstants.alpha * PhysicalConstants.alpha * PhysicalConstants.alpha

    /// The cross section for `bosonMassGeV` radiated by a lepton of mass `leptonMassGeV` in `material`.
    public init(
        bosonMassGeV: Double, leptonMassGeV: Double = PhysicalConstants.electronMassGeV,
        material: Material = .lead, includesInelasticFlux: Bool = true,
        quadrature: ExactStrahlungQuadrature = ExactStrahlungQuadrature()
    ) {
        precondition(bosonMassGeV > 0 && leptonMassGeV > 0, "masses must be positive")
        self.bosonMassGeV = bosonMassGeV
        self.leptonMassGeV = leptonMassGeV
        flux = NuclearPhotonFlux(material: material, includesInelastic: includesInelasticFlux)
        nucleusMassGeV = material.atomicMassGramsPerMole * Self.atomicMassUnitGeV
        self.quadrature = quadrature
        momentumTransferRule = GaussLegendre(pointCount: quadrature.momentumTransferPointsPerDecade)
        angleRule = GaussLegendre(pointCount: quadrature.anglePointsPerPanel)
    }

    /// The x range where the process is open: x E₀ > m and E₀(1 − x) > m_ℓ; nil if empty.
    public func kinematicRangeOfX(beamEnergyGeV energy: Double) -> ClosedRange<Double>? {
        let lower = bosonMassGeV / energy, upper = 1 - leptonMassGeV / energy
        return lower < upper ? lower...upper : nil
    }

    /// dσ/(dx dcosθ) [GeV⁻²] at x = E_V/E₀ and V polar angle θ [rad].
    public func doubleDifferentialGeV2(x: Double, polarAngleRad theta: Double, beamEnergyGeV energy: Double) -> Double {
        guard
            let kin = ExactStrahlungKinematics(
                beamEnergyGeV: energy, energyFraction: x, polarAngleRad: theta, leptonMassGeV: leptonMassGeV,
                bosonMassGeV: bosonMassGeV, nucleusMassGeV: nucleusMassGeV)
        else { return 0 }
        let kMomentum = kin.boson.spatialMagnitude
        let prefactor = Self.alphaCubed * kMomentum * energy / (4 * kin.beamMomentumGeV * kin.transferMomentumGeV)
        return prefactor * momentumTransferIntegral(kin)
    }

    /// ∫ dt G(t)/t² ⟨Σ|ε_γ·A|²⟩_φ, in ln t on panels that break at the form factors' scales and at most a decade wide.
    func momentumTransferIntegral(_ kin: ExactStrahlungKinematics) -> Double {
        let scales = [
            flux.elasticScreeningTGeV2, flux.inelasticScreeningTGeV2, flux.nuclearSizeTGeV2,
            NuclearPhotonFlux.protonDipoleScaleGeV2
        ]
        let lowerT = max(kin.tLowerGeV2, Self.screeningCutFraction * scales.min()!)
        let upperT = min(kin.tUpperGeV2, Self.momentumTransferCutGeV2)
        guard upperT > lowerT else { return 0 }
        let logLow = log(lowerT), logHigh = log(upperT), logTLower = log(kin.tLowerGeV2)
        var edges = [logLow, logHigh] + scales.map { log($0) }.filter { $0 > logLow && $0 < logHigh }
        edges.sort()
        let rule = momentumTransferRule
        let phiCount = quadrature.azimuthPoints
        let e0 = kin.beamEnergyGeV, p0 = kin.beamMomentumGeV
        let amplitude = ExactStrahlungAmplitude.Prepared(kinematics: kin)
        let azimuths = (0..<phiCount).map { j in
            let phi = Double.pi * (Double(j) + 0.5) / Double(phiCount)
            return (cosine: cos(phi), sine: sin(phi))
        }
        let lanes = ExactStrahlungAmplitude.Prepared.Lanes(amplitude)
        let outgoingZ = AzimuthPair(repeating: amplitude.outgoingBase.z)
        let cosinePairs = stride(from: 0, to: phiCount - 1, by: 2).map { AzimuthPair(azimuths[$0].cosine, azimuths[$0 + 1].cosine) }
        let sinePairs = stride(from: 0, to: phiCount - 1, by: 2).map { AzimuthPair(azimuths[$0].sine, azimuths[$0 + 1].sine) }
        var total = 0.0
        for panel in 0..<(edges.count - 1) {
            let width = edges[panel + 1] - edges[panel]
            let pieces = max(1, Int((width / log(10.0)).rounded(.up)))
            for piece in 0..<pieces {
                let lo = edges[panel] + width * Double(piece) / Double(pieces)
                let half = 0.5 * width / Double(pieces), mid = lo + half
                for i in rule.nodes.indices {
                    let logT = mid + half * rule.nodes[i]
                    let delta = kin.tLowerGeV2 * expm1(logT - logTLower)
                    let exchanges = kin.exchanges(deltaAboveLowerGeV2: delta)
                    let timeTerm = e0 * exchanges.q0
                    var azimuthal = 0.0
                    func single(_ j: Int) -> Double {
                        let (q, photon, t) = exchanges.at(azimuthCosine: azimuths[j].cosine, azimuthSine: azimuths[j].sine)
                        let sDen = 2 * (timeTerm - p0 * q.z) - t  // (p + q)² − m_ℓ²
                        return amplitude.summedSquared(q: q, photon: photon, sDenominatorGeV2: sDen)
                    }
                    // Two azimuths at a time, one per lane (each lane the scalar number to the bit), added in order.
                    var j = 0
                    while j + 1 < phiCount {
                        let (q, photon) = exchanges.at(azimuthCosines: cosinePairs[j / 2], azimuthSines: sinePairs[j / 2])
                        if let lanes, all(outgoingZ + q.z .>= 0) {
                            let sDen = 2 * (timeTerm - p0 * q.z) - exchanges.t
                            let pair = amplitude.summedSquared(lanes: lanes, q: q, photon: photon, sDenominatorGeV2: sDen)
                            azimuthal += pair[0]
                            azimuthal += pair[1]
                        } else {
                            azimuthal += single(j)
                            azimuthal += single(j + 1)
                        }
                        j += 2
                    }
                    if j < phiCount { azimuthal += single(j) }
                    let t = exp(logT)
                    // dt = t d(ln t): G/t² · t = G/t.
                    total += rule.weights[i] * half * flux.formFactor(tGeV2: t) / t * azimuthal / Double(phiCount)
                }
            }
        }
        return total
    }

    /// U₀ = m²(1 − x)/x + m_ℓ² x.
    func forwardU(_ x: Double) -> Double {
        bosonMassGeV * bosonMassGeV * (1 - x) / x + leptonMassGeV * leptonMassGeV * x
    }

    /// dσ/dx [GeV⁻²]: the polar angle integrated over [0, π] in s = u/(u + U₀), θ² = U₀ s/((1 − s)E₀²x),
    /// dcosθ = (sin θ/θ) U₀ ds/(2E₀²x(1 − s)²), on panels [0, ½, 0.9, 0.99, s(π)].
    public func differentialGeV2(x: Double, beamEnergyGeV energy: Double) -> Double {
        guard let range = kinematicRangeOfX(beamEnergyGeV: energy), x > range.lowerBound, x < range.upperBound else {
            return 0
        }
        let u0 = forwardU(x), scale = energy * energy * x
        let sMax = Double.pi * Double.pi * scale / (u0 + Double.pi * Double.pi * scale)
        let edges = [0, 0.5, 0.9, 0.99].filter { $0 < sMax } + [sMax]
        let rule = angleRule
        var total = 0.0
        for panel in 0..<(edges.count - 1) {
            let half = 0.5 * (edges[panel + 1] - edges[panel]), mid = edges[panel] + half
            for i in rule.nodes.indices {
                let s = mid + half * rule.nodes[i]
                let theta = (u0 * s / ((1 - s) * scale)).squareRoot()
                let sinc = theta > 0 ? sin(theta) / theta : 1
                let jacobian = sinc * u0 / (2 * scale * (1 - s) * (1 - s))
                total +=
                    rule.weights[i] * half * jacobian
                    * doubleDifferentialGeV2(x: x, polarAngleRad: theta, beamEnergyGeV: energy)
            }
        }
        return total
    }

    /// σ = ∫dx dσ/dx [GeV⁻²] over the kinematic range with x ≥ `minimumX`, adaptively in w = −ln(1 − x).
    public func totalGeV2(beamEnergyGeV energy: Double, minimumX: Double = 0) -> Double {
        guard let range = kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
        let lower = max(range.lowerBound, minimumX)
        guard lower < range.upperBound else { return 0 }
        return AdaptiveQuadrature.integrate(
            from: -log1p(-lower), to: -log1p(-range.upperBound),
            relativeTolerance: quadrature.energyFractionTolerance
        ) { w in
            let oneMinusX = exp(-w)
            return oneMinusX * differentialGeV2(x: 1 - oneMinusX, beamEnergyGeV: energy)
        }.value
    }
}

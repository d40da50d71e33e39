import Foundation

/// How the photon flux's lower limit t_min is chosen in the strahlung cross section.
public enum StrahlungApproximation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Improved Weizsäcker–Williams (Bjorken, Essig, Schuster, Toro 2009, App. A): t_min = (m²/2E₀)² for
    /// every x and angle, so χ factors out and the angular integral is analytic.
    case improvedWeizsackerWilliams
    /// Weizsäcker–Williams with the kinematic t_min = (U/(2E₀(1 − x)))² of each (x, θ) (Kim and Tsai,
    /// PRD 8, 3109 (1973)); the angular integral is done numerically.
    case weizsackerWilliams
}

/// Cross section of A′-strahlung ℓN → ℓNA′ off a nucleus, for unit kinetic mixing (ε = 1), in GeV⁻².
///
/// Formulas: Bjorken, Essig, Schuster, Toro, PRD 80, 075018 (2009), App. A (also Voronchikhin and
/// Kirpichnikov, arXiv:2409.12748, who compare them with the exact tree level):
/// dσ/(dx dcosθ) = 8α³ χ E₀² x β/U² [(1 − x + x²/2) − x(1 − x) m² E₀² x θ²/U²],
/// U = E₀² x θ² + m²(1 − x)/x + m_ℓ² x, β = √(1 − m²/(x E₀)²), x = E_A′/E₀; integrated over the angle
/// (small-angle, θ up to ∞): dσ/dx = 4α³ χ β [(1 − x + x²/2)/U₀ − x(1 − x) m²/(6U₀²)], U₀ = U(θ = 0).
/// For the L_μ − L_τ Z′ multiply by |Π(m²)|² BR_inv (docs/PHYSICS.md §7). The beam lepton enters through its
/// mass only; χ is taken with t_max = m² + m_ℓ².
public struct StrahlungCrossSection: Sendable {
    /// Mass of the radiated vector [GeV].
    public let bosonMassGeV: Double
    /// Mass of the beam lepton [GeV].
    public let leptonMassGeV: Double
    /// IWW or WW.
    public let approximation: StrahlungApproximation
    /// χ(t_min) with t_max = m² + m_ℓ².
    public let fluxTable: PhotonFluxTable
    /// The WW angular integrals vs σ (built only for `.weizsackerWilliams`).
    let angularTable: KimTsaiAngularTable?

    @usableFromInline static let alphaCubed = PhysicalConstants.alpha * PhysicalConstants.alpha * PhysicalConstants.alpha

    /// The cross section for a vector of mass `bosonMassGeV` radiated by a lepton of mass `leptonMassGeV`
    /// in `material`. `maximumBeamEnergyGeV` sizes the flux table (larger energies still work, slower).
    public init(
        bosonMassGeV: Double, leptonMassGeV: Double, material: Material = .lead,
        approximation: StrahlungApproximation = .improvedWeizsackerWilliams,
        includesInelasticFlux: Bool = true, maximumBeamEnergyGeV: Double = 1000
    ) {
        precondition(bosonMassGeV > 0 && leptonMassGeV > 0, "masses must be positive")
        self.bosonMassGeV = bosonMassGeV
        self.leptonMassGeV = leptonMassGeV
        self.approximation = approximation
        let m2 = bosonMassGeV * bosonMassGeV
        let smallest = pow(m2 / (2 * maximumBeamEnergyGeV), 2)
        fluxTable = PhotonFluxTable(
            flux: NuclearPhotonFlux(material: material, includesInelastic: includesInelasticFlux),
            tMaxGeV2: m2 + leptonMassGeV * leptonMassGeV, smallestTMinGeV2: smallest)
        // σ = U₀/(2E₀(1 − x)) ≥ m²/(2E₀ x) ≥ m²/(2E_max): the table covers every σ up to that beam energy.
        angularTable =
            approximation == .weizsackerWilliams
            ? KimTsaiAngularTable(fluxTable: fluxTable, smallestScaleGeV: m2 / (2 * maximumBeamEnergyGeV)) : nil
    }

    /// Convenience: the beam lepton by kind.
    public init(
        bosonMassGeV: Double, beam: BeamLepton, material: Material = .lead,
        approximation: StrahlungApproximation = .improvedWeizsackerWilliams
    ) {
        self.init(
            bosonMassGeV: bosonMassGeV, leptonMassGeV: beam.massGeV, material: material,
            approximation: approximation)
    }

    /// The x range where the process is open: x E₀ > m (β real) and E₀(1 − x) > m_ℓ; nil if empty.
    public func kinematicRangeOfX(beamEnergyGeV energy: Double) -> ClosedRange<Double>? {
        let lower = bosonMassGeV / energy, upper = 1 - leptonMassGeV / energy
        return lower < upper ? lower...upper : nil
    }

    /// The IWW flux χ at beam energy E₀: t_min = (m²/2E₀)².
    public func improvedChi(beamEnergyGeV energy: Double) -> Double {
        let m2 = bosonMassGeV * bosonMassGeV
        return fluxTable.chi(tMinGeV2: pow(m2 / (2 * energy), 2))
    }

    /// U₀ = m²(1 − x)/x + m_ℓ² x.
    @usableFromInline
    func forwardU(_ x: Double) -> Double {
        Self.forwardU(x, bosonMassSquared: bosonMassGeV * bosonMassGeV, leptonMassSquared: leptonMassGeV * leptonMassGeV)
    }

    /// U₀ from the squared masses m², m_ℓ² (for callers that hold them).
    @inlinable
    static func forwardU(_ x: Double, bosonMassSquared: Double, leptonMassSquared: Double) -> Double {
        bosonMassSquared * (1 - x) / x + leptonMassSquared * x
    }

    /// β = √(1 − m²/(xE₀)²), 0 below threshold.
    @usableFromInline
    func velocity(_ x: Double, _ energy: Double) -> Double {
        Self.velocity(x, energy, bosonMassGeV: bosonMassGeV)
    }

    /// β for a boson of mass m [GeV].
    @inlinable
    static func velocity(_ x: Double, _ energy: Double, bosonMassGeV: Double) -> Double {
        let r = bosonMassGeV / (x * energy)
        return r < 1 ? (1 - r * r).squareRoot() : 0
    }

    /// dσ/(dx dcosθ) [GeV⁻²] at x = E_A′/E₀ and A′ polar angle θ (small-angle kinematics).
    public func doubleDifferentialGeV2(x: Double, polarAngleRad theta: Double, beamEnergyGeV energy: Double) -> Double {
        guard let range = kinematicRangeOfX(beamEnergyGeV: energy), range.contains(x) else { return 0 }
        let m2 = bosonMassGeV * bosonMassGeV
        let angular = energy * energy * x * theta * theta
        let u = angular + forwardU(x)
        let chi: Double
        switch approximation {
        case .improvedWeizsackerWilliams: chi = improvedChi(beamEnergyGeV: energy)
        case .weizsackerWilliams: chi = fluxTable.chi(tMinGeV2: pow(u / (2 * energy * (1 - x)), 2))
        }
        let bracket = (1 - x + 0.5 * x * x) - x * (1 - x) * m2 * angular / (u * u)
        return 8 * Self.alphaCubed * chi * energy * energy * x * velocity(x, energy) / (u * u) * bracket
    }

    /// dσ/dx [GeV⁻²].
    public func differentialGeV2(x: Double, beamEnergyGeV energy: Double) -> Double {
        switch approximation {
        case .improvedWeizsackerWilliams:
            return improvedDifferentialGeV2(x: x, beamEnergyGeV: energy, chi: improvedChi(beamEnergyGeV: energy))
        case .weizsackerWilliams:
            return kimTsaiDifferentialGeV2(x: x, beamEnergyGeV: energy)
        }
    }

    /// IWW dσ/dx with a given χ (so that a caller scanning x at fixed E₀ computes χ once; `improvedDifferential`
    /// also hoists the other constants of E₀).
    @inlinable
    public func improvedDifferentialGeV2(x: Double, beamEnergyGeV energy: Double, chi: Double) -> Double {
        improvedDifferential(beamEnergyGeV: energy, chi: chi)(x)
    }

    /// WW dσ/dx: the angular integral with χ(t_min(x, θ)).
    ///
    /// In s = u/(u + U₀) (u = E₀²xθ²) the θ-integral of the IWW bracket becomes
    /// 4α³β ∫₀¹ ds χ(s) [(1 − x + x²/2)/U₀ − x(1 − x)m² s(1 − s)/U₀²]: flat for constant χ.
    /// t_min = (U₀/((1 − s) 2E₀(1 − x)))² reaches t_max at s_max. The two s-integrals depend on x and E₀
    /// only through σ = √t_min(s = 0) and come from `KimTsaiAngularTable` (O(1)).
    func kimTsaiDifferentialGeV2(x: Double, beamEnergyGeV energy: Double) -> Double {
        guard x > bosonMassGeV / energy, x < 1 - leptonMassGeV / energy else { return 0 }
        guard let angularTable else { return kimTsaiDifferentialDirectGeV2(x: x, beamEnergyGeV: energy) }
        let u0 = forwardU(x)
        let m2 = bosonMassGeV * bosonMassGeV
        let (j0, j1) = angularTable.integrals(scaleGeV: u0 / (2 * energy * (1 - x)))
        let leading = (1 - x + 0.5 * x * x) / u0, recoil = x * (1 - x) * m2 / (u0 * u0)
        return 4 * Self.alphaCubed * velocity(x, energy) * (leading * j0 - recoil * j1)
    }

    /// The same by adaptive quadrature over s (the definition the table is checked against).
    func kimTsaiDifferentialDirectGeV2(x: Double, beamEnergyGeV energy: Double) -> Double {
        guard x > bosonMassGeV / energy, x < 1 - leptonMassGeV / energy else { return 0 }
        let u0 = forwardU(x)
        let m2 = bosonMassGeV * bosonMassGeV
        let scale = u0 / (2 * energy * (1 - x))  // √t_min at θ = 0
        let sMax = 1 - scale / fluxTable.tMaxGeV2.squareRoot()
        guard sMax > 0 else { return 0 }
        let leading = (1 - x + 0.5 * x * x) / u0, recoil = x * (1 - x) * m2 / (u0 * u0)
        let integral = AdaptiveQuadrature.integrate(from: 0, to: sMax, relativeTolerance: 1e-10) { s in
            let rootTMin = scale / (1 - s)
            return fluxTable.chi(tMinGeV2: rootTMin * rootTMin) * (leading - recoil * s * (1 - s))
        }.value
        return 4 * Self.alphaCubed * velocity(x, energy) * integral
    }

    /// σ = ∫dx dσ/dx [GeV⁻²] over the kinematic range, with x ≥ `minimumX`.
    ///
    /// Integrated in w = −ln(1 − x): dσ/dx ∝ 1/U₀ ≈ x/(m²(1 − x)) rises until 1 − x ~ m_ℓ²/m², so in w
    /// the integrand (1 − x) dσ/dx is a smooth step.
    public func totalGeV2(beamEnergyGeV energy: Double, minimumX: Double = 0) -> Double {
        guard let range = kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
        let lower = max(range.lowerBound, minimumX)
        guard lower < range.upperBound else { return 0 }
        let chi = improvedChi(beamEnergyGeV: energy)
        return AdaptiveQuadrature.integrate(
            from: -log1p(-lower), to: -log1p(-range.upperBound),
            relativeTolerance: 1e-9
        ) { w in
            let oneMinusX = exp(-w)
            let x = 1 - oneMinusX
            switch approximation {
            case .improvedWeizsackerWilliams:
                return oneMinusX * improvedDifferentialGeV2(x: x, beamEnergyGeV: energy, chi: chi)
            case .weizsackerWilliams:
                return oneMinusX * kimTsaiDifferentialGeV2(x: x, beamEnergyGeV: energy)
            }
        }.value
    }

    /// dσ/dx in cm².
    public func differentialCm2(x: Double, beamEnergyGeV energy: Double) -> Double {
        differentialGeV2(x: x, beamEnergyGeV: energy) * PhysicalConstants.inverseGeV2InCm2
    }

    /// σ in cm².
    public func totalCm2(beamEnergyGeV energy: Double, minimumX: Double = 0) -> Double {
        totalGeV2(beamEnergyGeV: energy, minimumX: minimumX) * PhysicalConstants.inverseGeV2InCm2
    }
}

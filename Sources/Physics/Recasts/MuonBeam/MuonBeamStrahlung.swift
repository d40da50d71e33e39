import Foundation

/// Z′-strahlung off a muon beam, μ N → μ N Z′, in the Weizsäcker–Williams (WW) approximation with the exact
/// muon-mass 2 → 2 amplitude and the angle-dependent t_min inside the photon flux.
///
/// Master formula (Bjorken, Essig, Schuster, Toro, PRD 80, 075018 (2009), Eq. A.15; Liu, McKeen & Miller,
/// PRD 95, 036010 (2017), Eq. 12, used for muon beams by Chen, Pospelov & Zhong, PRD 95, 115005 (2017) and
/// Kirpichnikov, Lyubovitskij & Zhevlakov, PRD 102, 095024 (2020)):
///
///     dσ/(dx dcosθ) = (α χ(t_min)/π) · E² x β/(1 − x) · dσ_{2→2}/d(p·k) |_{t = t_min},
///     dσ_{2→2}/d(p·k) = 2 dσ/dũ = 2 · (¼ Σ|M|²) e² g²/(16π s̃²),
///
/// where x = E_Z′/E, β = √(1 − m²/(xE)²), and the 2 → 2 invariants at the minimal photon virtuality are
/// ũ = −U, s̃ = U/(1 − x), with U = E²xθ² + m²(1 − x)/x + m_μ²x, and t_min = (U/(2E(1 − x)))².
/// The flux χ(t_min) = ∫_{t_min}^{t_max} dt (t − t_min)/t² G(t) (Tsai; `NuclearPhotonFlux`), t_max = m² + m_μ²,
/// vanishes once t_min ≥ t_max, which bounds the angle: U ≤ 2E(1 − x)√t_max. Small angles: dcosθ = dU/(2E²x).
/// With constant χ and m_μ → 0 this reproduces BEST's Eq. A.16 (tested).
public struct MuonBeamStrahlung: Sendable {
    /// Beam energy E [GeV].
    public var beamEnergyGeV: Double
    /// Beam lepton mass [GeV] (the muon's; a parameter so the massless limit can be tested).
    public var leptonMassGeV: Double
    /// Photon-flux provider χ(t_min, t_max) of the target nucleus.
    public var flux: NuclearPhotonFlux
    /// Gauss–Legendre points in x and in ln U.
    public var energyFractionPoints: Int
    /// Gauss–Legendre points in the angle variable ln U.
    public var anglePoints: Int

    /// Memberwise initialiser.
    public init(
        beamEnergyGeV: Double, leptonMassGeV: Double = PhysicalConstants.muonMassGeV, flux: NuclearPhotonFlux,
        energyFractionPoints: Int = 48, anglePoints: Int = 32
    ) {
        self.beamEnergyGeV = beamEnergyGeV
        self.leptonMassGeV = leptonMassGeV
        self.flux = flux
        self.energyFractionPoints = energyFractionPoints
        self.anglePoints = anglePoints
    }

    /// dσ/(dx dcosθ)/(g² χ) [GeV⁻²] as a function of U = E²xθ² + U₀ (the flux is supplied by the caller).
    public func doubleDifferentialPerChi(energyFraction x: Double, uGeV2 u: Double, massGeV mass: Double) -> Double {
        let energy = beamEnergyGeV
        let velocity2 = 1 - mass * mass / (x * energy * x * energy)
        guard velocity2 > 0, x < 1 else { return 0 }
        let sTilde = u / (1 - x)
        guard
            let squared = VectorComptonAmplitude.summedSquared(
                leptonMassGeV: leptonMassGeV, vectorMassGeV: mass, sTildeGeV2: sTilde, uTildeGeV2: -u)
        else { return 0 }
        let alpha = PhysicalConstants.alpha
        // 2 dσ/dũ per g² = 2 (Σ|M|²/4) e²/(16π s̃²), e² = 4πα.
        let perPK = 2 * (squared / 4) * 4 * Double.pi * alpha / (16 * Double.pi * sTilde * sTilde)
        return alpha / Double.pi * energy * energy * x * velocity2.squareRoot() / (1 - x) * perPK
    }

    /// U₀ = m²(1 − x)/x + m_μ²x (the θ = 0 value of U).
    func minimumU(energyFraction x: Double, massGeV mass: Double) -> Double {
        mass * mass * (1 - x) / x + leptonMassGeV * leptonMassGeV * x
    }

    /// dσ/dx / g² [GeV⁻²] with the angle-dependent χ(t_min(x, θ)); `fluxTable` must use t_max = m² + m_μ².
    public func differential(energyFraction x: Double, massGeV mass: Double, fluxTable: PhotonFluxTable) -> Double {
        differential(energyFraction: x, massGeV: mass, fluxTable: fluxTable, angleRule: GaussLegendre(pointCount: anglePoints))
    }

    /// dσ/dx / g² with a prepared `anglePoints`-point rule (built once per cross section, not per x).
    func differential(energyFraction x: Double, massGeV mass: Double, fluxTable: PhotonFluxTable, angleRule rule: GaussLegendre)
        -> Double
    {
        let energy = beamEnergyGeV
        let u0 = minimumU(energyFraction: x, massGeV: mass)
        let uCut = 2 * energy * (1 - x) * fluxTable.tMaxGeV2.squareRoot()
        guard uCut > u0 else { return 0 }
        // ∫dcosθ = ∫dU/(2E²x) = ∫ d(ln U) U/(2E²x).
        return rule.integrate(from: log(u0), to: log(uCut)) { logU in
            let u = exp(logU)
            let tMin = (u / (2 * energy * (1 - x))) * (u / (2 * energy * (1 - x)))
            let chi = fluxTable.chi(tMinGeV2: tMin)
            return u / (2 * energy * energy * x) * chi * doubleDifferentialPerChi(energyFraction: x, uGeV2: u, massGeV: mass)
        }
    }

    /// σ(x > x_cut)/g² [cm²]: ∫ dx dσ/dx from x_cut to x_max = 1 − m_μ/E.
    public func crossSectionCm2(minimumEnergyFraction xCut: Double, massGeV mass: Double) -> Double {
        let tMax = mass * mass + leptonMassGeV * leptonMassGeV
        // t_min = (U/(2E(1 − x)))² ≥ (min(m², m_μ²)/(2E))² for every x ≥ ½ (U/(1 − x) = m²/x + m_μ²x/(1 − x)).
        let lightest2 = min(mass * mass, leptonMassGeV * leptonMassGeV)
        let smallestTMin = 0.25 * lightest2 * lightest2 / (4 * beamEnergyGeV * beamEnergyGeV)
        let table = PhotonFluxTable(flux: flux, tMaxGeV2: tMax, smallestTMinGeV2: max(smallestTMin, 1e-20))
        // The integrand grows like 1/(1 − x) until the flux cut: integrate in ln(1 − x).
        let xMaximum = 1 - leptonMassGeV / beamEnergyGeV
        guard xMaximum > xCut else { return 0 }
        let rule = GaussLegendre(pointCount: energyFractionPoints)
        let angleRule = GaussLegendre(pointCount: anglePoints)
        let value = rule.integrate(from: log(1 - xMaximum), to: log(1 - xCut)) { logOneMinusX in
            let oneMinusX = exp(logOneMinusX)
            return oneMinusX * differential(energyFraction: 1 - oneMinusX, massGeV: mass, fluxTable: table, angleRule: angleRule)
        }
        return value * PhysicalConstants.inverseGeV2InCm2
    }
}

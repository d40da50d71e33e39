/// Parameters of the Borexino ⁷Be recast (docs/PHYSICS.md §12): data set, solar model, oscillations and CL.
public struct BorexinoParameters: Sendable, Hashable, Codable {
    /// Neutrino energy of the ⁷Be line [GeV] (862 keV; the 384 keV line is below the window).
    public var neutrinoEnergyGeV: Double
    /// Lower edge of the electron-recoil window [GeV].
    public var recoilMinimumGeV: Double
    /// Upper edge of the electron-recoil window [GeV]; clipped to the Compton edge T_max (0.665 MeV).
    public var recoilMaximumGeV: Double
    /// sin²θ_W used at tree level (low-energy MS-bar value ≈ 0.2387).
    public var weakMixingAngleSine2: Double
    /// Measured rate over the Standard-Model prediction (Borexino Phase-II flux / solar model).
    public var observedRateRatio: Double
    /// One-σ uncertainty of `observedRateRatio` (experiment and solar model combined).
    public var rateRatioUncertainty: Double
    /// Δχ² defining the limit (2.71: 90 % CL, one parameter).
    public var deltaChiSquared: Double
    /// Oscillation parameters and production density (adiabatic MSW).
    public var oscillation: SolarNeutrinoOscillation
    /// Gauss–Legendre points for the recoil integral (the integrand is smooth: a rational function of T).
    public var recoilQuadraturePoints: Int

    /// Memberwise initialiser.
    public init(
        neutrinoEnergyGeV: Double, recoilMinimumGeV: Double, recoilMaximumGeV: Double,
        weakMixingAngleSine2: Double, observedRateRatio: Double, rateRatioUncertainty: Double,
        deltaChiSquared: Double, oscillation: SolarNeutrinoOscillation, recoilQuadraturePoints: Int
    ) {
        self.neutrinoEnergyGeV = neutrinoEnergyGeV
        self.recoilMinimumGeV = recoilMinimumGeV
        self.recoilMaximumGeV = recoilMaximumGeV
        self.weakMixingAngleSine2 = weakMixingAngleSine2
        self.observedRateRatio = observedRateRatio
        self.rateRatioUncertainty = rateRatioUncertainty
        self.deltaChiSquared = deltaChiSquared
        self.oscillation = oscillation
        self.recoilQuadraturePoints = recoilQuadraturePoints
    }

    /// Defaults: ⁷Be 862 keV line, T ∈ [0.19, 0.665] MeV; R_obs = 1.012 ± 0.065 (Borexino Phase-II ⁷Be
    /// flux 4.99·10⁹ cm⁻²s⁻¹, Nature 562, 505 (2018), over the high-metallicity SSM B16-GS98 4.93·10⁹,
    /// ±6 % model and ±2.8 % experimental errors); Δχ² = 2.71 (90 % CL); NuFIT 5.2 oscillations.
    /// 32 Gauss–Legendre points integrate the degree-≤4 rational integrand to ~10⁻¹⁴ for m ≳ 1 MeV.
    public static let standard = BorexinoParameters(
        neutrinoEnergyGeV: 0.862e-3, recoilMinimumGeV: 0.19e-3, recoilMaximumGeV: 0.665e-3,
        weakMixingAngleSine2: 0.2387, observedRateRatio: 1.012, rateRatioUncertainty: 0.065,
        deltaChiSquared: 2.71, oscillation: .nuFit52, recoilQuadraturePoints: 32)
}

/// Borexino ⁷Be bound on the L_μ−L_τ Z′ from ν–e elastic scattering (docs/PHYSICS.md §12).
///
/// The Z′ couples to ν_μ, ν_τ with charges q_μ = +1, q_τ = −1 and to electrons, through the μ/τ loop,
/// with the vector coupling g_e = −e Π(0) = −κ g (opposite in sign to the muon's, docs/PHYSICS.md §12), where
/// κ = eΠ(0)/g = 2α ln(m_τ/m_μ)/(3π) ≈ 4.4·10⁻³ comes from `LoopFunction.atZero`. Its exchange at
/// Q² = 2m_e T adds to both chiral couplings of ν_α (matching −g q_α g_e/(m² + Q²) [ν̄γP_Lν][ēγe] onto the
/// Standard-Model −2√2 G_F [ν̄γP_Lν][ē γ(g_L P_L + g_R P_R) e]):
///
///     δ_α(T) = −q_α κ g²/(2√2 G_F (m² + 2 m_e T)).
///
/// The rate ratio over the recoil window is R(g, m) = Σ_α P_eα ∫dT dσ_α/dT / (same with δ = 0). Because
/// δ ∝ g², R is exactly a quadratic in y = g²: R = 1 + A(m) y + B(m) y² with B > 0, so the limit is a
/// closed-form root (no iteration). Note the linear (interference) terms of ν_μ and ν_τ have opposite
/// signs and nearly cancel for θ₂₃ ≈ 45°, so the bound is driven by the quadratic term and by θ₂₃ − 45°.
public struct BorexinoRecast: Sendable {
    /// The parameters in use.
    public let parameters: BorexinoParameters
    /// Gauss–Legendre rule for the recoil integral.
    let rule: GaussLegendre
    /// P(ν_e → ν_α) for the line energy, α = e, μ, τ.
    public let flavorProbabilities: [Double]

    /// Prepares the rule and the flavour probabilities.
    public init(parameters: BorexinoParameters = .standard) {
        self.parameters = parameters
        self.rule = GaussLegendre(pointCount: parameters.recoilQuadraturePoints)
        self.flavorProbabilities = parameters.oscillation.flavorProbabilities(neutrinoEnergyGeV: parameters.neutrinoEnergyGeV)
    }

    /// Z′ charges q_α of ν_e, ν_μ, ν_τ under L_μ − L_τ.
    static let flavorCharges: [Double] = [0, 1, -1]

    /// κ = eΠ(0)/g: the loop-induced electron coupling per unit g.
    public static var loopCouplingRatio: Double {
        PhysicalConstants.electronCharge * LoopFunction.atZero(coupling: 1)
    }

    /// δ_α/g² at recoil T [GeV] for Z′ mass m [GeV] and charge q_α.
    static func couplingShiftPerG2(charge: Double, massGeV mass: Double, recoilGeV recoil: Double) -> Double {
        -charge * loopCouplingRatio
            / (2 * 2.0.squareRoot() * PhysicalConstants.fermiConstantPerGeV2
                * (mass * mass + 2 * PhysicalConstants.electronMassGeV * recoil))
    }

    /// Recoil window actually used: [T_min, min(T_max window, Compton edge)].
    var recoilWindowGeV: (lower: Double, upper: Double) {
        let edge = NeutrinoElectronScattering.maximumRecoilGeV(neutrinoEnergyGeV: parameters.neutrinoEnergyGeV)
        return (parameters.recoilMinimumGeV, min(parameters.recoilMaximumGeV, edge))
    }

    /// Flux-weighted cross section in the window [GeV⁻²] for Z′ coupling g and mass m (g = 0: Standard Model).
    public func windowCrossSection(coupling: Double, massGeV mass: Double) -> Double {
        let energy = parameters.neutrinoEnergyGeV
        let (lower, upper) = recoilWindowGeV
        var total = 0.0
        for flavor in NeutrinoElectronScattering.Flavor.allCases {
            let standard = NeutrinoElectronScattering.standardModel(
                flavor: flavor, weakMixingAngleSine2: parameters.weakMixingAngleSine2)
            let charge = Self.flavorCharges[flavor.rawValue]
            let integral = rule.integrate(from: lower, to: upper) { recoil in
                let shift = coupling * coupling * Self.couplingShiftPerG2(charge: charge, massGeV: mass, recoilGeV: recoil)
                let shifted = NeutrinoElectronScattering(
                    leftCoupling: standard.leftCoupling + shift, rightCoupling: standard.rightCoupling + shift)
                return shifted.differentialCrossSection(recoilGeV: recoil, neutrinoEnergyGeV: energy)
            }
            total += flavorProbabilities[flavor.rawValue] * integral
        }
        return total
    }

    /// R(g, m) = σ_Z′/σ_SM in the window, computed directly from the shifted couplings.
    public func rateRatio(coupling: Double, massGeV mass: Double) -> Double {
        windowCrossSection(coupling: coupling, massGeV: mass) / windowCrossSection(coupling: 0, massGeV: mass)
    }

    /// The coefficients of R = 1 + A y + B y² (y = g²) at mass m [GeV].
    ///
    /// With g_{L,R} = g⁰_{L,R} + y d(T), c = 1 − T/E, ε = m_e T/E², the bracket of dσ/dT expands as
    /// f₀ + y·d[2(g⁰_L + g⁰_R c²) − ε(g⁰_L + g⁰_R)] + y²·d²(1 + c² − ε).
    public func rateRatioCoefficients(massGeV mass: Double) -> (linear: Double, quadratic: Double) {
        let energy = parameters.neutrinoEnergyGeV
        let (lower, upper) = recoilWindowGeV
        var standardSum = 0.0, linearSum = 0.0, quadraticSum = 0.0
        for flavor in NeutrinoElectronScattering.Flavor.allCases {
            let standard = NeutrinoElectronScattering.standardModel(
                flavor: flavor, weakMixingAngleSine2: parameters.weakMixingAngleSine2)
            let left = standard.leftCoupling, right = standard.rightCoupling
            let charge = Self.flavorCharges[flavor.rawValue]
            let weight = flavorProbabilities[flavor.rawValue]
            var f0 = 0.0, f1 = 0.0, f2 = 0.0
            let mid = 0.5 * (lower + upper), half = 0.5 * (upper - lower)
            for (node, nodeWeight) in zip(rule.nodes, rule.weights) {
                let recoil = mid + half * node
                let c = 1 - recoil / energy
                let epsilon = PhysicalConstants.electronMassGeV * recoil / (energy * energy)
                let d = Self.couplingShiftPerG2(charge: charge, massGeV: mass, recoilGeV: recoil)
                f0 +=
                    nodeWeight
                    * NeutrinoElectronScattering.bracket(
                        left: left, right: right, recoilGeV: recoil, neutrinoEnergyGeV: energy)
                f1 += nodeWeight * d * (2 * (left + right * c * c) - epsilon * (left + right))
                f2 += nodeWeight * d * d * (1 + c * c - epsilon)
            }
            standardSum += weight * f0
            linearSum += weight * f1
            quadraticSum += weight * f2
        }
        return (linearSum / standardSum, quadraticSum / standardSum)
    }

    /// Upper limit on g at mass m [GeV]: the largest g with Δχ² = χ²(g) − χ²_min = `deltaChiSquared`.
    ///
    /// χ²(y) = ((R(y) − R_obs)/σ)², profiled over y ≥ 0 (χ²_min > 0 when R never reaches R_obs).
    /// Since R → ∞ as y grows, everything above the root of R(y) = R_obs + σ√(Δχ² + χ²_min) is excluded.
    /// If A < 0, R dips first; a dip below R_obs − σ√(Δχ² + χ²_min) would exclude an island at small g as well,
    /// which this upper boundary does not report (for the defaults the dip is < 10⁻³, far inside the band).
    public func couplingLimit(massGeV mass: Double) -> Double {
        let (a, b) = rateRatioCoefficients(massGeV: mass)
        let observed = parameters.observedRateRatio, sigma = parameters.rateRatioUncertainty
        // Minimum of R over y ≥ 0, and the profiled χ²_min.
        let rMinimum = a < 0 ? 1 - a * a / (4 * b) : 1
        let chi2Minimum: Double
        if observed >= rMinimum {
            chi2Minimum = 0
        } else {
            chi2Minimum = ((rMinimum - observed) / sigma) * ((rMinimum - observed) / sigma)
        }
        let rUpper = observed + sigma * (parameters.deltaChiSquared + chi2Minimum).squareRoot()
        let y = positiveQuadraticRoot(quadratic: b, linear: a, constant: 1 - rUpper)
        return y.squareRoot()
    }

    /// The limit curve g(m) on the given masses [GeV].
    ///
    /// Below m ≈ √(2 m_e T_min) ≈ 0.44 MeV the propagator saturates at 1/(2m_eT): a rate-only bound there
    /// depends on the recoil threshold T_min (docs/PHYSICS.md §12).
    public func limitCurve(massesGeV: [Double] = RecastMassGrid.standard) -> CouplingLimitCurve {
        CouplingLimitCurve(massesGeV: massesGeV, couplingLimits: massesGeV.map { couplingLimit(massGeV: $0) })
    }
}

/// Parameters of the NA64-μ missing-momentum recast (docs/PHYSICS.md §12).
public struct NA64MuonParameters: Sendable, Hashable, Codable {
    /// Muon beam energy E₀ [GeV].
    public var beamEnergyGeV: Double
    /// Muons on target.
    public var muonsOnTarget: Double
    /// Signal efficiency: a constant, or a table vs m_Z′ (linear interpolation, clamped at the ends).
    public var efficiency: MuonSignalEfficiency
    /// Target thickness in lead radiation lengths (the Pb/Sc ECAL is treated as this much lead).
    public var leadRadiationLengths: Double
    /// Signal region: x = E_Z′/E₀ above this (E′_μ < 80 GeV).
    public var minimumEnergyFraction: Double
    /// Upper limit on the number of signal events (2.3: zero observed, 90 % CL).
    public var upperLimitEvents: Double
    /// The Z′ decays: nil for the vanilla model (g_D = 0), else the dark sector (α_D, m_Z′/m_χ), whose
    /// Z′ → χχ̄ makes BR_inv ≈ 1 above 2m_μ, where the vanilla BR_inv drops to about 1/2 (Γ_μμ ≈ Γ_νν).
    public var darkSector: ZPrimeModel.DarkSector?

    /// Memberwise initialiser.
    public init(
        beamEnergyGeV: Double, muonsOnTarget: Double, efficiency: MuonSignalEfficiency, leadRadiationLengths: Double,
        minimumEnergyFraction: Double, upperLimitEvents: Double, darkSector: ZPrimeModel.DarkSector? = nil
    ) {
        self.beamEnergyGeV = beamEnergyGeV
        self.muonsOnTarget = muonsOnTarget
        self.efficiency = efficiency
        self.leadRadiationLengths = leadRadiationLengths
        self.minimumEnergyFraction = minimumEnergyFraction
        self.upperLimitEvents = upperLimitEvents
        self.darkSector = darkSector
    }

    /// The 2022 run: 1.98·10¹⁰ MOT (NA64, PRL 132, 211803 (2024), arXiv:2401.01708), 160 GeV μ⁻, 40 X₀,
    /// x > 0.5, zero events → N_up = 2.3, and a constant efficiency 0.12 (the letter quotes a signal efficiency
    /// peaking near 12 % for 100 MeV–1 GeV; no curve is published, so a constant is the documented default).
    public static let run2022 = NA64MuonParameters(
        beamEnergyGeV: 160, muonsOnTarget: 1.98e10, efficiency: .constant(0.12), leadRadiationLengths: 40,
        minimumEnergyFraction: 0.5, upperLimitEvents: 2.3)

    /// The 10¹¹ MOT projection, otherwise as `run2022` (background-free).
    public static let projection1e11: NA64MuonParameters = {
        var parameters = run2022
        parameters.muonsOnTarget = 1e11
        return parameters
    }()

    /// Lead nuclei per cm² in the target: (thickness in X₀) · X₀ [g/cm²] · N_A / A.
    public var leadNucleiPerCm2: Double {
        let lead = Material.lead
        return leadRadiationLengths * lead.radiationLengthGramsPerCm2 * PhysicalConstants.avogadro / lead.atomicMassGramsPerMole
    }
}

/// NA64-μ signal efficiency as a function of the Z′ mass.
public enum MuonSignalEfficiency: Sendable, Hashable, Codable {
    /// The same efficiency at every mass.
    case constant(Double)
    /// A table (masses [GeV] ascending, efficiencies), interpolated linearly in mass and clamped outside.
    case table(massesGeV: [Double], efficiencies: [Double])

    /// ε(m).
    public func callAsFunction(massGeV mass: Double) -> Double {
        switch self {
        case .constant(let value): return value
        case .table(let masses, let values):
            if mass <= masses[0] { return values[0] }
            if mass >= masses[masses.count - 1] { return values[values.count - 1] }
            return LinearInterpolator(x: masses, y: values)(mass) ?? values[0]
        }
    }
}

/// NA64-μ bound on the L_μ−L_τ Z′ from μN → μN Z′, Z′ → invisible (docs/PHYSICS.md §12).
///
/// N(g, m) = N_MOT · ε(m) · n_Pb · BR_inv(m) · σ(x > x_cut; m) with σ ∝ g² (`MuonBeamStrahlung`, per g²), so the
/// limit is g = √(N_up/(N/g²)). Vanilla: BR_inv is independent of g (every width ∝ g²). Dark: Γ_χχ ∝ α_D does not
/// scale with g, so BR_inv(g) is iterated with the limit until |Δg|/g < 10⁻⁶ (docs/PHYSICS.md §10, as for NA64-e).
/// The muon's energy loss in the target (~0.5 GeV of 160) is neglected, and all production is put on lead.
public struct NA64MuonRecast: Sendable {
    /// The parameters in use.
    public let parameters: NA64MuonParameters
    /// The cross-section calculator.
    public let strahlung: MuonBeamStrahlung

    /// Prepares the cross section for lead.
    public init(parameters: NA64MuonParameters = .run2022) {
        self.parameters = parameters
        self.strahlung = MuonBeamStrahlung(beamEnergyGeV: parameters.beamEnergyGeV, flux: NuclearPhotonFlux(material: .lead))
    }

    /// Expected signal events per g² at mass m [GeV], without BR_inv.
    public func eventsPerCouplingSquaredBeforeDecay(massGeV mass: Double) -> Double {
        let sigma = strahlung.crossSectionCm2(minimumEnergyFraction: parameters.minimumEnergyFraction, massGeV: mass)
        return parameters.muonsOnTarget * parameters.efficiency(massGeV: mass) * parameters.leadNucleiPerCm2 * sigma
    }

    /// BR(Z′ → invisible) at mass m and coupling g in the chosen model.
    public func invisibleBranchingRatio(massGeV mass: Double, coupling: Double) -> Double {
        let model =
            parameters.darkSector.map {
                ZPrimeModel.dark(massGeV: mass, coupling: coupling, alphaDark: $0.alphaDark, massRatio: $0.massRatio)
            } ?? .vanilla(massGeV: mass, coupling: coupling)
        return model.invisibleBranchingRatio
    }

    /// Upper limit on g at mass m [GeV].
    public func couplingLimit(massGeV mass: Double) -> Double? {
        let perG2 = eventsPerCouplingSquaredBeforeDecay(massGeV: mass)
        guard perG2 > 0 else { return nil }
        // g = √(N_up/(N₁ BR(g))): a contraction, since BR_inv changes slowly with g; start from BR = 1.
        var coupling = (parameters.upperLimitEvents / perG2).squareRoot()
        for _ in 0..<100 {
            let branching = invisibleBranchingRatio(massGeV: mass, coupling: coupling)
            guard branching > 0 else { return nil }
            let next = (parameters.upperLimitEvents / (perG2 * branching)).squareRoot()
            defer { coupling = next }
            if abs(next - coupling) <= 1e-6 * next { return next }
        }
        return nil
    }

    /// The limit curve g(m) on the given masses [GeV].
    public func limitCurve(massesGeV: [Double] = RecastMassGrid.standard) -> CouplingLimitCurve {
        CouplingLimitCurve(massesGeV: massesGeV, couplingLimits: massesGeV.map { couplingLimit(massGeV: $0) })
    }
}

/// Beam exposure and target of one data set: what turns the per-primary integrals into events.
public struct Exposure: Sendable, Hashable, Codable {
    /// Primaries on target (EOT, or MOT for a muon beam).
    public var particlesOnTarget: Double
    /// Overall signal efficiency κ (cancels in the ratio method).
    public var overallEfficiency: Double
    /// Target atoms per cm³ (n_Pb for the NA64 ECAL).
    public var targetAtomsPerCm3: Double

    /// Memberwise initialiser.
    public init(particlesOnTarget: Double, overallEfficiency: Double = 1, targetAtomsPerCm3: Double) {
        self.particlesOnTarget = particlesOnTarget
        self.overallEfficiency = overallEfficiency
        self.targetAtomsPerCm3 = targetAtomsPerCm3
    }

    /// N_EOT κ n [cm⁻³].
    public var eventsPerCm3: Double { particlesOnTarget * overallEfficiency * targetAtomsPerCm3 }
}

/// Expected signal events at one Z′ mass as a function of the e⁺e⁻Z′ coupling strength (docs/PHYSICS.md §10).
///
/// N = N_EOT κ n [ |Π(m²)|² BR_inv I_rad + I_res ]. In the narrow-width limit the resonant energy
/// integral is ∝ |Π(m²)|² BR_inv as well (2π²α|Π|²BR/m_e, with or without atomic motion, which only
/// redistributes it in E₊), so both terms are stored per unit |Π|² BR_inv and a coupling scan only
/// multiplies. `|Π|² BR_inv` is ε² for a dark photon decaying invisibly.
public struct SignalYield: Sendable, Hashable {
    /// The exposure.
    public var exposure: Exposure
    /// I_rad [cm³ per primary] for ε = 1.
    public var radiativeIntegralCm3: Double
    /// I_res [cm³ per primary] for |Π(m²)|² BR_inv = 1.
    public var resonantIntegralCm3: Double

    /// Memberwise initialiser.
    public init(exposure: Exposure, radiativeIntegralCm3: Double, resonantIntegralCm3: Double) {
        self.exposure = exposure
        self.radiativeIntegralCm3 = radiativeIntegralCm3
        self.resonantIntegralCm3 = resonantIntegralCm3
    }

    /// Radiative events for the given |Π(m²)|² BR_inv.
    public func radiativeEvents(piSquaredTimesBranching value: Double) -> Double {
        exposure.eventsPerCm3 * radiativeIntegralCm3 * value
    }

    /// Resonant events for the given |Π(m²)|² BR_inv.
    public func resonantEvents(piSquaredTimesBranching value: Double) -> Double {
        exposure.eventsPerCm3 * resonantIntegralCm3 * value
    }

    /// All signal events.
    public func events(piSquaredTimesBranching value: Double) -> Double {
        exposure.eventsPerCm3 * (radiativeIntegralCm3 + resonantIntegralCm3) * value
    }

    /// Whether the resonant term outweighs the radiative one at this mass.
    public var resonanceDominates: Bool { resonantIntegralCm3 > radiativeIntegralCm3 }
}

/// The q²-averaged squared loop function of the dark model (docs/PHYSICS.md §5; 2024 letter Fig. 2).
///
/// I_|Π|² = ∫_{4m_χ²}^{∞} dq² |Π(q²)|² ρ(q²) with Γ = Γ_χχ (as docs/PHYSICS.md §5 specifies; in the dark
/// model Γ_χχ ≫ Γ_νν, Γ_μμ), normalised by N (see `BreitWignerAverage`).
extension ZPrimeModel {
    /// The normalised Breit–Wigner weight of §5: pole m, Γ = Γ_χχ, from 4m_χ². Nil for the vanilla model.
    public var darkBreitWignerAverage: BreitWignerAverage? {
        guard let darkMass = darkMatterMassGeV, darkWidthGeV > 0 else { return nil }
        return BreitWignerAverage(massGeV: massGeV, widthGeV: darkWidthGeV, lowerQ2GeV2: 4 * darkMass * darkMass)
    }

    /// I_|Π|²/N: the averaged |Π|² (units of |Π|², i.e. dimensionless). Nil for the vanilla model.
    public var averagedSquaredLoop: Double? {
        guard let weight = darkBreitWignerAverage else { return nil }
        let muonThreshold = 4 * PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
        let g = coupling
        return weight.average(breakpointsQ2: [muonThreshold], asymptoticValue: 0) {
            LoopFunction.pi(q2GeV2: $0, coupling: g).lengthSquared
        }
    }

    /// (I/N − |Π(m²)|²)/|Π(m²)|², independent of g. Computed as ⟨|Π|²/|Π(m²)|² − 1⟩ so the O(10⁻³)
    /// difference does not come from subtracting two O(1) numbers. Nil for the vanilla model.
    public var averagedLoopRelativeDifference: Double? {
        guard let weight = darkBreitWignerAverage else { return nil }
        let muonThreshold = 4 * PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
        // Bare integral: the ratio does not depend on g.
        let onShell = LoopFunction.normalizedIntegral(q2GeV2: massGeV * massGeV).lengthSquared
        return weight.average(breakpointsQ2: [muonThreshold], asymptoticValue: -1) {
            LoopFunction.normalizedIntegral(q2GeV2: $0).lengthSquared / onShell - 1
        }
    }
}

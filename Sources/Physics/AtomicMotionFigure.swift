import Foundation

/// The curves of the 2024 letter's Fig. 3 (docs/PHYSICS.md §6): σ(e⁺e⁻ → Z′ → invisible) per atom [cm²] vs
/// positron energy E₊ [GeV], with all electrons at rest and with atomic-electron motion.
public enum AtomicMotionFigure {
    /// Both curves on the same energies.
    public struct Curves: Sendable, Hashable {
        /// Positron energies [GeV], ascending.
        public var positronEnergiesGeV: [Double]
        /// Z σ_inv(s = 2m_e² + 2m_e E₊) [cm²].
        public var atRestCm2: [Double]
        /// σ_atom(E₊) with the subshell momentum distributions [cm²].
        public var atomicMotionCm2: [Double]
    }

    /// The energies: log-spaced over the whole reach of the kernel, E₊ = m_e cosh(Y_res ± Δ_max)
    /// (`broadCount` points), plus a sinh-spaced window centred on the at-rest pole E_res with centre spacing
    /// ~ the at-rest half-width mΓ/(2m_e) × 2·asinh(…)/`peakCount`, reaching ±20 % of E_res (the outer shells'
    /// structures, ΔE₊/E₊ ~ η ~ 0.5 %). E_res itself is on the grid.
    public static func energies(model: ZPrimeModel, kernel: AtomicMotionKernel, broadCount: Int = 1000, peakCount: Int = 1200) -> [Double] {
        let me = PhysicalConstants.electronMassGeV
        let resonance = model.resonancePositronEnergyGeV
        let rapidity = acosh(resonance / me)
        let lower = me * cosh(max(0.1, rapidity - kernel.maximumRapidity))
        let upper = me * cosh(rapidity + kernel.maximumRapidity)
        let halfWidth = model.massGeV * model.totalWidthGeV / (2 * me)
        return Grid.merged(
            [
                LogarithmicGrid(from: lower, to: upper, count: broadCount).points,
                Grid.sinhSpaced(center: resonance, width: halfWidth, halfRange: 0.2 * resonance, count: peakCount),
                [resonance]
            ],
            lower: lower, upper: upper)
    }

    /// Fig. 3 curves for `model` (default: vanilla, m_Z′ = 225 MeV, g = 0.03) on lead.
    /// Cost: one adaptive s-integral per energy for the motion curve, O(1) per energy at rest.
    public static func curves(
        model: ZPrimeModel = .vanilla(massGeV: 0.225, coupling: 0.03),
        kernel: AtomicMotionKernel = .lead, broadCount: Int = 1000, peakCount: Int = 1200
    ) -> Curves {
        let grid = energies(model: model, kernel: kernel, broadCount: broadCount, peakCount: peakCount)
        let toCm2 = PhysicalConstants.inverseGeV2InCm2
        return Curves(
            positronEnergiesGeV: grid,
            atRestCm2: grid.map { kernel.invisibleCrossSectionAtRest(positronEnergyGeV: $0, model: model) * toCm2 },
            atomicMotionCm2: grid.map { kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: $0, model: model) * toCm2 })
    }
}

import Foundation
import Physics
import BuildEngine
import DataFormats

/// `atomic-cross-section`: the 2024 letter's Fig. 3 curves, σ(e⁺e⁻ → Z′ → invisible) per lead atom vs
/// E₊ with all electrons at rest and with atomic-electron motion (docs/PHYSICS.md §6; letter Eq. 5).
///
/// Output `table`: `E_GeV`, `sigma_at_rest_cm2` (Z σ_inv at s = 2m_e² + 2m_e E₊) and, when
/// `atomic_motion` is on, `sigma_atomic_motion_cm2` (the subshell-averaged σ_atom of §6).
/// The model is the vanilla one (g_D = 0), as in the letter's Fig. 3.
struct AtomicCrossSectionStep: StepKind {
    struct Parameters: ParameterSet {
        var mass_GeV: Double = 0.225
        var coupling: Double = 0.03
        var energy_min_GeV: Double?
        var energy_max_GeV: Double?
        var broad_points: Int = 1000
        var peak_points: Int = 1200
        var atomic_motion: Bool = true

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_GeV", unit: "GeV", "Z′ mass; 2m_e < m ≤ 10 GeV (letter: 225 MeV)"),
            ParameterDoc("coupling", unit: "1", "g_Z′, in (0, 1] (letter: 0.03)"),
            .optional(
                "energy_min_GeV", unit: "GeV", "lower end of the energy window (the window's ends are added to the grid)",
                whenAbsent: "the kernel's reach, m_e cosh(Y_res − Δ_max)"),
            .optional("energy_max_GeV", unit: "GeV", "upper end of the energy window", whenAbsent: "m_e cosh(Y_res + Δ_max)"),
            ParameterDoc("broad_points", unit: "1", "log-spaced points over the kernel's whole reach"),
            ParameterDoc("peak_points", unit: "1", "sinh-spaced points resolving the at-rest pole (±20 % of E_res)"),
            ParameterDoc("atomic_motion", "also compute the curve with atomic-electron motion (the lead subshells of PHYSICS.md §6)")
        ]
    }

    static let name = "atomic-cross-section"
    static let summary = "Fig. 3: σ(e⁺e⁻ → Z′ → invisible) per lead atom vs E₊, at rest and with atomic motion (PHYSICS.md §6)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        // The resonance E_res = (m² − 2m_e²)/(2m_e) needs m > √2 m_e; keep to the model's range (< 10 GeV).
        if !(p.mass_GeV > 2 * PhysicalConstants.electronMassGeV && p.mass_GeV <= 10) { return "mass_GeV: expected 2 m_e < mass_GeV <= 10" }
        if !(p.coupling > 0 && p.coupling <= 1) { return "coupling: expected 0 < coupling <= 1" }
        if let low = p.energy_min_GeV, !(low > 0 && low.isFinite) { return "energy_min_GeV: expected a positive energy" }
        if let high = p.energy_max_GeV, !(high > 0 && high.isFinite) { return "energy_max_GeV: expected a positive energy" }
        if let low = p.energy_min_GeV, let high = p.energy_max_GeV, !(high > low) { return "expected energy_min_GeV < energy_max_GeV" }
        if p.broad_points < 2 || p.broad_points > 1_000_000 { return "broad_points: expected 2 to 1000000" }
        if p.peak_points < 2 || p.peak_points > 1_000_000 { return "peak_points: expected 2 to 1000000" }
        return nil
    }

    /// The energies: the Physics grid of Fig. 3 restricted to the window, with the window's ends added.
    static func energies(_ p: Parameters, model: ZPrimeModel, kernel: AtomicMotionKernel) -> [Double] {
        let grid = AtomicMotionFigure.energies(model: model, kernel: kernel, broadCount: p.broad_points, peakCount: p.peak_points)
        guard let first = grid.first, let last = grid.last else { return grid }
        let low = p.energy_min_GeV ?? first, high = p.energy_max_GeV ?? last
        return Grid.merged([grid, [low, high]], lower: low, upper: high)
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: AtomicCrossSectionTable.columnNames(atomicMotion: p.atomic_motion))
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let model = ZPrimeModel.vanilla(massGeV: p.mass_GeV, coupling: p.coupling)
        let kernel = AtomicMotionKernel.lead
        let grid = energies(p, model: model, kernel: kernel)
        guard grid.count >= 2 else { throw StepFailure("the energy window holds fewer than 2 points") }
        let toCm2 = PhysicalConstants.inverseGeV2InCm2
        let atRest = grid.map { kernel.invisibleCrossSectionAtRest(positronEnergyGeV: $0, model: model) * toCm2 }
        var motion: [Double]? = nil
        if p.atomic_motion {
            var values: [Double] = []
            values.reserveCapacity(grid.count)
            for (index, energy) in grid.enumerated() {
                values.append(kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: energy, model: model) * toCm2)
                if index % 64 == 0 { context.reportProgress(index, grid.count) }
            }
            motion = values
        }
        context.reportProgress(grid.count, grid.count)
        let table = AtomicCrossSectionTable(
            energiesGeV: grid, atRestCm2: atRest, atomicMotionCm2: motion,
            metadata: [
                ("model", "vanilla L_mu-L_tau, m_Z' = \(canonicalNumber(p.mass_GeV)) GeV, g = \(canonicalNumber(p.coupling))"),
                ("target", "lead, Z = \(kernel.atomicNumber), subshells of PHYSICS.md section 6 (Carlson 1975 via G4AtomicShells)"),
                ("resonance_E_GeV", canonicalNumber(model.resonancePositronEnergyGeV))
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

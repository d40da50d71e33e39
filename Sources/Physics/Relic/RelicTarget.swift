import Foundation

/// The thermal target: the L_μ−L_τ coupling g for which dark matter of mass m_χ annihilating through the Z′
/// leaves the observed relic density (docs/PHYSICS.md §14).
///
/// ⟨σv⟩ ∝ g² at a fixed Z′ width, so the nodes' thermal averages are computed once per width and the root of
/// ln Ω h²(g) − ln Ω_target is found by Brent's method in ln g; the width is then recomputed at the new g and the
/// search repeated until g moves by less than 10⁻⁸ (relative).
public struct RelicTarget: Sendable {
    /// The candidate.
    public var kind: DarkMatterKind
    /// m_Z′/m_χ.
    public var massRatio: Double
    /// g_χ.
    public var darkCoupling: Double
    /// The Ω h² to reach (0.12, Planck 2018).
    public var relicDensity: Double
    /// Boltzmann grid: steps from x = 1 to `xEnd`.
    public var steps: Int
    /// Last node of the Boltzmann grid.
    public var xEnd: Double

    /// Memberwise initialiser.
    public init(
        kind: DarkMatterKind, massRatio: Double, darkCoupling: Double, relicDensity: Double = 0.12, steps: Int = 2000,
        xEnd: Double = 1e4
    ) {
        self.kind = kind
        self.massRatio = massRatio
        self.darkCoupling = darkCoupling
        self.relicDensity = relicDensity
        self.steps = steps
        self.xEnd = xEnd
    }

    /// One point of the target.
    public struct Point: Sendable, Equatable {
        /// m_χ [GeV].
        public var darkMatterMassGeV: Double
        /// g on the target.
        public var coupling: Double
        /// y = (g_χ g)² (m_χ/m_Z′)⁴.
        public var yVariable: Double
        /// x_f (Y = 2 Y_eq).
        public var freezeOutX: Double?
        /// Ω h² reached at that g (equal to the target to the root's accuracy).
        public var relicDensity: Double
    }

    /// The target at m_χ [GeV] for the plasma `degrees`; nil if no g in [10⁻⁹, 10] reaches Ω h².
    public func point(darkMatterMassGeV m: Double, degrees: EffectiveDegreesOfFreedom) -> Point? {
        point(plasma: plasma(darkMatterMassGeV: m, degrees: degrees))
    }

    /// The freeze-out grid's plasma part at m_χ [GeV] (`steps`, `xEnd`), which candidates of that mass can share.
    public func plasma(darkMatterMassGeV m: Double, degrees: EffectiveDegreesOfFreedom) -> FreezeOutPlasma {
        FreezeOutPlasma(degrees: degrees, massGeV: m, xEnd: xEnd, steps: steps)
    }

    /// The target at the plasma's mass, exactly `point(darkMatterMassGeV:degrees:)` when `plasma` comes from
    /// `plasma(darkMatterMassGeV:degrees:)` (of any candidate: it does not depend on the kind).
    public func point(plasma: FreezeOutPlasma) -> Point? {
        precondition(plasma.xStart == 1 && plasma.xEnd == xEnd && plasma.steps == steps, "the plasma's grid is not this target's")
        let m = plasma.massGeV
        let solver = FreezeOutSolver(plasma: plasma, internalDegrees: kind.degreesOfFreedom)
        let reference = 1e-3
        var coupling = reference
        var last: (base: [Double], scale: Double)?
        for _ in 0..<20 {
            let process = DarkMatterAnnihilation(
                kind: kind, darkMatterMassGeV: m, mediatorMassGeV: m * massRatio, darkCoupling: darkCoupling, coupling: coupling)
            let width = process.totalWidthGeV
            var atReference = process
            atReference.coupling = reference
            let base = solver.nodes.map { kind.annihilationWeight * atReference.thermalAverage(x: $0, widthGeV: width) }
            func logMismatch(_ logG: Double) -> Double {
                let scale = exp(2 * (logG - log(reference)))
                return log(solver.relicDensity(effectiveCrossSection: base, scale: scale) / relicDensity)
            }
            guard let logG = try? RootFinding.brent(in: log(1e-9)...log(10), tolerance: 1e-10, logMismatch) else { return nil }
            let next = exp(logG)
            last = (base, exp(2 * (logG - log(reference))))
            defer { coupling = next }
            if abs(next - coupling) <= 1e-8 * next { break }
        }
        // Only the last width iteration's solution is reported: it alone is solved for x_f.
        guard let (base, scale) = last else { return nil }
        let solution = solver.solve(effectiveCrossSection: base.map { $0 * scale })
        return Point(
            darkMatterMassGeV: m, coupling: coupling,
            yVariable: DarkMatterVariable.y(coupling: coupling, darkCoupling: darkCoupling, massRatio: massRatio),
            freezeOutX: solution.freezeOutX, relicDensity: solution.relicDensity)
    }
}

/// The dark-matter variable of the NA64-μ letter's Fig. 4 (docs/PHYSICS.md §14).
public enum DarkMatterVariable {
    /// y = (g_χ g)² (m_χ/m_Z′)⁴ for m_Z′/m_χ = `massRatio`.
    public static func y(coupling: Double, darkCoupling: Double, massRatio: Double) -> Double {
        let product = darkCoupling * coupling / (massRatio * massRatio)
        return product * product
    }
}

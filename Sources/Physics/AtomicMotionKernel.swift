import Foundation

/// The atom-dependent kernel K(Δ) of the exact one-dimensional form of the atomic-motion average
/// (docs/PHYSICS.md §6; 2024 letter Eq. 5), tabulated once per atom.
///
/// With E₊ = m_e cosh Y, E₋ = m_e cosh η and s = 2m_e²(1 + cosh Y_s), the z-average at fixed η is
/// ½∫dz σ(s) = (1/(4m_e² sinh Y sinh η)) ∫_{s(Y−η)}^{s(Y+η)} ds σ(s); exchanging the η- and s-integrals
/// and using dT = m_e sinh η dη gives
///
///     σ_atom(E₊) = (1/(4m_e sinh Y)) ∫ds σ(s) K(Y − Y_s),  K(Δ) = Σᵢ nᵢ Wᵢ(|Δ|),
///     Wᵢ(η₀) = ∫_{η₀}^{∞} pᵢ(T(η)) dη,  T(η) = m_e(cosh η − 1).
///
/// (The exact upper limit η ≤ Y + Y_s is dropped: pᵢ there is below e^{−10⁴}.)
/// K has units GeV⁻¹; K(Δ) = 0 beyond `maximumRapidity`, where T = 45 E_B of the deepest shell
/// (pᵢ < e^{−45} ≈ 3×10⁻²⁰ relative).
///
/// Tabulation: Δ = δ₀(eᵘ − 1) on a uniform u-grid (fine near 0, where the outer shells, with widths
/// η ~ √(2E_B/m_e) ≈ 0.005, live), W from cumulative 8-point Gauss–Legendre sums per cell, cubic
/// Hermite interpolation using the exact derivative K′(Δ) = −Σ nᵢ pᵢ(T(Δ)). Evaluation is O(1).
public struct AtomicMotionKernel: Sendable {
    /// The subshells.
    public let shells: [AtomicShell]
    /// Z = Σ nᵢ.
    public let atomicNumber: Int
    /// Beyond this |Δ| the kernel is zero.
    public let maximumRapidity: Double
    /// δ₀ of the grid map Δ = δ₀(eᵘ − 1).
    let scale: Double
    /// Uniform step in u.
    let step: Double
    /// K at the grid nodes [GeV⁻¹].
    let values: [Double]
    /// dK/du at the grid nodes [GeV⁻¹].
    let slopes: [Double]
    /// K and dK/du node after node (K₀, K′₀, K₁, K′₁, …): an evaluation reads one 32-byte run.
    @usableFromInline let interleaved: [Double]

    /// Builds the table; `nodeCount` grid nodes (cost O(nodeCount × shells), done once per atom).
    public init(shells: [AtomicShell], nodeCount: Int = 4000) {
        precondition(!shells.isEmpty && nodeCount >= 16, "need shells and a grid")
        self.shells = shells
        atomicNumber = shells.reduce(0) { $0 + $1.occupancy }
        let me = PhysicalConstants.electronMassGeV
        let deepest = shells.map(\.bindingEnergyGeV).max()!
        let shallowest = shells.map(\.bindingEnergyGeV).min()!
        maximumRapidity = acosh(1 + 45 * deepest / me)
        // δ₀: a tenth of the smallest shell's rapidity width, so the finest shell gets many nodes.
        scale = 0.1 * (2 * shallowest / me).squareRoot()
        let uMax = log(1 + maximumRapidity / scale)
        step = uMax / Double(nodeCount - 1)
        let scale = self.scale, step = self.step
        let rule = GaussLegendre(pointCount: 8)
        func density(_ eta: Double) -> Double {  // Σ nᵢ pᵢ(T(η)) [GeV⁻¹]
            let kinetic = me * (cosh(eta) - 1)
            var sum = 0.0
            for shell in shells {
                sum += Double(shell.occupancy) * exp(-kinetic / shell.bindingEnergyGeV) / shell.bindingEnergyGeV
            }
            return sum
        }
        var values = [Double](repeating: 0, count: nodeCount)
        var slopes = [Double](repeating: 0, count: nodeCount)
        func rapidity(_ index: Int) -> Double { scale * (exp(Double(index) * step) - 1) }
        // Cumulative from the top: K(Δ_j) = K(Δ_{j+1}) + ∫_{Δ_j}^{Δ_{j+1}} Σ nᵢ pᵢ dη.
        for j in stride(from: nodeCount - 2, through: 0, by: -1) {
            values[j] = values[j + 1] + rule.integrate(from: rapidity(j), to: rapidity(j + 1), density)
        }
        for j in 0..<nodeCount {
            // dK/du = K′(Δ) dΔ/du = −density(Δ) · (Δ + δ₀).
            slopes[j] = -density(rapidity(j)) * (rapidity(j) + scale)
        }
        self.values = values
        self.slopes = slopes
        interleaved = zip(values, slopes).flatMap { [$0, $1] }
    }

    /// The lead atom (docs/PHYSICS.md §6 subshell table).
    public static let lead = AtomicMotionKernel(shells: AtomicShell.lead)

    /// One polyvinyltoluene molecule, C₉H₁₀ (the scintillator's electrons, `AtomicShell.polyvinyltoluene`).
    public static let polyvinyltoluene = AtomicMotionKernel(shells: AtomicShell.polyvinyltoluene)

    /// K(Δ) = Σ nᵢ Wᵢ(|Δ|) [GeV⁻¹].
    @inlinable
    public func callAsFunction(_ rapidityDifference: Double) -> Double {
        value(at: abs(rapidityDifference))
    }

    @usableFromInline
    func value(at rapidity: Double) -> Double {
        guard rapidity < maximumRapidity else { return 0 }
        let u = log1p(rapidity / scale) / step
        let index = min(Int(u), values.count - 2)
        let t = u - Double(index)
        // Cubic Hermite on [index, index+1] in u; t = (u − u_j)/step, so dK/dt = step·dK/du.
        let t2 = t * t, t3 = t2 * t
        let h00 = 2 * t3 - 3 * t2 + 1, h10 = t3 - 2 * t2 + t
        let h01 = -2 * t3 + 3 * t2, h11 = t3 - t2
        let at = 2 * index  // values[index], slopes[index], values[index + 1], slopes[index + 1]
        let left = interleaved[at], leftSlope = interleaved[at + 1], right = interleaved[at + 2], rightSlope = interleaved[at + 3]
        return h00 * left + h01 * right + step * (h10 * leftSlope + h11 * rightSlope)
    }

    /// (1/Z) Σ nᵢ⟨η/sinh η⟩ᵢ: the sum-rule ratio ∫dE₊σ_atom / ∫dE₊ Zσ_rest, from ∫₀^∞ K(Δ)dΔ = (1/m_e)Σnᵢ⟨η/sinh η⟩ᵢ.
    /// Computed from the table (the tests compute it independently from the T-distributions).
    public var sumRuleRatio: Double {
        let value = AdaptiveQuadrature.integrate(from: 0, to: maximumRapidity, relativeTolerance: 1e-12) { self($0) }.value
        return value * PhysicalConstants.electronMassGeV / Double(atomicNumber)
    }
}

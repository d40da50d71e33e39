import Foundation

/// The candidate-independent part of a freeze-out grid at one relic mass (docs/PHYSICS.md §14): the nodes x_i,
/// g_s and the rate factor √(π/45) M_Pl m g_*^{1/2} at T = m/x_i. The internal degrees of freedom g_χ only enter
/// ln Y_eq additively, so the complex scalar, pseudo-Dirac and Majorana solvers at one mass share one plasma
/// (`FreezeOutSolver(plasma:internalDegrees:)`), and g_s is computed once per node for both Y_eq and g_*^{1/2}.
public struct FreezeOutPlasma: Sendable {
    /// The plasma's degrees of freedom.
    public let degrees: EffectiveDegreesOfFreedom
    /// Relic mass m [GeV].
    public let massGeV: Double
    /// First node.
    public let xStart: Double
    /// Last node.
    public let xEnd: Double
    /// Steps between the nodes.
    public let steps: Int
    /// Grid nodes x_i, uniform in ln x.
    public let nodes: [Double]
    /// g_s(m/x_i).
    public let entropyDegrees: [Double]
    /// √(π/45) M_Pl m g_*^{1/2}(m/x_i) [GeV²·(GeV⁻² ⟨σv⟩)⁻¹].
    public let rateFactor: [Double]

    /// Prepares the grid: `steps` steps from `xStart` to `xEnd`.
    public init(degrees: EffectiveDegreesOfFreedom, massGeV: Double, xStart: Double = 1, xEnd: Double = 1e4, steps: Int = 2000) {
        precondition(massGeV > 0 && xStart > 0 && xEnd > xStart && steps >= 2, "invalid freeze-out grid")
        self.degrees = degrees
        self.massGeV = massGeV
        self.xStart = xStart
        self.xEnd = xEnd
        self.steps = steps
        let h = log(xEnd / xStart) / Double(steps)
        let nodes = (0...steps).map { xStart * exp(Double($0) * h) }
        self.nodes = nodes
        var entropy: [Double] = [], factor: [Double] = []
        entropy.reserveCapacity(nodes.count)
        factor.reserveCapacity(nodes.count)
        for x in nodes {
            let plasma = degrees.plasma(temperatureGeV: massGeV / x)
            entropy.append(plasma.entropy)
            factor.append((Double.pi / 45).squareRoot() * CosmologyConstants.planckMassGeV * massGeV * plasma.boltzmannFactor)
        }
        entropyDegrees = entropy
        rateFactor = factor
    }
}

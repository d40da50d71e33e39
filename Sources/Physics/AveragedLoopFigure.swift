/// The curve of the 2024 letter's Fig. 2 (docs/PHYSICS.md §5): (I_|Π|²/N − |Π(m²)|²)/|Π(m²)|² vs m_Z′.
public enum AveragedLoopFigure {
    /// The masses [GeV]: a log grid from `lowerMassGeV` to `upperMassGeV` (`logarithmicCount` points), plus a
    /// sinh-spaced window around 2m_μ whose centre spacing is ~Γ_χχ(2m_μ)/40 and which reaches ±60Γ_χχ:
    /// the Breit–Wigner (width Γ/2 in m) straddles the square-root cusp of Π at q² = 4m_μ² only there,
    /// which is where the largest effect sits (a few MeV wide). 2m_μ itself is on the grid.
    public static func masses(
        alphaDark: Double, massRatio: Double = 3,
        lowerMassGeV: Double = 1e-3, upperMassGeV: Double = 1, logarithmicCount: Int = 600, windowCount: Int = 600
    ) -> [Double] {
        let threshold = 2 * PhysicalConstants.muonMassGeV
        let width = ZPrimeModel.dark(massGeV: threshold, coupling: 1, alphaDark: alphaDark, massRatio: massRatio).darkWidthGeV
        let window = Grid.sinhSpaced(center: threshold, width: width / 4, halfRange: 60 * width, count: windowCount)
        return Grid.merged(
            [LogarithmicGrid(from: lowerMassGeV, to: upperMassGeV, count: logarithmicCount).points, window, [threshold]],
            lower: lowerMassGeV, upper: upperMassGeV)
    }

    /// The relative difference at each mass of `masses(...)` for α_D and m_Z′/m_χ (the papers: 3).
    /// Independent of g. Cost: one adaptive integral (a few hundred Π evaluations) per mass.
    public static func relativeDifferenceCurve(
        alphaDark: Double, massRatio: Double = 3,
        lowerMassGeV: Double = 1e-3, upperMassGeV: Double = 1, logarithmicCount: Int = 600, windowCount: Int = 600
    ) -> SampledCurve {
        let grid = masses(
            alphaDark: alphaDark, massRatio: massRatio, lowerMassGeV: lowerMassGeV,
            upperMassGeV: upperMassGeV, logarithmicCount: logarithmicCount, windowCount: windowCount)
        let values = grid.map { mass in
            ZPrimeModel.dark(massGeV: mass, coupling: 1, alphaDark: alphaDark, massRatio: massRatio)
                .averagedLoopRelativeDifference ?? 0
        }
        return SampledCurve(x: grid, y: values)
    }
}

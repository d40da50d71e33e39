import Testing
@testable import Physics

/// The E_F grid of the tabulated efficiency: uniform over [0, E₀] plus a dense window at the step.
@Suite struct EfficiencyGridTests {
    /// 11 uniform points (10 GeV apart) and 5 dense points across 50 ± 5σ(50 GeV) GeV, all distinct
    /// except the dense centre 50, which is also a uniform point.
    @Test func uniformPlusDenseWindow() {
        let model = SignalEfficiency()
        let sigma = model.resolution.standardDeviationGeV(energyGeV: 50)
        let grid = model.energyGridGeV(points: 11, densePoints: 5, denseWidthSigmas: 5)
        #expect(grid.first == 0 && grid.last == 100)
        #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 < $1 })
        #expect(grid.count == 11 + 5 - 1)
        #expect(grid.contains(50 - 5 * sigma) && grid.contains(50 + 5 * sigma))
    }

    /// Dense points outside (0, E₀) are dropped: a window wider than the beam adds only its inner points.
    @Test func denseWindowIsClippedToTheBeam() {
        let grid = SignalEfficiency().energyGridGeV(points: 2, densePoints: 3, denseWidthSigmas: 1000)
        #expect(grid == [0, 50, 100])
    }
}

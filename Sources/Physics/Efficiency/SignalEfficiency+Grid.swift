extension SignalEfficiency {
    /// The E_F grid on which the efficiency is tabulated: `points` uniform points over [0, E₀] (both ends
    /// exact), plus `densePoints` uniform points across E₀ − E_thr ± `denseWidthSigmas` σ(E_thr), where η
    /// rises (the step sits where the deposited energy equals the threshold; its width is σ(E_thr)); dense
    /// points outside (0, E₀) are dropped. Sorted, without duplicates; O(n log n) for n points.
    public func energyGridGeV(points: Int, densePoints: Int, denseWidthSigmas: Double) -> [Double] {
        precondition(points >= 2, "an efficiency grid needs at least 2 points")
        let beam = beamEnergyGeV
        var grid = (0..<points).map { beam * Double($0) / Double(points - 1) }
        grid[points - 1] = beam
        let center = beam - thresholdGeV
        let halfWidth = denseWidthSigmas * resolution.standardDeviationGeV(energyGeV: thresholdGeV)
        if densePoints > 1 {
            for index in 0..<densePoints {
                let point = center - halfWidth + 2 * halfWidth * Double(index) / Double(densePoints - 1)
                if point > 0 && point < beam { grid.append(point) }
            }
        }
        return Array(Set(grid)).sorted()
    }
}

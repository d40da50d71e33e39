extension SignalEfficiency {
    /// The same model with the ECAL threshold at `thresholdGeV` (beam energy, resolution and plateau unchanged).
    public func withThreshold(_ thresholdGeV: Double) -> SignalEfficiency {
        var model = self
        model.thresholdGeV = thresholdGeV
        return model
    }

    /// This model tabulated for the linear interpolation of the yield integrals, on `grid` (the E_F grid of a table made
    /// for the threshold `gridThresholdGeV`) together with the same grid moved by the threshold change, so that the
    /// points that resolve the step at E₀ − E_thr follow it; points outside [0, E₀] are dropped. With
    /// `thresholdGeV == gridThresholdGeV` the values are those of the original table.
    public func tabulated(followingGrid grid: [Double], madeForThresholdGeV gridThresholdGeV: Double) -> TabulatedEfficiency {
        let shift = gridThresholdGeV - thresholdGeV
        let moved = shift == 0 ? [] : grid.map { $0 + shift }.filter { $0 >= 0 && $0 <= beamEnergyGeV }
        let energies = Array(Set(grid + moved)).sorted()
        return TabulatedEfficiency(energiesGeV: energies, values: energies.map { efficiency(zPrimeEnergyGeV: $0) })
    }
}

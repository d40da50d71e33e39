/// The signal efficiency η(E) tabulated by the efficiency step, interpolated linearly (docs/PHYSICS.md §9).
public struct TabulatedEfficiency: Sendable {
    /// Grid energies [GeV], increasing.
    public let energiesGeV: [Double]
    /// η at each grid energy.
    public let values: [Double]
    private let interpolator: LinearInterpolator

    /// The efficiency from its grid (≥ 2 increasing energies, values in [0, 1]).
    public init(energiesGeV: [Double], values: [Double]) {
        self.energiesGeV = energiesGeV
        self.values = values
        interpolator = LinearInterpolator(x: energiesGeV, y: values)
    }

    /// η at `energyGeV`.
    public func callAsFunction(_ energyGeV: Double) -> Double {
        if energyGeV < energiesGeV[0] { return 0 }
        if energyGeV >= energiesGeV[energiesGeV.count - 1] { return values[values.count - 1] }
        return interpolator(energyGeV) ?? 0
    }

    /// The energy below which η vanishes identically: the grid point before the first non-zero value
    /// (the yield integrals skip everything below it).
    public var lowestSignalEnergyGeV: Double {
        guard let first = values.firstIndex(where: { $0 > 0 }) else { return energiesGeV[energiesGeV.count - 1] }
        return energiesGeV[max(0, first - 1)]
    }

    /// The grid point before the first η above `fraction` × its maximum: where the signal becomes non-negligible
    /// (the mass grid's resonance window starts there; the Gaussian tail below never reaches zero in practice).
    public func lowestEnergy(aboveFractionOfMaximum fraction: Double) -> Double {
        let largest = values.max() ?? 0
        guard let first = values.firstIndex(where: { $0 > fraction * largest }) else { return energiesGeV[energiesGeV.count - 1] }
        return energiesGeV[max(0, first - 1)]
    }
}

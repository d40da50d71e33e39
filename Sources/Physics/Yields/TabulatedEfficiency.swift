/// The signal efficiency η(E) tabulated by the efficiency step, interpolated linearly (docs/PHYSICS.md §9).
public struct TabulatedEfficiency: Sendable {
    /// Grid energies [GeV], increasing.
    public let energiesGeV: [Double]
    /// η at each grid energy.
    public let values: [Double]
    /// The interpolation's operands per grid interval, packed so that an evaluation reads one record.
    private let intervals: [Interval]
    /// For each of `bucketsPerGeV` buckets over the grid, the interval to start searching from (`LinearInterpolator`'s
    /// bucket table: the last node at or below the bucket's lower edge).
    private let bucketStart: [Int32]
    private let bucketsPerGeV: Double

    /// Interval i: its lower node E_i, its width E_{i+1} − E_i, η_i and η_{i+1} − η_i.
    struct Interval {
        let energyGeV: Double, widthGeV: Double, value: Double, rise: Double
    }

    /// The efficiency from its grid (≥ 2 increasing energies, values in [0, 1]).
    public init(energiesGeV: [Double], values: [Double]) {
        precondition(energiesGeV.count == values.count && energiesGeV.count >= 2, "interpolation needs two or more points")
        self.energiesGeV = energiesGeV
        self.values = values
        let count = energiesGeV.count
        intervals = (0..<(count - 1)).map {
            Interval(
                energyGeV: energiesGeV[$0], widthGeV: energiesGeV[$0 + 1] - energiesGeV[$0], value: values[$0],
                rise: values[$0 + 1] - values[$0])
        }
        let bucketCount = 4 * count
        let perGeV = Double(bucketCount) / (energiesGeV[count - 1] - energiesGeV[0])
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        var node = 0
        for bucket in 0...bucketCount {
            let edge = energiesGeV[0] + Double(bucket) / perGeV
            while node + 1 < count - 1, energiesGeV[node + 1] <= edge { node += 1 }
            starts[bucket] = Int32(node)
        }
        bucketStart = starts
        bucketsPerGeV = perGeV
    }

    /// η at `energyGeV`: 0 below the grid (and for NaN), the last value from the last energy on, else linear between
    /// the grid points around it (the interval i with E_i ≤ E < E_{i+1}), computed as y_i + ((E − E_i)/(E_{i+1} − E_i))
    /// (y_{i+1} − y_i): `LinearInterpolator`'s operations, so the same number to the bit.
    public func callAsFunction(_ energyGeV: Double) -> Double {
        guard energyGeV >= energiesGeV[0] else { return 0 }
        if energyGeV >= energiesGeV[energiesGeV.count - 1] { return values[values.count - 1] }
        var i = Int(bucketStart[min(Int((energyGeV - energiesGeV[0]) * bucketsPerGeV), bucketStart.count - 1)])
        while intervals[i].energyGeV > energyGeV { i -= 1 }  // rounding at a bucket edge
        while i + 1 < intervals.count, intervals[i + 1].energyGeV <= energyGeV { i += 1 }
        let interval = intervals[i]
        let t = (energyGeV - interval.energyGeV) / interval.widthGeV
        return interval.value + t * interval.rise
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

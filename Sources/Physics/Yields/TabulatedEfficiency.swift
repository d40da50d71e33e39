/// The signal efficiency η(E) tabulated by the efficiency step, interpolated linearly (docs/PHYSICS.md §9).
public struct TabulatedEfficiency: Sendable {
    /// Grid energies [GeV], increasing.
    public let energiesGeV: [Double]
    /// η at each grid energy.
    public let values: [Double]
    /// The interpolation's operands per grid interval, packed so that an evaluation reads one record.
    private let intervals: [Interval]
    /// For each of `bucketsPerGeV` buckets over the grid, the interval to start searching from: the one before the last
    /// node at or below the bucket's lower edge (`LinearInterpolator`'s bucket table, one node earlier).
    private let bucketStart: [Int32]
    private let bucketsPerGeV: Double
    /// The steps forward from a bucket's start that reach any interval in the bucket (the most nodes a bucket holds,
    /// plus one): a search takes them all, without a branch on the energy, and then checks its interval.
    private let searchSteps: Int
    /// The most intervals past the lowest one that `evaluate` counts its way through instead of searching.
    static let nearbyNodes = 8

    /// Interval i: its lower node E_i, its width E_{i+1} − E_i, η_i and η_{i+1} − η_i.
    struct Interval {
        let energyGeV: Double, widthGeV: Double, value: Double, rise: Double

        /// y_i + ((E − E_i)/(E_{i+1} − E_i)) (y_{i+1} − y_i): `LinearInterpolator`'s operations.
        @inline(__always)
        func interpolated(at energy: Double) -> Double { value + ((energy - energyGeV) / widthGeV) * rise }
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
        // Buckets fine enough that each holds at most two nodes (up to 64 per node), so a search takes few steps.
        var bucketCount = 4 * count
        while true {
            let perGeV = Double(bucketCount) / (energiesGeV[count - 1] - energiesGeV[0])
            var starts = [Int32](repeating: 0, count: bucketCount + 1)
            var node = 0, mostNodes = 0
            for bucket in 0...bucketCount {
                let edge = energiesGeV[0] + Double(bucket) / perGeV
                let previous = node
                while node + 1 < count - 1, energiesGeV[node + 1] <= edge { node += 1 }
                starts[bucket] = Int32(max(node - 1, 0))
                mostNodes = max(mostNodes, node - previous)
            }
            if mostNodes <= 2 || bucketCount >= 64 * count {
                bucketStart = starts
                bucketsPerGeV = perGeV
                searchSteps = mostNodes + 1
                break
            }
            bucketCount *= 2
        }
    }

    /// η at `energyGeV`: 0 below the grid (and for NaN), the last value from the last energy on, else linear between
    /// the grid points around it (the interval i with E_i ≤ E < E_{i+1}), computed as y_i + ((E − E_i)/(E_{i+1} − E_i))
    /// (y_{i+1} − y_i): `LinearInterpolator`'s operations, so the same number to the bit.
    public func callAsFunction(_ energyGeV: Double) -> Double {
        guard let i = interval(containing: energyGeV) else { return valueOutsideGrid(energyGeV) }
        return intervals[i].interpolated(at: energyGeV)
    }

    /// The interval i with E_i ≤ E < E_{i+1}, nil below the grid (and for NaN) and from the last energy on: from the
    /// bucket's start, `searchSteps` conditional increments (no branch on E: E_{i+1} ≤ E adds one, and once false it
    /// stays false), then the checks of `LinearInterpolator`'s search, which find the same i whatever the start.
    @inline(__always)
    private func interval(containing energyGeV: Double) -> Int? {
        guard energyGeV >= energiesGeV[0], energyGeV < energiesGeV[energiesGeV.count - 1] else { return nil }
        var i = Int(bucketStart[min(Int((energyGeV - energiesGeV[0]) * bucketsPerGeV), bucketStart.count - 1)])
        // i + 1 stays a node: the last node is above E, so no step passes the last interval.
        for _ in 0..<searchSteps { i += energiesGeV[i + 1] <= energyGeV ? 1 : 0 }
        while energiesGeV[i] > energyGeV { i -= 1 }  // rounding at a bucket edge
        while energiesGeV[i + 1] <= energyGeV { i += 1 }
        return i
    }

    /// η where `interval(containing:)` is nil: 0 below the grid and for NaN, the last value from the last energy on.
    @inline(__always)
    private func valueOutsideGrid(_ energyGeV: Double) -> Double {
        energyGeV >= energiesGeV[energiesGeV.count - 1] ? values[values.count - 1] : 0
    }

    /// η at `count` energies, `out[p]` = `self(energies[p])` to the bit: the intervals are found first, then the
    /// interpolations (the same operations) run two at a time, so that their divisions overlap instead of each waiting
    /// for the one before. When the energies lie within a few intervals (a quadrature panel mostly does), the interval
    /// of each is the lowest one's plus the number of the nodes above it at or below E: independent comparisons, no
    /// search per energy.
    func evaluate(_ energies: UnsafePointer<Double>, count: Int, into out: UnsafeMutablePointer<Double>) {
        var lowest = energies[0], highest = energies[0], sum = 0.0
        for p in 0..<count {
            lowest = min(lowest, energies[p])
            highest = max(highest, energies[p])
            sum += energies[p]  // NaN if any energy is (or ±∞ meet): then the search per energy
        }
        withUnsafeTemporaryAllocation(of: Interval.self, capacity: count) { picked in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { at in
                if !sum.isNaN, let first = interval(containing: lowest), let last = interval(containing: highest),
                    last - first <= Self.nearbyNodes
                {
                    // E_first ≤ lowest ≤ E < … and E_{last+1} > highest ≥ E: i(E) = first + #{k in first+1…last: E_k ≤ E}.
                    for p in 0..<count {
                        let energy = energies[p]
                        var i = first
                        for k in stride(from: first + 1, through: last, by: 1) { i += energiesGeV[k] <= energy ? 1 : 0 }
                        picked[p] = intervals[i]
                        at[p] = energy
                    }
                } else {
                    for p in 0..<count {
                        let energy = energies[p]
                        if let i = interval(containing: energy) {
                            picked[p] = intervals[i]
                            at[p] = energy
                        } else {
                            // (0 − 0)/1 = 0 and v + 0 × 0 = v: the outside value unchanged (a NaN energy never enters).
                            picked[p] = Interval(energyGeV: 0, widthGeV: 1, value: valueOutsideGrid(energy), rise: 0)
                            at[p] = 0
                        }
                    }
                }
                var p = 0
                while p + 1 < count {
                    let first = picked[p], second = picked[p + 1]
                    let energy = SIMD2(at[p], at[p + 1])
                    let t = (energy - SIMD2(first.energyGeV, second.energyGeV)) / SIMD2(first.widthGeV, second.widthGeV)
                    let value = SIMD2(first.value, second.value) + t * SIMD2(first.rise, second.rise)
                    out[p] = value[0]
                    out[p + 1] = value[1]
                    p += 2
                }
                if p < count {
                    out[p] = picked[p].interpolated(at: at[p])
                }
            }
        }
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

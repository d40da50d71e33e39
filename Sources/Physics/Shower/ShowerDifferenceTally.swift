/// The track length of the shower in progress in difference form: constant work per step, whatever the bins it
/// crosses (no "does the step stay in one bin" branch, no walk over the bins).
///
/// A step whose energy falls from `hi` to `lo` (linearly along its length ℓ, density ρ = ℓ/(hi − lo) per GeV) in
/// bins j = bin(lo) ≤ m = bin(hi) overlaps bin j by e_{j+1} − lo, bin m by hi − e_m and every bin in between by its
/// whole width. It books
///  - one bin (j = m): ends[j] += ℓ (the whole length, also for a step that loses no energy);
///  - several: ends[j] += ρ(e_{j+1} − lo), tops[m] += ρ(hi − e_m), densities[j+1] += ρ, densities[m] −= ρ and
///    counts[j+1] += 1, counts[m] −= 1: the same work for two bins or forty (no walk over the bins, whose exit
///    no branch predictor guesses).
/// Closing the shower, bin k gets ends[k] + tops[k] + (e_{k+1} − e_k)·Σ_{i≤k} densities[i] (two arrays for the end
/// shares: a one-bin step's two writes would otherwise chain through one address); the running count Σ_{i≤k} counts[i]
/// (exact: integers) is the number of steps that cover bin k whole, and where it is 0 the running density is set to
/// exactly 0, so a bin no step reached is exactly 0 and rounding residues of cancelled ±ρ pairs do not carry on.
///
/// Bins −1 (below the range) and binCount (at or above its top) take the parts of steps outside the range and are
/// dropped when the shower closes. Layout: channel c, bin k (−1 … binCount + 1) at c·stride + 1 + k.
struct ShowerDifferenceTally: Sendable {
    let binCount: Int
    let channelCount: Int
    /// Length [cm] of the steps' parts in their low end bins (or the whole length of a one-bin step).
    var endLengthsCm: [Double]
    /// Length [cm] of the steps' parts in their high end bins.
    var topLengthsCm: [Double]
    /// Changes of the density [cm/GeV] of the steps that cover a bin whole, at the bins where they start and stop.
    var densityChanges: [Double]
    /// Changes of the number of steps that cover a bin whole (exact).
    var coverChanges: [Int32]

    /// Entries per channel: bins −1 … binCount + 1.
    var stride: Int { binCount + 3 }

    init(binCount: Int, channelCount: Int) {
        self.binCount = binCount
        self.channelCount = channelCount
        let size = channelCount * (binCount + 3)
        endLengthsCm = Array(repeating: 0, count: size)
        topLengthsCm = endLengthsCm
        densityChanges = endLengthsCm
        coverChanges = Array(repeating: 0, count: size)
    }

    /// Index of bin 0 of `channel` in the buffers.
    func offset(channel: Int) -> Int { channel * stride + 1 }

    /// Runs `body` on the three buffers (one uniqueness check per array instead of one per write).
    mutating func withBuffers<R>(_ body: (ShowerDifferenceBuffers) -> R) -> R {
        endLengthsCm.withUnsafeMutableBufferPointer { ends in
            topLengthsCm.withUnsafeMutableBufferPointer { tops in
                densityChanges.withUnsafeMutableBufferPointer { densities in
                    coverChanges.withUnsafeMutableBufferPointer { counts in
                        body(
                            ShowerDifferenceBuffers(
                                ends: ends.baseAddress!, tops: tops.baseAddress!, densities: densities.baseAddress!,
                                counts: counts.baseAddress!))
                    }
                }
            }
        }
    }
}

/// The buffers of a ``ShowerDifferenceTally`` while a shower is transported.
struct ShowerDifferenceBuffers {
    let ends: UnsafeMutablePointer<Double>
    let tops: UnsafeMutablePointer<Double>
    let densities: UnsafeMutablePointer<Double>
    let counts: UnsafeMutablePointer<Int32>

    /// Books any step (one bin or several, ``bookOneBin(offset:bin:lengthCm:)`` or
    /// ``bookCrossing(offset:lowBin:highBin:highEnergyGeV:lowEnergyGeV:lengthCm:edges:)``) through the same
    /// instructions: bit masks select the shares, so there is no branch on whether the step crosses an edge, for
    /// energies where that is a coin flip to the predictor. Same arguments as `bookCrossing` with `lowBin` ≤ `highBin`.
    @inline(__always)
    func book(
        offset: Int, lowBin: Int, highBin: Int, highEnergyGeV: Double, lowEnergyGeV: Double, lengthCm: Double,
        edges: UnsafePointer<Double>
    ) {
        // Infinite or NaN for a step that loses no energy, and lowShare for one above the range (e_{binCount+1} = +∞):
        // neither crosses an edge, and the mask drops them.
        let density = lengthCm / (highEnergyGeV - lowEnergyGeV)
        let lowShare = density * (edges[lowBin &+ 1] - lowEnergyGeV)
        let highShare = density * (highEnergyGeV - edges[highBin])
        // All ones when the step crosses an edge (lowBin < highBin), else 0, by the sign of the difference: written as
        // a comparison, the compiler turns the masks below back into the branch this form exists to avoid.
        let mask = UInt64(bitPattern: Int64(lowBin &- highBin) >> 63)
        let lowValue = Double(bitPattern: (lowShare.bitPattern & mask) | (lengthCm.bitPattern & ~mask))
        let highValue = Double(bitPattern: highShare.bitPattern & mask)
        let densityValue = Double(bitPattern: density.bitPattern & mask)
        let count = Int32(truncatingIfNeeded: mask & 1)
        let low = offset &+ lowBin, high = offset &+ highBin
        ends[low] += lowValue
        tops[high] += highValue
        densities[low &+ 1] += densityValue
        densities[high] -= densityValue
        counts[low &+ 1] &+= count
        counts[high] &-= count
    }

    /// Books a step of `lengthCm` that stays in `bin` (−1 … binCount) into the channel starting at `offset`: the
    /// whole length (as a direct overlap would, also for a step that loses no energy).
    @inline(__always)
    func bookOneBin(offset: Int, bin: Int, lengthCm: Double) {
        ends[offset &+ bin] += lengthCm
    }

    /// Books a step of `lengthCm` whose energy fell from `highEnergyGeV` (in bin `highBin`) across at least one edge
    /// to `lowEnergyGeV` (in `lowBin` < `highBin`), bins −1 … binCount, into the channel starting at `offset`:
    /// constant work, whatever the number of bins crossed. `edges[k]` is the lower edge e_k of bin k for k in
    /// −1 … binCount + 1 (e_{−1} = e_0, e_{binCount+1} = +∞).
    ///
    /// Rounding: the end shares are the direct overlap's products ρ·(overlap); only whole bins go through the
    /// running density sum.
    @inline(__always)
    func bookCrossing(
        offset: Int, lowBin: Int, highBin: Int, highEnergyGeV: Double, lowEnergyGeV: Double, lengthCm: Double,
        edges: UnsafePointer<Double>
    ) {
        let density = lengthCm / (highEnergyGeV - lowEnergyGeV)
        let low = offset &+ lowBin, high = offset &+ highBin
        ends[low] += density * (edges[lowBin &+ 1] - lowEnergyGeV)
        tops[high] += density * (highEnergyGeV - edges[highBin])
        densities[low &+ 1] += density
        densities[high] -= density
        counts[low &+ 1] &+= 1
        counts[high] &-= 1
    }
}

extension ShowerDifferenceTally {
    /// The track length [cm] of `channel` in each bin, from the top bin down: calls `body(bin, length)` for
    /// bin = binCount − 1 … 0, and clears the channel. `binWidthsGeV[k]` = e_{k+1} − e_k.
    @inline(__always)
    static func drainChannel(
        _ buffers: ShowerDifferenceBuffers, offset: Int, binCount: Int, binWidthsGeV: UnsafePointer<Double>,
        _ body: (Int, Double) -> Void
    ) {
        // Σ_{i≤k} densities[i] = −Σ_{i>k} densities[i] (every +ρ has its −ρ in the channel): one pass from the top,
        // the order `closeShower`'s sums above each edge need.
        var densityAbove = 0.0
        var countAbove: Int32 = 0
        var top = binCount + 1
        while top >= binCount {
            densityAbove += buffers.densities[offset + top]
            countAbove &+= buffers.counts[offset + top]
            buffers.densities[offset + top] = 0
            buffers.counts[offset + top] = 0
            buffers.ends[offset + top] = 0
            buffers.tops[offset + top] = 0
            top -= 1
        }
        var bin = binCount - 1
        while bin >= 0 {
            let index = offset &+ bin
            // No step covers the bin whole: the density is exactly 0 (and so is the residue carried down).
            densityAbove = countAbove == 0 ? 0 : densityAbove
            let length = (buffers.ends[index] + buffers.tops[index]) - binWidthsGeV[bin] * densityAbove
            densityAbove += buffers.densities[index]
            countAbove &+= buffers.counts[index]
            buffers.ends[index] = 0
            buffers.tops[index] = 0
            buffers.densities[index] = 0
            buffers.counts[index] = 0
            body(bin, length)
            bin -= 1
        }
        buffers.ends[offset - 1] = 0
        buffers.tops[offset - 1] = 0
        buffers.densities[offset - 1] = 0
        buffers.counts[offset - 1] = 0
    }
}

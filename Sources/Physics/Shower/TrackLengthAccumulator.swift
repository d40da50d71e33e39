/// Per-shower track-length buffers and the running sums over showers (sums and sums of squares).
///
/// Layout: channel c, bin b at c·binCount + b. Channels 0..<2M are (material m, charge q) at
/// 2m + q; channels 2M..<3M are the primary alone in material m. Closing a shower costs
/// O(channels × bins) (a few hundred additions), small next to the shower itself.
struct TrackLengthAccumulator: Sendable {
    let binCount: Int
    let channelCount: Int
    /// Track length [cm] of the shower in progress.
    var currentShower: [Double]
    /// Σ over showers of the per-bin track length, and of its square.
    var sum: [Double]
    var sumOfSquares: [Double]
    /// Σ over showers of the track length above each lower edge (suffix sums), and of its square.
    var aboveSum: [Double]
    var aboveSumOfSquares: [Double]
    /// Σ over showers of each energy-balance part.
    var balanceSum = ShowerEnergyBalance()
    var largestImbalanceGeV = 0.0
    var showerCount = 0

    init(binCount: Int, materialCount: Int) {
        self.binCount = binCount
        channelCount = 3 * materialCount
        let size = channelCount * binCount
        currentShower = Array(repeating: 0, count: size)
        sum = currentShower; sumOfSquares = currentShower
        aboveSum = currentShower; aboveSumOfSquares = currentShower
    }

    /// Moves the shower in progress into the sums and clears it.
    mutating func closeShower(balance: ShowerEnergyBalance, beamEnergyGeV: Double) {
        let binCount = binCount, channelCount = channelCount
        // Through buffer pointers: one uniqueness check per array instead of one per element.
        currentShower.withUnsafeMutableBufferPointer { current in
            sum.withUnsafeMutableBufferPointer { sum in
                sumOfSquares.withUnsafeMutableBufferPointer { sumOfSquares in
                    aboveSum.withUnsafeMutableBufferPointer { aboveSum in
                        aboveSumOfSquares.withUnsafeMutableBufferPointer { aboveSumOfSquares in
                            for channel in 0..<channelCount {
                                var above = 0.0
                                var bin = binCount - 1
                                while bin >= 0 {
                                    let index = channel * binCount + bin
                                    let x = current[index]
                                    current[index] = 0
                                    above += x
                                    sum[index] += x
                                    sumOfSquares[index] += x * x
                                    aboveSum[index] += above
                                    aboveSumOfSquares[index] += above * above
                                    bin -= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        balanceSum.ionizationGeV += balance.ionizationGeV
        balanceSum.softPhotonGeV += balance.softPhotonGeV
        balanceSum.belowCutGeV += balance.belowCutGeV
        balanceSum.escapedGeV += balance.escapedGeV
        largestImbalanceGeV = max(largestImbalanceGeV, abs(balance.totalGeV - beamEnergyGeV))
        showerCount += 1
    }

    /// Adds another accumulator's sums (element by element, so the result depends on the order
    /// of the calls, which the runner fixes).
    mutating func add(_ other: TrackLengthAccumulator) {
        for i in sum.indices {
            sum[i] += other.sum[i]
            sumOfSquares[i] += other.sumOfSquares[i]
            aboveSum[i] += other.aboveSum[i]
            aboveSumOfSquares[i] += other.aboveSumOfSquares[i]
        }
        balanceSum.ionizationGeV += other.balanceSum.ionizationGeV
        balanceSum.softPhotonGeV += other.balanceSum.softPhotonGeV
        balanceSum.belowCutGeV += other.balanceSum.belowCutGeV
        balanceSum.escapedGeV += other.balanceSum.escapedGeV
        largestImbalanceGeV = max(largestImbalanceGeV, other.largestImbalanceGeV)
        showerCount += other.showerCount
    }

    /// Clears the sums (keeps the buffers).
    mutating func reset() {
        for i in sum.indices { sum[i] = 0; sumOfSquares[i] = 0; aboveSum[i] = 0; aboveSumOfSquares[i] = 0 }
        balanceSum = ShowerEnergyBalance()
        largestImbalanceGeV = 0
        showerCount = 0
    }

    /// Mean per shower and the error of that mean, for `channel` and each bin.
    func meanAndError(channel: Int, above: Bool) -> (mean: [Double], error: [Double]) {
        let n = Double(showerCount)
        var mean = [Double](repeating: 0, count: binCount)
        var error = mean
        for bin in 0..<binCount {
            let index = channel * binCount + bin
            let s = above ? aboveSum[index] : sum[index]
            let s2 = above ? aboveSumOfSquares[index] : sumOfSquares[index]
            mean[bin] = s / n
            if showerCount > 1 {
                let variance = max(0, (s2 - s * s / n) / (n - 1))
                error[bin] = (variance / n).squareRoot()
            }
        }
        return (mean, error)
    }
}

import Foundation

extension ExactStrahlungTable {
    /// The table at one beam energy E₀: what `ratio(x:beamEnergyGeV:)` and `differentialGeV2(x:beamEnergyGeV:)` compute
    /// from E₀ alone (the energy weights, the x range and its logits, the IWW χ and constants) done once, for an x
    /// integral that queries hundreds of x. Every value is the same number to the bit as the per-query methods give
    /// (the same operations in the same order; the fraction weights go to a stack buffer instead of an array).
    public struct AtEnergy {
        let table: ExactStrahlungTable
        let energyWeights: [Double]
        /// The x range and its logits; nil when the range is empty (every query is 0).
        let range: ClosedRange<Double>?, lowerLogit: Double, upperLogit: Double
        /// IWW dσ/dx at E₀ (`StrahlungCrossSection.differentialGeV2` with χ(E₀) once).
        let improved: StrahlungCrossSection.ImprovedDifferential

        init(_ table: ExactStrahlungTable, beamEnergyGeV energy: Double) {
            self.table = table
            let clamped = min(max(energy, table.energyRangeGeV.lowerBound), table.energyRangeGeV.upperBound)
            let span = table.logEnergySpan
            let uE = span > 0 ? 2 * (log(clamped) - table.logLowestEnergy) / span - 1 : 0
            energyWeights = ExactStrahlungTable.interpolationWeights(uE, table.energyNodes, sines: table.energySines)
            range = table.exact.kinematicRangeOfX(beamEnergyGeV: energy)
            lowerLogit = range.map { ExactStrahlungTable.logit($0.lowerBound) } ?? 0
            upperLogit = range.map { ExactStrahlungTable.logit($0.upperBound) } ?? 0
            improved = table.improved.improvedDifferential(
                beamEnergyGeV: energy, chi: table.improved.improvedChi(beamEnergyGeV: energy))
        }

        /// `ExactStrahlungTable.ratio(x:beamEnergyGeV:)` at this energy.
        public func ratio(x: Double) -> Double {
            guard let range, range.contains(x) else { return 0 }
            let uY = 2 * (ExactStrahlungTable.logit(x) - lowerLogit) / (upperLogit - lowerLogit) - 1
            let nodes = table.fractionNodes, sines = table.fractionSines, ratios = table.ratios
            let n = nodes.count
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { wy in
                ExactStrahlungTable.interpolationWeights(uY, nodes, sines: sines, into: wy)
                var value = 0.0
                for i in energyWeights.indices where energyWeights[i] != 0 {
                    var row = 0.0
                    for j in 0..<n { row += wy[j] * ratios[i * n + j] }
                    value += energyWeights[i] * row
                }
                return value
            }
        }

        /// `ExactStrahlungTable.differentialGeV2(x:beamEnergyGeV:)` at this energy (the table's IWW cross section is
        /// the improved one, whose `differentialGeV2` is `improvedDifferential` with χ(E₀)).
        public func differentialGeV2(x: Double) -> Double {
            let base = improved(x)
            return base > 0 ? ratio(x: x) * base : 0
        }
    }

    /// The table at one beam energy, for many x.
    public func atEnergy(_ energy: Double) -> AtEnergy { AtEnergy(self, beamEnergyGeV: energy) }

    /// `interpolationWeights(_:_:sines:)` written into `weights` (count = nodes.count) instead of a new array.
    static func interpolationWeights(_ u: Double, _ nodes: [Double], sines: [Double], into weights: UnsafeMutableBufferPointer<Double>) {
        let n = nodes.count
        if n == 1 {
            weights[0] = 1
            return
        }
        var sum = 0.0
        for j in 0..<n {
            let difference = u - nodes[j]
            if difference == 0 {
                for k in 0..<n { weights[k] = 0 }
                weights[j] = 1
                return
            }
            let w = sines[j] / difference
            weights[j] = w
            sum += w
        }
        for j in 0..<n { weights[j] = weights[j] / sum }
    }
}

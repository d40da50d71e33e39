import Foundation
import Physics

extension BinnedTrackLengths {
    /// Gauss–Legendre points per bin in ln E: T(E)·E is a smooth function of ln(E₀/E), so 8 points
    /// are far below the plot's resolution, except in a bin ending at E₀, where the primary's
    /// integrable endpoint singularity makes that one bin a few per cent uncertain.
    static let approximationAPointsPerBin = 8

    /// Bin averages of Approximation A (docs/PHYSICS.md §8, method 2) in the homogeneous `material`:
    /// for a beam of charge q, T_q = primary + secondaries of charge q, and T_−q = secondaries.
    init(approximationA material: Material, beam: LeptonCharge, beamEnergyGeV: Double, binning: LogarithmicEnergyBinning,
         progress: (Int, Int) -> Void) {
        let edges = binning.edgesGeV
        let model = ApproximationA(material: material)
        let rule = GaussLegendre(pointCount: Self.approximationAPointsPerBin)
        var sameCharge: [Double] = [], oppositeCharge: [Double] = []
        for bin in 0..<binning.binCount {
            let low = edges[bin], high = edges[bin + 1]
            // ∫ T dE = ∫ T(E) E d(ln E): on a logarithmic grid the integrand is smooth.
            let middle = 0.5 * (log(high) + log(low)), halfWidth = 0.5 * (log(high) - log(low))
            var same = 0.0, opposite = 0.0
            for (node, weight) in zip(rule.nodes, rule.weights) {
                let energy = exp(middle + halfWidth * node)
                let point = model.trackLength(energyGeV: energy, beamEnergyGeV: beamEnergyGeV)
                same += weight * halfWidth * point.sameChargeAsBeamCmPerGeV * energy
                opposite += weight * halfWidth * point.secondaryPerChargeCmPerGeV * energy
            }
            sameCharge.append(same / (high - low))
            oppositeCharge.append(opposite / (high - low))
            progress(bin + 1, binning.binCount)
        }
        lowEdgesGeV = Array(edges.dropLast())
        highEdgesGeV = Array(edges.dropFirst())
        values = [:]
        errors = [:]
        if let column = Self.column(material: material.name, charge: .electron) {
            values[column] = beam == .electron ? sameCharge : oppositeCharge
        }
        if let column = Self.column(material: material.name, charge: .positron) {
            values[column] = beam == .positron ? sameCharge : oppositeCharge
        }
    }
}

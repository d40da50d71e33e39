import Foundation

/// Bin averages of Approximation A's track lengths for one beam (docs/PHYSICS.md §8, method 2).
public struct ApproximationABinAverages: Sendable, Hashable {
    /// Bin-averaged dT/dE of electrons [cm per GeV per primary], one per bin.
    public var electronsCmPerGeV: [Double]
    /// Bin-averaged dT/dE of positrons [cm per GeV per primary], one per bin.
    public var positronsCmPerGeV: [Double]
}

extension ApproximationA {
    /// Gauss–Legendre points per bin in ln E: T(E)·E is a smooth function of ln(E₀/E), so 8 points
    /// are far below the plot's resolution, except in a bin ending at E₀, where the primary's
    /// integrable endpoint singularity makes that one bin a few per cent uncertain.
    public static let pointsPerBin = 8

    /// The bin averages (1/ΔE) ∫ T dE over each bin of `binning`, for a beam of charge `beam` and energy
    /// `beamEnergyGeV`: T_q = primary + secondaries of charge q, T_−q = secondaries. ∫ T dE = ∫ T(E) E d(ln E)
    /// by `pointsPerBin`-point Gauss–Legendre in ln E. Cost: `pointsPerBin` Talbot inversions per bin;
    /// `progress(done, total)` after each bin.
    public func binAverages(
        beam: LeptonCharge, beamEnergyGeV: Double, binning: LogarithmicEnergyBinning,
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> ApproximationABinAverages {
        let edges = binning.edgesGeV
        let rule = GaussLegendre(pointCount: Self.pointsPerBin)
        var sameCharge: [Double] = [], oppositeCharge: [Double] = []
        for bin in 0..<binning.totalBinCount {
            let low = edges[bin], high = edges[bin + 1]
            // ∫ T dE = ∫ T(E) E d(ln E): on a logarithmic grid the integrand is smooth.
            let middle = 0.5 * (log(high) + log(low)), halfWidth = 0.5 * (log(high) - log(low))
            var same = 0.0, opposite = 0.0
            for (node, weight) in zip(rule.nodes, rule.weights) {
                let energy = exp(middle + halfWidth * node)
                let point = trackLength(energyGeV: energy, beamEnergyGeV: beamEnergyGeV)
                same += weight * halfWidth * point.sameChargeAsBeamCmPerGeV * energy
                opposite += weight * halfWidth * point.secondaryPerChargeCmPerGeV * energy
            }
            sameCharge.append(same / (high - low))
            oppositeCharge.append(opposite / (high - low))
            progress(bin + 1, binning.totalBinCount)
        }
        return beam == .electron
            ? ApproximationABinAverages(electronsCmPerGeV: sameCharge, positronsCmPerGeV: oppositeCharge)
            : ApproximationABinAverages(electronsCmPerGeV: oppositeCharge, positronsCmPerGeV: sameCharge)
    }
}

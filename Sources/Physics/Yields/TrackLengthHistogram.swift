/// Differential track lengths T±(E) of electrons and positrons in one material, per primary particle.
///
/// A histogram: T in bin i is the track length of charged leptons with energy in [Eᵢ, Eᵢ₊₁] divided by
/// the bin width [cm per GeV per primary] (docs/PHYSICS.md §8). Optionally, per bin, the track-weighted mean
/// energy ⟨E⟩ᵢ = ∫_bin E T dE / ∫_bin T dE (an imported table may carry it). The yield integrals use the smooth
/// reconstruction `SmoothTrackLength`, which keeps every bin's integral; the means are kept for the table.
public struct TrackLengthHistogram: Sendable, Hashable {
    /// Bin edges [GeV], strictly increasing.
    public let binEdgesGeV: [Double]
    /// Electron track length per GeV per primary [cm/GeV], one per bin.
    public let electronsCmPerGeV: [Double]
    /// Positron track length per GeV per primary [cm/GeV], one per bin.
    public let positronsCmPerGeV: [Double]
    /// Track-weighted mean energy per bin [GeV] for electrons + positrons, if known.
    public let meanEnergiesGeV: [Double]?

    /// Checks the shape: edges strictly increasing, one value per bin, means inside their bins.
    public init(
        binEdgesGeV: [Double], electronsCmPerGeV: [Double], positronsCmPerGeV: [Double],
        meanEnergiesGeV: [Double]? = nil
    ) {
        precondition(binEdgesGeV.count >= 2, "a histogram needs at least one bin")
        precondition(zip(binEdgesGeV, binEdgesGeV.dropFirst()).allSatisfy { $0 < $1 }, "bin edges must increase")
        let bins = binEdgesGeV.count - 1
        precondition(electronsCmPerGeV.count == bins && positronsCmPerGeV.count == bins, "one value per bin")
        if let means = meanEnergiesGeV {
            precondition(means.count == bins, "one mean energy per bin")
            for i in 0..<bins where electronsCmPerGeV[i] + positronsCmPerGeV[i] > 0 {
                precondition(means[i] >= binEdgesGeV[i] && means[i] <= binEdgesGeV[i + 1], "mean energy outside its bin")
            }
        }
        self.binEdgesGeV = binEdgesGeV
        self.electronsCmPerGeV = electronsCmPerGeV
        self.positronsCmPerGeV = positronsCmPerGeV
        self.meanEnergiesGeV = meanEnergiesGeV
    }

    /// Number of bins.
    public var binCount: Int { binEdgesGeV.count - 1 }

    /// The same histogram with every track length multiplied by `factor` (e.g. a different material thickness).
    public func scaled(by factor: Double) -> TrackLengthHistogram {
        TrackLengthHistogram(
            binEdgesGeV: binEdgesGeV, electronsCmPerGeV: electronsCmPerGeV.map { $0 * factor },
            positronsCmPerGeV: positronsCmPerGeV.map { $0 * factor }, meanEnergiesGeV: meanEnergiesGeV)
    }

    /// Index of the bin holding `energyGeV` (the upper edge belongs to the last bin), or nil outside.
    public func binIndex(ofEnergyGeV energy: Double) -> Int? {
        guard energy >= binEdgesGeV[0], energy <= binEdgesGeV[binCount] else { return nil }
        var lo = 0, hi = binCount
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if binEdgesGeV[mid] <= energy { lo = mid } else { hi = mid }
        }
        return lo
    }
}

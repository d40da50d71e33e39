extension TrackLengthHistogram {
    /// A histogram from contiguous bins given by their lower and upper edges (the upper edge of bin i is
    /// the lower edge of bin i + 1; the last upper edge closes the histogram). Mean energies, if given, are
    /// clamped into their bins, so a mean written with rounding just outside its bin stays usable.
    public init(
        lowEdgesGeV: [Double], highEdgesGeV: [Double], electronsCmPerGeV: [Double], positronsCmPerGeV: [Double],
        unclampedMeanEnergiesGeV means: [Double]?
    ) {
        precondition(!lowEdgesGeV.isEmpty && lowEdgesGeV.count == highEdgesGeV.count, "one upper edge per lower edge")
        self.init(
            binEdgesGeV: lowEdgesGeV + [highEdgesGeV[highEdgesGeV.count - 1]], electronsCmPerGeV: electronsCmPerGeV,
            positronsCmPerGeV: positronsCmPerGeV,
            meanEnergiesGeV: means.map { values in
                values.indices.map { min(highEdgesGeV[$0], max(lowEdgesGeV[$0], values[$0])) }
            })
    }
}

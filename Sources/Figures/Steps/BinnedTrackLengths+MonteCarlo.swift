import Physics

extension BinnedTrackLengths {
    /// The tallies of a cascade Monte Carlo run (docs/PHYSICS.md §8, method 1): all e∓, primary included,
    /// with the per-shower statistical errors.
    init(cascade result: CascadeResult) {
        let edges = result.binEdgesGeV
        lowEdgesGeV = Array(edges.dropLast())
        highEdgesGeV = Array(edges.dropFirst())
        values = [:]
        errors = [:]
        for spectrum in result.spectra {
            guard let column = Self.column(material: spectrum.material, charge: spectrum.charge) else { continue }
            values[column] = spectrum.trackLengthCmPerGeV
            errors[column] = spectrum.statisticalErrorCmPerGeV
        }
    }
}

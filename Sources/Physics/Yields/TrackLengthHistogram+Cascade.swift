extension TrackLengthHistogram {
    /// The track lengths a cascade Monte Carlo run tallied in the material named `material`, or nil if
    /// the target has no such material. The run's bins carry no in-bin mean energies, so the yield
    /// integrals take T flat within each bin (see `integrate(_:lowestEnergyGeV:_:)`).
    public init?(cascade: CascadeResult, material: String) {
        guard let electrons = cascade.spectrum(material: material, charge: .electron),
            let positrons = cascade.spectrum(material: material, charge: .positron)
        else { return nil }
        self.init(
            binEdgesGeV: cascade.binEdgesGeV, electronsCmPerGeV: electrons.trackLengthCmPerGeV,
            positronsCmPerGeV: positrons.trackLengthCmPerGeV)
    }
}

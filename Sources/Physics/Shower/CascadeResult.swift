/// Where the energy of one shower (or the mean of many) went; the four parts add up to E₀.
public struct ShowerEnergyBalance: Sendable, Hashable, Codable {
    /// Continuous ionisation loss deposited in the target [GeV].
    public var ionizationGeV: Double
    /// Photons below the soft-photon cut, taken as a continuous loss [GeV].
    public var softPhotonGeV: Double
    /// Particles (and photons) that fell below the energy cut and were stopped [GeV].
    public var belowCutGeV: Double
    /// Energy carried out of the back of the target [GeV].
    public var escapedGeV: Double

    /// A balance with the given parts.
    public init(ionizationGeV: Double = 0, softPhotonGeV: Double = 0, belowCutGeV: Double = 0, escapedGeV: Double = 0) {
        self.ionizationGeV = ionizationGeV
        self.softPhotonGeV = softPhotonGeV
        self.belowCutGeV = belowCutGeV
        self.escapedGeV = escapedGeV
    }

    /// The sum of the parts; equals the beam energy up to rounding.
    public var totalGeV: Double { ionizationGeV + softPhotonGeV + belowCutGeV + escapedGeV }
}

/// A differential track length T(E) in one material for one charge, per primary.
public struct TrackLengthSpectrum: Sendable, Hashable, Codable {
    /// Name of the material the track was in.
    public var material: String
    /// e⁻ (T₋) or e⁺ (T₊).
    public var charge: LeptonCharge
    /// True when only the beam particle's own track is counted.
    public var primaryOnly: Bool
    /// T in each bin [cm per GeV per primary].
    public var trackLengthCmPerGeV: [Double]
    /// One-standard-deviation statistical error of `trackLengthCmPerGeV`, from the per-shower
    /// spread: σ² = (⟨x²⟩ − ⟨x⟩²)/(N − 1) of the per-shower track length x in the bin.
    public var statisticalErrorCmPerGeV: [Double]
    /// ∫_{Eᵢ}^{E_max} T dE for each lower bin edge Eᵢ [cm per primary]: the track length above Eᵢ.
    public var trackLengthAboveCm: [Double]
    /// Statistical error of `trackLengthAboveCm`, from the per-shower spread of the same sums
    /// (so the bin-to-bin correlations are included).
    public var trackLengthAboveErrorCm: [Double]

    /// Memberwise initialiser.
    public init(
        material: String, charge: LeptonCharge, primaryOnly: Bool, trackLengthCmPerGeV: [Double],
        statisticalErrorCmPerGeV: [Double], trackLengthAboveCm: [Double], trackLengthAboveErrorCm: [Double]
    ) {
        self.material = material
        self.charge = charge
        self.primaryOnly = primaryOnly
        self.trackLengthCmPerGeV = trackLengthCmPerGeV
        self.statisticalErrorCmPerGeV = statisticalErrorCmPerGeV
        self.trackLengthAboveCm = trackLengthAboveCm
        self.trackLengthAboveErrorCm = trackLengthAboveErrorCm
    }
}

/// The outcome of a cascade Monte Carlo run: binned T± per material with errors, and the energy balance.
public struct CascadeResult: Sendable, Hashable, Codable {
    /// The run's parameters.
    public var parameters: CascadeParameters
    /// Bin edges [GeV], ascending, binCount + 1 of them.
    public var binEdgesGeV: [Double]
    /// All e⁻ and e⁺ (primary included), for each material of the target (order of
    /// ``TargetGeometry/materials``), electrons first.
    public var spectra: [TrackLengthSpectrum]
    /// The beam particle alone, one per material.
    public var primarySpectra: [TrackLengthSpectrum]
    /// Mean energy balance per shower.
    public var meanEnergyBalance: ShowerEnergyBalance
    /// Largest |Σ parts − E₀| over all showers [GeV] (rounding only, when the bookkeeping is right).
    public var largestEnergyImbalanceGeV: Double

    /// Memberwise initialiser.
    public init(
        parameters: CascadeParameters, binEdgesGeV: [Double], spectra: [TrackLengthSpectrum],
        primarySpectra: [TrackLengthSpectrum], meanEnergyBalance: ShowerEnergyBalance,
        largestEnergyImbalanceGeV: Double
    ) {
        self.parameters = parameters
        self.binEdgesGeV = binEdgesGeV
        self.spectra = spectra
        self.primarySpectra = primarySpectra
        self.meanEnergyBalance = meanEnergyBalance
        self.largestEnergyImbalanceGeV = largestEnergyImbalanceGeV
    }

    /// The spectrum of `charge` in the material named `material`, if that material is in the target.
    public func spectrum(material: String, charge: LeptonCharge) -> TrackLengthSpectrum? {
        spectra.first { $0.material == material && $0.charge == charge }
    }

    /// The beam particle's own spectrum in the material named `material`.
    public func primarySpectrum(material: String) -> TrackLengthSpectrum? {
        primarySpectra.first { $0.material == material }
    }

    /// Bin centres (geometric means of the edges) [GeV].
    public var binCentersGeV: [Double] {
        (0..<(binEdgesGeV.count - 1)).map { (binEdgesGeV[$0] * binEdgesGeV[$0 + 1]).squareRoot() }
    }
}

import Physics

/// One NA64-e data set or projection as figures.yaml declares it: exposure, beam and event counts (PHYSICS.md §10).
struct ExperimentParameters: Codable, Sendable, Hashable {
    /// The beam lepton, which fixes the track-length input: the primary sits in T₋ for e⁻, in T₊ for e⁺.
    enum Beam: String, Codable, Sendable, Hashable {
        case electron
        case positron

        /// Input role holding the track lengths of this beam.
        var trackLengthRole: String {
            switch self {
            case .electron: "track-lengths-e-minus"
            case .positron: "track-lengths-e-plus"
            }
        }
    }

    /// Curve name (artifact prefix), e.g. `na64e-2016-2022`.
    var name: String
    /// Electrons (or positrons) on target.
    var eot: Double
    /// Overall signal efficiency κ (PHYSICS.md §9; cancels in the ratio method).
    var kappa: Double = 0.5
    /// Beam lepton.
    var beam: Beam = .electron
    /// Observed events n_obs.
    var observed_events: Int = 0
    /// Expected background B [events].
    var background_events: Double = 0
    /// Relative uncertainty σ_B/B.
    var background_relative_uncertainty: Double = 0
    /// Relative uncertainty on the signal expectation.
    var signal_relative_uncertainty: Double = 0

    enum CodingKeys: String, CodingKey {
        case name, eot, kappa, beam, observed_events, background_events, background_relative_uncertainty,
             signal_relative_uncertainty
    }

    /// An experiment with the given name and exposure, other fields at their defaults.
    init(name: String, eot: Double) {
        self.name = name
        self.eot = eot
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        eot = try c.decode(Double.self, forKey: .eot)
        let d = ExperimentParameters(name: name, eot: eot)
        kappa = try c.decodeIfPresent(Double.self, forKey: .kappa) ?? d.kappa
        beam = try c.decodeIfPresent(Beam.self, forKey: .beam) ?? d.beam
        observed_events = try c.decodeIfPresent(Int.self, forKey: .observed_events) ?? d.observed_events
        background_events = try c.decodeIfPresent(Double.self, forKey: .background_events) ?? d.background_events
        background_relative_uncertainty = try c.decodeIfPresent(Double.self, forKey: .background_relative_uncertainty)
            ?? d.background_relative_uncertainty
        signal_relative_uncertainty = try c.decodeIfPresent(Double.self, forKey: .signal_relative_uncertainty)
            ?? d.signal_relative_uncertainty
    }

    /// N_EOT, κ and the atom density of the yield target (lead in the NA64 ECAL, PHYSICS.md §10).
    var exposure: Exposure {
        Exposure(particlesOnTarget: eot, overallEfficiency: kappa, targetAtomsPerCm3: YieldTarget.material.atomsPerCm3)
    }

    /// The counting experiment whose N_up the absolute method solves for.
    func eventUpperLimit(confidenceLevel: Double, method: UpperLimitMethod) -> EventUpperLimit {
        EventUpperLimit(observedEvents: observed_events, expectedBackground: background_events,
                        relativeBackgroundUncertainty: background_relative_uncertainty,
                        relativeSignalUncertainty: signal_relative_uncertainty,
                        confidenceLevel: confidenceLevel, method: method)
    }

    /// A message for the first unphysical field, or nil.
    var problem: String? {
        if name.isEmpty || name.contains("/") { return "experiment name must be non-empty and contain no '/'" }
        if !(eot > 0 && eot.isFinite) { return "experiment '\(name)': eot must be positive" }
        if !(kappa > 0 && kappa <= 1) { return "experiment '\(name)': kappa must be in (0, 1]" }
        if observed_events < 0 { return "experiment '\(name)': observed_events must be ≥ 0" }
        if !(background_events >= 0 && background_events.isFinite) { return "experiment '\(name)': background_events must be ≥ 0" }
        if !(background_relative_uncertainty >= 0) || !(signal_relative_uncertainty >= 0) {
            return "experiment '\(name)': relative uncertainties must be ≥ 0"
        }
        return nil
    }
}

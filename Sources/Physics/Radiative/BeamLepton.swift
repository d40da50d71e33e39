/// The charged lepton that radiates the Z′ (or dark photon) off a nucleus.
///
/// The strahlung cross section depends on the beam lepton only through its mass (docs/PHYSICS.md §7:
/// "the same formulas with m_e → m_μ"); the charge sign does not enter at tree level, so electrons
/// and positrons radiate identically.
public enum BeamLepton: Sendable, Hashable, Codable {
    case electron
    case positron
    case muon
    case antimuon

    /// Rest mass [GeV].
    public var massGeV: Double {
        switch self {
        case .electron, .positron: PhysicalConstants.electronMassGeV
        case .muon, .antimuon: PhysicalConstants.muonMassGeV
        }
    }
}

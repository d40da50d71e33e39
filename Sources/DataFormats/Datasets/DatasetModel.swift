/// The physics model a limit dataset is expressed in.
public enum DatasetModel: String, Sendable, CaseIterable, Equatable {
    /// L_μ−L_τ Z′ with g_D = 0 (decays to neutrinos, and muons above threshold).
    case lMuLTauVanilla = "L_mu-L_tau vanilla"
    /// L_μ−L_τ Z′ with a dark-sector decay Z′ → χχ̄.
    case lMuLTauDark = "L_mu-L_tau dark"
    /// L_μ−L_τ Z′ where the bound does not depend on the Z′ decays (e.g. the (g−2)_μ band).
    case lMuLTauAnyDecay = "L_mu-L_tau any decay"
    /// A dark-photon (kinetic mixing ε) result that must be recast before it can be drawn in the (m_Z′, g′) plane.
    case darkPhotonNeedsRecast = "dark photon (needs recast)"
}

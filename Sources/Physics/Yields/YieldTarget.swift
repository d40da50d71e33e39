/// The material the NA64-e yield counts Z′ production on (docs/PHYSICS.md §10): lead, the ECAL absorber.
///
/// Only the track lengths in lead enter the yield: n_Pb is the target density and the strahlung and
/// annihilation cross sections are those of lead nuclei and lead electrons, so tracks in the scintillator
/// layers do not count.
public enum YieldTarget {
    /// Lead.
    public static let material = Material.lead
    /// The atomic-electron momentum distribution of the target's shells (docs/PHYSICS.md §6).
    public static let atomicMotionKernel = AtomicMotionKernel.lead
}

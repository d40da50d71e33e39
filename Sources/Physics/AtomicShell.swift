/// One atomic subshell: its name, binding energy and occupancy (docs/PHYSICS.md §6, atomic-electron motion).
///
/// In the 2024 letter's model (Eq. 5) an electron of this subshell has kinetic energy T distributed as
/// p(T) = exp(−T/E_B)/E_B.
public struct AtomicShell: Sendable, Hashable {
    /// Spectroscopic name (K, L1, …).
    public var name: String
    /// Binding energy E_B [GeV].
    public var bindingEnergyGeV: Double
    /// Number of electrons in the subshell.
    public var occupancy: Int

    /// A subshell with binding energy in GeV.
    public init(name: String, bindingEnergyGeV: Double, occupancy: Int) {
        precondition(bindingEnergyGeV > 0 && occupancy > 0, "binding energy and occupancy must be positive")
        self.name = name
        self.bindingEnergyGeV = bindingEnergyGeV
        self.occupancy = occupancy
    }

    /// Lead (Z = 82) subshells. Source: T. A. Carlson, Photoelectron and Auger Spectroscopy (Plenum, 1975),
    /// as tabulated in Geant4's G4AtomicShells (binding energies in eV); transcribed from docs/PHYSICS.md §6.
    /// Occupancies sum to 82 (checked in the tests).
    public static let lead: [AtomicShell] = [
        ("K", 88005, 2),
        ("L1", 15861, 2), ("L2", 15200, 2), ("L3", 13055, 4),
        ("M1", 3857, 2), ("M2", 3560, 2), ("M3", 3072, 4), ("M4", 2592, 4), ("M5", 2490, 6),
        ("N1", 899, 2), ("N2", 769, 2), ("N3", 651, 4), ("N4", 441, 4), ("N5", 419, 6), ("N6", 148, 6), ("N7", 144, 8),
        ("O1", 153, 2), ("O2", 111, 2), ("O3", 90, 4), ("O4", 27, 4), ("O5", 25, 6),
        ("P1", 10, 2), ("P2", 7.42, 2)
    ].map { AtomicShell(name: $0.0, bindingEnergyGeV: $0.1 * 1e-9, occupancy: $0.2) }

    /// One molecule of polyvinyltoluene, C₉H₁₀, the base of the NA64-e ECAL's plastic scintillator (64 electrons):
    /// carbon K (288 eV), L1 (16.59 eV) and L2 (11.26 eV), two electrons each per carbon atom, and hydrogen 1s (13.6 eV),
    /// one per hydrogen atom, from the same tabulation as lead (Carlson 1975 via Geant4's G4AtomicShells). The
    /// chemical bonds shift the outer levels by a few eV, which changes the Doppler width of the valence electrons by
    /// a few ten per cent of a quantity that only smears the resonance (its area is fixed by the sum rule).
    public static let polyvinyltoluene: [AtomicShell] = [
        ("C K", 288, 18), ("C L1", 16.59, 18), ("C L2", 11.26, 18), ("H K", 13.6, 10)
    ].map { AtomicShell(name: $0.0, bindingEnergyGeV: $0.1 * 1e-9, occupancy: $0.2) }
}

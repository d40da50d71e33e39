import Foundation

/// Tsai's complete-screening bremsstrahlung and pair-production spectra of one material, in units
/// of its radiation length.
///
/// Y.-S. Tsai, Rev. Mod. Phys. 46 (1974) 815, Eqs. (3.83) and (3.84) for bremsstrahlung and pair
/// production with complete screening (the form quoted by the PDG review "Passage of particles
/// through matter", Eqs. 34.29 and 34.31, which drops the small term kept here):
///
///     X₀ n dσ_brem/dk = (1/k) [ (4/3)(1 − y) + y² + ξ (1 − y) ],      y = k/E,
///     X₀ n dσ_pair/dx =         1 − (4/3) x(1 − x) − ξ x(1 − x),      x = E_±/k,
///
/// with 1/X₀ = 4αr_e² (N_A/A) D, D = Z²(L_rad − f(Z)) + Z L′_rad (Tsai Eq. 3.66), and
/// ξ = (Z² + Z) / (9 D). In Rossi's notation (High-Energy Particles, 1952, §3.7 and §5.2) the
/// same spectra are φ₀(v) = 1 + (1−v)² − (2/3 − 2b)(1−v) and ψ₀(u) = u² + (1−u)² + (2/3 − 2b)u(1−u),
/// so Tsai's spectra are Rossi's with **b = ξ/2** ("Tsai's b"). Rossi's own b = 1/(18 ln(183 Z^{-1/3}))
/// drops the Coulomb correction f(Z) and the atomic-electron term Z L′_rad.
public struct TsaiCompleteScreening: Sendable, Hashable, Codable {
    /// ξ = (Z² + Z)/(9 D): the relative weight of Tsai's small (1 − y)/9 term.
    public let smallTermWeight: Double

    /// The spectra for a material with (effective) atomic number `atomicNumber`.
    ///
    /// For a compound the effective Z of ``Material`` is used; for polyvinyltoluene this gives
    /// ξ within 0.5 % of the atom-weighted value Σ(Z²+Z)/(9 Σ D) over C₉H₁₀, a 10⁻⁴ effect on
    /// the spectra.
    public init(atomicNumber z: Double) {
        smallTermWeight = (z * z + z) / (9 * Self.radiationLogarithmSum(atomicNumber: z))
    }

    /// The spectra of `material`.
    public init(material: Material) { self.init(atomicNumber: material.atomicNumber) }

    /// Rossi's parameter b = ξ/2 for these spectra.
    public var rossiB: Double { smallTermWeight / 2 }

    /// Coefficient a = 4/3 + ξ of (1 − y)/y in the bremsstrahlung spectrum φ(y)/y = a(1 − y)/y + y.
    @inlinable public var bremsstrahlungLeadingCoefficient: Double { 4.0 / 3.0 + smallTermWeight }

    /// φ(y) = y·X₀ n dσ/dk·E: the bremsstrahlung spectrum times the fractional photon energy y.
    @inlinable
    public func bremsstrahlungSpectrum(_ y: Double) -> Double {
        bremsstrahlungLeadingCoefficient * (1 - y) + y * y
    }

    /// ψ(x) = X₀ n dσ/dx: the pair spectrum in the electron's energy fraction x.
    @inlinable
    public func pairSpectrum(_ x: Double) -> Double {
        1 - bremsstrahlungLeadingCoefficient * x * (1 - x)
    }

    /// σ₀ = ∫₀¹ ψ(x) dx = 7/9 − ξ/6: photon absorption probability per radiation length.
    @inlinable public var pairProbabilityPerRadiationLength: Double { 7.0 / 9.0 - smallTermWeight / 6 }

    /// Number of photons with y in (yCut, 1] per radiation length: ∫ φ(y)/y dy
    /// = a(−ln yCut − 1 + yCut) + (1 − yCut²)/2; zero when yCut ≥ 1.
    @inlinable
    public func hardBremsstrahlungPerRadiationLength(fractionCut yCut: Double) -> Double {
        guard yCut < 1 else { return 0 }
        return bremsstrahlungLeadingCoefficient * (-log(yCut) - 1 + yCut) + 0.5 * (1 - yCut * yCut)
    }

    /// Fraction of the electron's energy radiated as photons with y < yCut per radiation length:
    /// ∫₀^{min(yCut,1)} φ(y) dy = a(y − y²/2) + y³/3.
    @inlinable
    public func softBremsstrahlungEnergyFractionPerRadiationLength(fractionCut yCut: Double) -> Double {
        let y = min(yCut, 1)
        return bremsstrahlungLeadingCoefficient * (y - 0.5 * y * y) + y * y * y / 3
    }

    /// D = Z²(L_rad − f(Z)) + Z L′_rad of Tsai Eq. (3.66); Tsai Table B.2 for Z ≤ 4, Eqs. (3.67),
    /// (3.68) above, and the Coulomb correction f(Z) of Davies, Bethe and Maximon as in PDG Eq. 34.27.
    public static func radiationLogarithmSum(atomicNumber z: Double) -> Double {
        let lRad: Double, lRadPrime: Double
        switch z {
        case ..<1.5: (lRad, lRadPrime) = (5.31, 6.144)
        case ..<2.5: (lRad, lRadPrime) = (4.79, 5.621)
        case ..<3.5: (lRad, lRadPrime) = (4.74, 5.805)
        case ..<4.5: (lRad, lRadPrime) = (4.71, 5.924)
        default: (lRad, lRadPrime) = (log(184.15 * pow(z, -1.0 / 3)), log(1194 * pow(z, -2.0 / 3)))
        }
        let a2 = pow(PhysicalConstants.alpha * z, 2)
        let coulomb = a2 * (1 / (1 + a2) + 0.20206 - 0.0369 * a2 + 0.0083 * a2 * a2 - 0.002 * a2 * a2 * a2)
        return z * z * (lRad - coulomb) + z * lRadPrime
    }

    /// Tsai's radiation length [g/cm²]: 716.408 A / D (Tsai Eq. 3.66 with 4αr_e²N_A = 1/716.408 g/cm²).
    public static func radiationLengthGramsPerCm2(atomicNumber z: Double, atomicMassGramsPerMole a: Double) -> Double {
        716.408 * a / radiationLogarithmSum(atomicNumber: z)
    }
}

import Foundation

/// The effective numbers of relativistic degrees of freedom of the Standard-Model plasma, g_ρ(T) (energy
/// density) and g_s(T) (entropy density), for the freeze-out calculation (docs/PHYSICS.md §14).
///
/// Above the lowest tabulated temperature they come from a published table passed in by the caller (the
/// project ships Borsanyi et al., Nature 539 (2016) 69, arXiv:1606.07494, Table S2), interpolated by a
/// monotone cubic (Fritsch–Carlson) in ln T; above the table they stay at its last values. Below the table's
/// lowest temperature T₀ (1 MeV) they are computed for an ideal gas of photons, e± (full Fermi–Dirac integrals
/// with the electron mass) and three neutrino flavours that decouple instantaneously at T₀:
/// (T_ν/T)³ = (2 + g_s,e(T))/(2 + g_s,e(T₀)) (Kolb & Turner §3.4 with T_dec = T₀). The ideal gas is multiplied by
/// the constant g_table(T₀)/g_ideal(T₀) (1.003 with the shipped table: its rounding and the interactions it
/// includes), so that g and the derivative in g_*^{1/2} have no jump at T₀. Today's values come out 3.405 and 3.956,
/// within 0.7 % of those with N_eff = 3.044 (3.383, 3.931).
public struct EffectiveDegreesOfFreedom: Sendable {
    /// Tabulated temperatures [GeV], increasing.
    public let temperaturesGeV: [Double]
    /// g_ρ at those temperatures.
    public let energyDegrees: [Double]
    /// g_s at those temperatures.
    public let entropyDegrees: [Double]
    private let energySpline: MonotoneCubic
    private let entropySpline: MonotoneCubic
    /// g_table/g_ideal at T₀ for (g_ρ, g_s).
    private let junctionFactors: (energy: Double, entropy: Double)
    /// g_s,e(T₀), the electrons' entropy degrees at the neutrinos' decoupling (a constant of the ideal gas below T₀).
    private let junctionElectronEntropy: Double

    /// From a table of T [GeV] (≥ 2 rows, strictly increasing), g_ρ and g_s (all positive).
    public init(temperaturesGeV: [Double], energyDegrees: [Double], entropyDegrees: [Double]) {
        precondition(temperaturesGeV.count >= 2 && energyDegrees.count == temperaturesGeV.count, "a g* table needs ≥ 2 rows")
        precondition(entropyDegrees.count == temperaturesGeV.count, "g_s needs one value per temperature")
        precondition(zip(temperaturesGeV, temperaturesGeV.dropFirst()).allSatisfy { $0 < $1 }, "temperatures must increase")
        self.temperaturesGeV = temperaturesGeV
        self.energyDegrees = energyDegrees
        self.entropyDegrees = entropyDegrees
        let logT = temperaturesGeV.map { log($0) }
        energySpline = MonotoneCubic(x: logT, y: energyDegrees)
        entropySpline = MonotoneCubic(x: logT, y: entropyDegrees)
        let ideal = Self.idealGas(temperatureGeV: temperaturesGeV[0], decouplingGeV: temperaturesGeV[0])
        junctionFactors = (energyDegrees[0] / ideal.energy, entropyDegrees[0] / ideal.entropy)
        junctionElectronEntropy = Self.electronEntropyDegrees(temperatureGeV: temperaturesGeV[0])
    }

    /// The lowest tabulated temperature T₀, where the neutrinos are taken to decouple.
    public var junctionGeV: Double { temperaturesGeV[0] }

    /// g_ρ(T). Below T₀ `idealGas`'s formulas (T_dec = T₀) with g_s,e(T₀) computed once, at initialisation.
    public func energy(temperatureGeV t: Double) -> Double {
        if t < temperaturesGeV[0] {
            let ratio = Self.neutrinoRatio3(
                electronEntropy: Self.electronEntropyDegrees(temperatureGeV: t), atDecoupling: junctionElectronEntropy)
            return junctionFactors.energy * Self.idealEnergy(electronEnergy: Self.electronEnergyDegrees(temperatureGeV: t), ratio)
        }
        return energySpline(log(min(t, temperaturesGeV[temperaturesGeV.count - 1])))
    }

    /// g_s(T). Below T₀ `idealGas`'s formulas (T_dec = T₀), with only the entropy integral of e±.
    public func entropy(temperatureGeV t: Double) -> Double {
        if t < temperaturesGeV[0] {
            let electronEntropy = Self.electronEntropyDegrees(temperatureGeV: t)
            let ratio = Self.neutrinoRatio3(electronEntropy: electronEntropy, atDecoupling: junctionElectronEntropy)
            return junctionFactors.entropy * Self.idealEntropy(electronEntropy: electronEntropy, ratio)
        }
        return entropySpline(log(min(t, temperaturesGeV[temperaturesGeV.count - 1])))
    }

    /// g_*^{1/2} = (g_s/√g_ρ)(1 + (1/3) d ln g_s/d ln T), the factor of the Boltzmann equation in x = m/T
    /// (Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, Eq. 3.8). The derivative is a central difference
    /// in ln T with step 10⁻³ (the functions vary on scales ≳ 0.1 in ln T).
    public func boltzmannFactor(temperatureGeV t: Double) -> Double {
        plasma(temperatureGeV: t).boltzmannFactor
    }

    /// g_s(T) and g_*^{1/2}(T) together, g_s computed once: exactly `entropy` and `boltzmannFactor`.
    public func plasma(temperatureGeV t: Double) -> (entropy: Double, boltzmannFactor: Double) {
        let step = 1e-3
        let up = entropy(temperatureGeV: t * exp(step)), down = entropy(temperatureGeV: t * exp(-step))
        let slope = (log(up) - log(down)) / (2 * step)
        let entropyHere = entropy(temperatureGeV: t)
        return (entropyHere, entropyHere / energy(temperatureGeV: t).squareRoot() * (1 + slope / 3))
    }

    /// Photons, e± and neutrinos decoupled at `decouplingGeV` as ideal gases at photon temperature T ≤ T_dec.
    public static func idealGas(temperatureGeV t: Double, decouplingGeV: Double) -> (energy: Double, entropy: Double) {
        let hot = electronDegrees(temperatureGeV: decouplingGeV)
        let electrons = electronDegrees(temperatureGeV: t)
        let ratio = neutrinoRatio3(electronEntropy: electrons.entropy, atDecoupling: hot.entropy)
        return (idealEnergy(electronEnergy: electrons.energy, ratio), idealEntropy(electronEntropy: electrons.entropy, ratio))
    }

    /// (T_ν/T)³ = (2 + g_s,e(T))/(2 + g_s,e(T_dec)): entropy conservation of photons and e± after the decoupling.
    static func neutrinoRatio3(electronEntropy: Double, atDecoupling: Double) -> Double {
        (2 + electronEntropy) / (2 + atDecoupling)
    }

    /// g_ρ of photons, e± (g_ρ,e) and the decoupled neutrinos, ρ_ν ∝ (T_ν/T)⁴.
    static func idealEnergy(electronEnergy: Double, _ neutrinoRatio3: Double) -> Double {
        2 + electronEnergy + neutrinoDegrees * pow(neutrinoRatio3, 4.0 / 3.0)
    }

    /// g_s of photons, e± (g_s,e) and the decoupled neutrinos, s_ν ∝ (T_ν/T)³.
    static func idealEntropy(electronEntropy: Double, _ neutrinoRatio3: Double) -> Double {
        2 + electronEntropy + neutrinoDegrees * neutrinoRatio3
    }

    /// Three neutrino flavours (ν and ν̄, one helicity each), 7/8 · 6.
    static var neutrinoDegrees: Double { 7.0 / 8.0 * 6 }

    /// (g_ρ,e, g_s,e) of e± at temperature T (both 7/2 for T ≫ m_e).
    static func electronDegrees(temperatureGeV t: Double) -> (energy: Double, entropy: Double) {
        (electronEnergyDegrees(temperatureGeV: t), electronEntropyDegrees(temperatureGeV: t))
    }

    // g_ρ,e = (60/π⁴) ∫ q² ε/(e^ε + 1) dq and g_s,e = (45/π⁴) ∫ q²(ε + q²/3ε)/(e^ε + 1) dq (q = p/T, ε = √(q² + a²),
    // a = m_e/T): both 7/2 for a = 0. The integrals run to a + 60 with a break point at q = a when a > 1.

    /// g_ρ,e of e± at temperature T.
    static func electronEnergyDegrees(temperatureGeV t: Double) -> Double {
        60 / pow(Double.pi, 4) * fermiDiracIntegral(temperatureGeV: t) { q, energy in q * q * energy }
    }

    /// g_s,e of e± at temperature T.
    static func electronEntropyDegrees(temperatureGeV t: Double) -> Double {
        45 / pow(Double.pi, 4)
            * fermiDiracIntegral(temperatureGeV: t) { q, energy in
                energy > 0 ? q * q * (energy + q * q / (3 * energy)) : 0
            }
    }

    /// ∫₀^(a+60) w(q, ε)/(e^ε + 1) dq with ε = √(q² + a²), a = m_e/T, and a break point at q = a when a > 1.
    private static func fermiDiracIntegral(temperatureGeV t: Double, _ weight: (Double, Double) -> Double) -> Double {
        let a = PhysicalConstants.electronMassGeV / t
        let upper = a + 60
        return AdaptiveQuadrature.integrate(
            from: 0, to: upper, breakpoints: a > 1 && a < upper ? [a] : [], absoluteTolerance: 1e-13
        ) { q in
            let energy = (q * q + a * a).squareRoot()
            return weight(q, energy) / (exp(energy) + 1)
        }.value
    }
}

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
    }

    /// The lowest tabulated temperature T₀, where the neutrinos are taken to decouple.
    public var junctionGeV: Double { temperaturesGeV[0] }

    /// g_ρ(T).
    public func energy(temperatureGeV t: Double) -> Double {
        if t < temperaturesGeV[0] { return junctionFactors.energy * Self.idealGas(temperatureGeV: t, decouplingGeV: junctionGeV).energy }
        return energySpline(log(min(t, temperaturesGeV[temperaturesGeV.count - 1])))
    }

    /// g_s(T).
    public func entropy(temperatureGeV t: Double) -> Double {
        if t < temperaturesGeV[0] {
            return junctionFactors.entropy * Self.idealGas(temperatureGeV: t, decouplingGeV: junctionGeV).entropy
        }
        return entropySpline(log(min(t, temperaturesGeV[temperaturesGeV.count - 1])))
    }

    /// g_*^{1/2} = (g_s/√g_ρ)(1 + (1/3) d ln g_s/d ln T), the factor of the Boltzmann equation in x = m/T
    /// (Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, Eq. 3.8). The derivative is a central difference
    /// in ln T with step 10⁻³ (the functions vary on scales ≳ 0.1 in ln T).
    public func boltzmannFactor(temperatureGeV t: Double) -> Double {
        let step = 1e-3
        let up = entropy(temperatureGeV: t * exp(step)), down = entropy(temperatureGeV: t * exp(-step))
        let slope = (log(up) - log(down)) / (2 * step)
        return entropy(temperatureGeV: t) / energy(temperatureGeV: t).squareRoot() * (1 + slope / 3)
    }

    /// Photons, e± and neutrinos decoupled at `decouplingGeV` as ideal gases at photon temperature T ≤ T_dec.
    public static func idealGas(temperatureGeV t: Double, decouplingGeV: Double) -> (energy: Double, entropy: Double) {
        let hot = electronDegrees(temperatureGeV: decouplingGeV)
        let electrons = electronDegrees(temperatureGeV: t)
        let neutrinoRatio3 = (2 + electrons.entropy) / (2 + hot.entropy)
        let neutrinos = 7.0 / 8.0 * 6
        return (
            2 + electrons.energy + neutrinos * pow(neutrinoRatio3, 4.0 / 3.0),
            2 + electrons.entropy + neutrinos * neutrinoRatio3
        )
    }

    /// (g_ρ,e, g_s,e) of e± at temperature T (both 7/2 for T ≫ m_e).
    static func electronDegrees(temperatureGeV t: Double) -> (energy: Double, entropy: Double) {
        let a = PhysicalConstants.electronMassGeV / t
        let upper = a + 60
        func integral(_ f: @escaping (Double, Double) -> Double) -> Double {
            AdaptiveQuadrature.integrate(from: 0, to: upper, breakpoints: a > 1 && a < upper ? [a] : [], absoluteTolerance: 1e-13) {
                q in
                let energy = (q * q + a * a).squareRoot()
                return f(q, energy) / (exp(energy) + 1)
            }.value
        }
        // g_ρ,e = (60/π⁴) ∫ q² ε/(e^ε + 1) dq and g_s,e = (45/π⁴) ∫ q²(ε + q²/3ε)/(e^ε + 1) dq (q = p/T): both 7/2 for a = 0.
        let pi4 = pow(Double.pi, 4)
        let electronEnergy = 60 / pi4 * integral { q, e in q * q * e }
        let electronEntropy = 45 / pi4 * integral { q, e in e > 0 ? q * q * (e + q * q / (3 * e)) : 0 }
        return (electronEnergy, electronEntropy)
    }
}

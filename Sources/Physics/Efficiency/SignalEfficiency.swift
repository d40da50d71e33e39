import Foundation

/// The downstream signal efficiency of docs/PHYSICS.md §9: the Z′ carries E_F out of the ECAL, which
/// measures E_ECAL = E₀ − E_F smeared by its resolution; the event is a signal candidate when the
/// measured energy is below the threshold E_thr:
///
///     η_down(E_F) = η_max Φ((E_thr − (E₀ − E_F)) / σ(E₀ − E_F)),
///
/// Φ the standard normal distribution function. A smooth step from 0 (E_F ≪ E₀ − E_thr) to
/// η_max (E_F → E₀), through η_max/2 at E_F = E₀ − E_thr.
public struct SignalEfficiency: Sendable, Hashable, Codable {
    /// Beam energy E₀ [GeV].
    public var beamEnergyGeV: Double
    /// ECAL threshold E_thr [GeV].
    public var thresholdGeV: Double
    /// The plateau η_max (the overall κ of §9 is applied separately).
    public var maximumEfficiency: Double
    /// The ECAL energy resolution.
    public var resolution: CalorimeterResolution

    /// An efficiency model; defaults E₀ = 100 GeV, E_thr = 50 GeV, η_max = 1, 10 %/√E ⊕ 4 %.
    public init(
        beamEnergyGeV: Double = 100, thresholdGeV: Double = 50, maximumEfficiency: Double = 1,
        resolution: CalorimeterResolution = CalorimeterResolution()
    ) {
        self.beamEnergyGeV = beamEnergyGeV
        self.thresholdGeV = thresholdGeV
        self.maximumEfficiency = maximumEfficiency
        self.resolution = resolution
    }

    /// η_down for a Z′ of energy `zPrimeEnergyGeV` (E_F).
    public func efficiency(zPrimeEnergyGeV: Double) -> Double {
        let depositedGeV = beamEnergyGeV - zPrimeEnergyGeV
        let sigma = resolution.standardDeviationGeV(energyGeV: depositedGeV)
        // Nothing (or a negative amount, E_F > E₀, unphysical) left in the ECAL: always below threshold.
        guard sigma > 0 else { return depositedGeV < thresholdGeV ? maximumEfficiency : 0 }
        return maximumEfficiency * Self.standardNormalDistribution((thresholdGeV - depositedGeV) / sigma)
    }

    /// Φ(x) = ½ erfc(−x/√2), accurate in both tails (erfc, not 1 − erf).
    public static func standardNormalDistribution(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }
}

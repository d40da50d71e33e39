import Foundation

/// A resonant-annihilation cross section e⁺e⁻ → Z′ → invisible, as the yield needs it.
public enum ResonantCrossSection: Sendable {
    /// Narrow resonance on one electron at rest: σ(E₊) = I δ(E₊ − E_R) per electron, I = ∫σ dE₊ [cm² GeV].
    case narrowWidthAtRest(resonanceEnergyGeV: Double, energyIntegralCm2GeV: Double)
    /// σ(E₊) per atom [cm²] (Z electrons included, e.g. with atomic motion), vanishing outside
    /// `supportGeV`; `peakEnergyGeV` is a break point for the quadrature.
    case perAtom(supportGeV: ClosedRange<Double>, peakEnergyGeV: Double, crossSectionCm2: @Sendable (Double) -> Double)

    /// The narrow-width resonance of a vector of mass m coupled to e⁺e⁻ with strength |Π(m²)|² (ε² for a
    /// dark photon) and invisible branching ratio BR (docs/PHYSICS.md §6):
    /// E_R = (m² − 2m_e²)/(2m_e), ∫dE₊ σ = 2π²α |Π(m²)|² BR/m_e (from ∫ds of the Breit–Wigner, ds = 2m_e dE₊).
    public static func narrowWidth(bosonMassGeV mass: Double, piSquaredTimesBranching: Double) -> ResonantCrossSection {
        let me = PhysicalConstants.electronMassGeV
        let integralGeV = 2 * Double.pi * Double.pi * PhysicalConstants.alpha * piSquaredTimesBranching / me
        return .narrowWidthAtRest(
            resonanceEnergyGeV: (mass * mass - 2 * me * me) / (2 * me),
            energyIntegralCm2GeV: integralGeV * PhysicalConstants.inverseGeV2InCm2)
    }
}

/// The resonant part of the signal yield: I_res = ∫dE T₊(E) σ_atom(E) η(E) [cm³ per primary].
///
/// The expected number of resonant Z′ is N_EOT κ n_atoms I_res (docs/PHYSICS.md §10); for electrons at rest
/// σ_atom = Z σ_e. Only positrons annihilate on atomic electrons, so only T₊ enters.
public enum ResonantYieldIntegral {
    /// I_res [cm³ per primary].
    /// - Parameters:
    ///   - crossSection: σ per electron at rest (narrow width) or per atom.
    ///   - atomicNumber: Z, electrons per atom (used for the at-rest form only).
    ///   - efficiency: η(E) at Z′ energy E ≈ E₊ (the Z′ carries the positron's energy).
    public static func integralCm3(
        crossSection: ResonantCrossSection, trackLengths: TrackLengthHistogram, atomicNumber: Double,
        efficiency: (Double) -> Double
    ) -> Double {
        // T₊ is the smooth reconstruction of the histogram (docs/PHYSICS.md §8), so the result does not jump
        // when E_R or the Doppler-smeared peak crosses a bin edge, and converges as the bins shrink.
        let smooth = SmoothTrackLength(trackLengths, .positrons)
        switch crossSection {
        case let .narrowWidthAtRest(energy, integral):
            // ∫dE T₊ σ η = T₊(E_R) η(E_R) I: the δ picks the density at E_R.
            return atomicNumber * smooth.densityCmPerGeV(atEnergyGeV: energy) * efficiency(energy) * integral
        case let .perAtom(support, peak, sigma):
            var total = 0.0
            for i in 0..<trackLengths.binCount {
                guard let (lo, hi) = overlap(bin: i, support: support, trackLengths: trackLengths, smooth: smooth) else { continue }
                total +=
                    AdaptiveQuadrature.integrate(from: lo, to: hi, breakpoints: [peak], relativeTolerance: 1e-8) {
                        sigma($0) * efficiency($0) * smooth.density(bin: i, energyGeV: $0)
                    }.value
            }
            return total
        }
    }

    /// The part of bin i that σ_atom's support overlaps, [lo, hi], if it is not empty and the bin holds track length.
    ///
    /// σ_atom is smooth on the Doppler scale but peaked, so each such part is integrated adaptively with the peak as
    /// break point (T₊ is a smooth quadratic in ln E inside a bin).
    static func overlap(
        bin i: Int, support: ClosedRange<Double>, trackLengths: TrackLengthHistogram, smooth: SmoothTrackLength
    ) -> (Double, Double)? {
        let edges = trackLengths.binEdgesGeV
        let lo = max(edges[i], support.lowerBound), hi = min(edges[i + 1], support.upperBound)
        guard lo < hi, smooth.cumulativeCm[i + 1] > smooth.cumulativeCm[i] else { return nil }
        return (lo, hi)
    }

    /// Bin i's part [lo, hi] of I_res for σ per atom, as `integralCm3(crossSection: .perAtom(…), …)` integrates it, with
    /// σ(E₊) and ln E₊ at each quadrature panel taken from `memo` when an integral before this one computed them:
    /// integrals of one σ (one mass, one target) with other track lengths or efficiencies share them. The same number
    /// to the bit; `memo` (two numbers per abscissa) must only ever see this σ.
    static func binIntegralCm3(
        bin i: Int, fromGeV lo: Double, toGeV hi: Double, peakEnergyGeV peak: Double, crossSectionCm2 sigma: (Double) -> Double,
        sharing memo: SharedPanelValues, smooth: SmoothTrackLength, efficiency: TabulatedEfficiency
    ) -> Double {
        let logDensity = smooth.logDensity(bin: i)
        return AdaptiveQuadrature.integrate(
            from: lo, to: hi, breakpoints: [peak], relativeTolerance: 1e-8, sharing: memo,
            sharedPanel: { energies, out in
                let count = AdaptiveQuadrature.panelPointCount
                for p in 0..<count {
                    out[p] = sigma(energies[p])
                    out[count + p] = log(energies[p])
                }
            },
            combinePanel: { energies, shared, values in
                // σ η T₊ with T₊ = (dC/du at u = ln E)/E: `SmoothTrackLength.density(bin:energyGeV:)`'s operations, η
                // for the whole panel first, then two points at a time (the same operations in each lane).
                let count = AdaptiveQuadrature.panelPointCount
                efficiency.evaluate(energies, count: count, into: values)
                var p = 0
                while p + 1 < count {
                    let energy = SIMD2(energies[p], energies[p + 1])
                    let density = logDensity(SIMD2(shared[count + p], shared[count + p + 1])) / energy
                    let value = SIMD2(shared[p], shared[p + 1]) * SIMD2(values[p], values[p + 1]) * density
                    values[p] = value[0]
                    values[p + 1] = value[1]
                    p += 2
                }
                if p < count { values[p] = shared[p] * values[p] * (logDensity(shared[count + p]) / energies[p]) }
            }
        ).value
    }
}

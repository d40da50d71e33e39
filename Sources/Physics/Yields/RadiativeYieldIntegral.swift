import Foundation

/// The radiative (strahlung) part of the signal yield, per unit mixing.
///
/// I_rad = ∫dE T(E) ∫dx (dσ/dx)(E, x) η(xE) [cm³ per primary], with dσ/dx for ε = 1 (docs/PHYSICS.md §10):
/// the expected number of radiative Z′ is N_EOT κ n_atoms |Π(m²)|² BR_inv I_rad. I_rad depends on the
/// mass, the beam lepton, the track lengths and the efficiency, but not on the coupling, so a scan over
/// couplings (and over scenarios: vanilla, dark) reuses it.
public enum RadiativeYieldIntegral {
    /// I_rad [cm³ per primary].
    /// - Parameters:
    ///   - crossSection: the strahlung cross section at the Z′ mass (IWW or WW).
    ///   - trackLengths: T±(E) in the target material.
    ///   - charges: which tracks radiate (`.both` for the physical yield).
    ///   - lowestSignalEnergyGeV: Z′ energy below which η vanishes (lets the integral skip dead bins).
    ///   - efficiency: η(E_F), the probability that a Z′ of energy E_F passes the cuts.
    ///   - reuse: given E and a way to compute F(E), returns F(E); a caller integrating several histograms at
    ///     one mass passes a memo so that F is computed once per energy (default: always compute).
    public static func integralCm3(
        crossSection: StrahlungCrossSection, trackLengths: TrackLengthHistogram, charges: TrackCharges = .both,
        lowestSignalEnergyGeV: Double, efficiency: (Double) -> Double,
        reuse: (Double, () -> Double) -> Double = { $1() }
    ) -> Double {
        // Two non-escaping closures meet here (the exclusivity rule forbids one capturing the other as is).
        withoutActuallyEscaping(efficiency) { efficiency in
            trackLengths.integrate(charges, lowestEnergyGeV: max(lowestSignalEnergyGeV, crossSection.bosonMassGeV)) { energy in
                reuse(energy) {
                    efficiencyWeightedCrossSectionCm2(
                        crossSection: crossSection, beamEnergyGeV: energy, lowestSignalEnergyGeV: lowestSignalEnergyGeV,
                        efficiency: efficiency)
                }
            }
        }
    }

    /// F(E) = ∫dx (dσ/dx)(E, x) η(xE) [cm²] for a lepton of energy E.
    ///
    /// Integrated in w = −ln(1 − x): dσ/dx ∝ 1/U₀ ~ 1/(1 − x) up to 1 − x ~ m_ℓ²/m², which in w is a smooth
    /// plateau, so the adaptive rule spends its points where η turns on rather than on the x → 1 peak.
    /// Relative tolerance 10⁻⁵: the limit scales as I^(−1/2), so this is ≤ 10⁻⁵ on g_up, far below the
    /// 0.5 % statistical error of the Monte Carlo track lengths (10⁻⁷ took 3× longer for ≤ 2·10⁻⁵ change).

    public static func efficiencyWeightedCrossSectionCm2(
        crossSection: StrahlungCrossSection, beamEnergyGeV energy: Double, lowestSignalEnergyGeV: Double,
        efficiency: (Double) -> Double
    ) -> Double {
        guard let range = crossSection.kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
        let lower = max(range.lowerBound, lowestSignalEnergyGeV / energy)
        guard lower < range.upperBound else { return 0 }
        let iww = crossSection.approximation == .improvedWeizsackerWilliams
        let chi = iww ? crossSection.improvedChi(beamEnergyGeV: energy) : 0
        let improved = crossSection.improvedDifferential(beamEnergyGeV: energy, chi: chi)
        let value = AdaptiveQuadrature.integrate(
            from: -log1p(-lower), to: -log1p(-range.upperBound), relativeTolerance: 1e-5
        ) { w in
            let oneMinusX = exp(-w), x = 1 - oneMinusX
            let differential =
                iww
                ? improved(x)
                : crossSection.kimTsaiDifferentialGeV2(x: x, beamEnergyGeV: energy)
            return oneMinusX * differential * efficiency(x * energy)
        }.value
        return value * PhysicalConstants.inverseGeV2InCm2
    }

    /// `efficiencyWeightedCrossSectionCm2` for the IWW cross section (falling back to it for WW), with (1 − x) dσ/dx
    /// and xE at each panel taken from `memo` when an integral before this one, at the same E and χ with another
    /// efficiency, computed them: the same number to the bit. A memo must only be shared by calls with one cross
    /// section (one boson and lepton mass).
    static func efficiencyWeightedCrossSectionCm2(
        crossSection: StrahlungCrossSection, beamEnergyGeV energy: Double, lowestSignalEnergyGeV: Double,
        efficiency: TabulatedEfficiency, sharing memo: SharedPanelValues
    ) -> Double {
        guard crossSection.approximation == .improvedWeizsackerWilliams else {
            return efficiencyWeightedCrossSectionCm2(
                crossSection: crossSection, beamEnergyGeV: energy, lowestSignalEnergyGeV: lowestSignalEnergyGeV,
                efficiency: { efficiency($0) })
        }
        precondition(memo.componentCount == 2, "the memo holds (1 − x) dσ/dx and xE per abscissa")
        guard let range = crossSection.kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
        let lower = max(range.lowerBound, lowestSignalEnergyGeV / energy)
        guard lower < range.upperBound else { return 0 }
        let chi = crossSection.improvedChi(beamEnergyGeV: energy)
        let improved = crossSection.improvedDifferential(beamEnergyGeV: energy, chi: chi)
        let value = AdaptiveQuadrature.integrate(
            from: -log1p(-lower), to: -log1p(-range.upperBound), relativeTolerance: 1e-5, sharing: memo,
            keys: energy.bitPattern, chi.bitPattern,
            sharedPanel: { w, out in sharedPanel(w, out, improved: improved, beamEnergyGeV: energy) },
            combinePanel: { _, shared, values in
                // η(xE) for the whole panel, then (1 − x) dσ/dx × η.
                let count = AdaptiveQuadrature.panelPointCount
                efficiency.evaluate(shared + count, count: count, into: values)
                for p in 0..<count { values[p] = shared[p] * values[p] }
            }
        ).value
        return value * PhysicalConstants.inverseGeV2InCm2
    }

    /// The shared part of F(E)'s integrand at a panel's abscissae w: (1 − x) dσ/dx to out[p] and xE to
    /// out[panelPointCount + p], with 1 − x = e^(−w), x = 1 − (1 − x): the numbers of the scalar integrand, dσ/dx two
    /// points at a time (its divisions and square root packed).
    @inline(__always)
    static func sharedPanel(
        _ w: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>, improved: StrahlungCrossSection.ImprovedDifferential,
        beamEnergyGeV energy: Double
    ) {
        let count = AdaptiveQuadrature.panelPointCount
        for p in 0..<count {
            let oneMinusX = exp(-w[p])
            out[p] = oneMinusX
            out[count + p] = 1 - oneMinusX
        }
        var p = 0
        while p + 1 < count {
            let oneMinusX = SIMD2(out[p], out[p + 1]), x = SIMD2(out[count + p], out[count + p + 1])
            let weighted = oneMinusX * improved(x), scaled = x * energy
            out[p] = weighted[0]
            out[p + 1] = weighted[1]
            out[count + p] = scaled[0]
            out[count + p + 1] = scaled[1]
            p += 2
        }
        if p < count {
            let oneMinusX = out[p], x = out[count + p]
            out[p] = oneMinusX * improved(x)
            out[count + p] = x * energy
        }
    }
}

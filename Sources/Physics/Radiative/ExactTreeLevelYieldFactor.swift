import Foundation

/// The exact-tree-level radiative yield at one mass and its ratio to the IWW one, K = I_rad^ETL/I_rad^IWW
/// (docs/PHYSICS.md §7, §10): what the yields and limits multiply their IWW integral by.
///
/// σ_tot ratios at E₀ are not enough: the signal selects x ≳ E_thr/E and the track lengths spread E over 40–100 GeV,
/// where ETL/IWW differs from its all-x value at E₀ by up to 8 % (the tests measure it). So K is the ratio of the two
/// integrals with the same T±(E) and η: dσ/dx_ETL from an `ExactStrahlungTable` over the energies where η is not
/// negligible (below them its E₀ is clamped; they carry < 10⁻⁶ of the yield), dσ/dx_IWW as the yield integrals take it.
public enum ExactTreeLevelYieldFactor {
    /// I_rad with ETL and with IWW [cm³ per primary], both charges radiating.
    /// - Parameters:
    ///   - lowestSignalEnergyGeV: below it η vanishes (the integrals skip it).
    ///   - tableLowestEnergyGeV: the lower end of the ETL table's energy range (where η becomes non-negligible).
    ///   - energyNodes, fractionNodes: the table's Chebyshev nodes (cost: their product in ETL evaluations, ~20 ms each).
    public static func radiativeIntegrals(
        massGeV: Double, trackLengths: TrackLengthHistogram, efficiency: (Double) -> Double, lowestSignalEnergyGeV: Double,
        tableLowestEnergyGeV: Double, energyNodes: Int = 4, fractionNodes: Int = 32
    ) -> (exact: Double, improved: Double) {
        let top = trackLengths.binEdgesGeV[trackLengths.binCount]
        let improvedCrossSection = StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, maximumBeamEnergyGeV: top)
        let improved = RadiativeYieldIntegral.integralCm3(
            crossSection: improvedCrossSection, trackLengths: trackLengths, lowestSignalEnergyGeV: lowestSignalEnergyGeV,
            efficiency: efficiency)
        let exact = ExactStrahlungCrossSection(bosonMassGeV: massGeV)
        let low = min(max(tableLowestEnergyGeV, 2 * massGeV), top)
        let table = ExactStrahlungTable(
            exact: exact, energyRangeGeV: low...top, energyNodeCount: energyNodes, fractionNodeCount: fractionNodes)
        let etl = withoutActuallyEscaping(efficiency) { efficiency in
            trackLengths.integrate(.both, lowestEnergyGeV: max(lowestSignalEnergyGeV, massGeV)) { energy in
                guard let range = exact.kinematicRangeOfX(beamEnergyGeV: energy) else { return 0 }
                let lower = max(range.lowerBound, lowestSignalEnergyGeV / energy)
                guard lower < range.upperBound else { return 0 }
                let atEnergy = table.atEnergy(energy)  // the table's E₀ parts once (the same numbers)
                // Same variable and tolerance as the IWW integral (RadiativeYieldIntegral).
                return AdaptiveQuadrature.integrate(
                    from: -log1p(-lower), to: -log1p(-range.upperBound), relativeTolerance: 1e-5
                ) { w in
                    let oneMinusX = exp(-w), x = 1 - oneMinusX
                    return oneMinusX * atEnergy.differentialGeV2(x: x) * efficiency(x * energy)
                }.value * PhysicalConstants.inverseGeV2InCm2
            }
        }
        return (etl, improved)
    }
}

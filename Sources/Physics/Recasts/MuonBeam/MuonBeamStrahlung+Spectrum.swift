import Foundation

/// The Z′ energy spectrum of muon-beam Z′-strahlung (NA64-μ prospects paper, Fig. 4): (1/σ) dσ/dx against
/// x = E_Z′/E₀, from the same differential cross section as the NA64-μ recast (`differential`).
extension MuonBeamStrahlung {
    /// The photon-flux table for a Z′ of mass `mass`: t_max = m² + m_μ², and t_min down to the smallest the
    /// kinematics allow for any x: t_min = (U/(2E(1 − x)))² with U/(1 − x) ≥ m²/x ≥ m², so t_min ≥ (m²/2E)².
    func fluxTable(massGeV mass: Double) -> PhotonFluxTable {
        let tMax = mass * mass + leptonMassGeV * leptonMassGeV
        let smallestTMin = (mass * mass / (2 * beamEnergyGeV)) * (mass * mass / (2 * beamEnergyGeV))
        return PhotonFluxTable(flux: flux, tMaxGeV2: tMax, smallestTMinGeV2: max(smallestTMin, 1e-24))
    }

    /// dσ/dx / g² [GeV⁻²] at each energy fraction, and σ/g² [GeV⁻²] integrated over the whole kinematic range
    /// m/E < x < 1 − m_μ/E: in ln x below x = ½ (the spectrum of a light Z′ grows like 1/x there) and in
    /// ln(1 − x) above (it grows like 1/(1 − x) until the flux cut), `energyFractionPoints` Gauss–Legendre
    /// points each. Fractions outside the range give 0.
    public func spectrum(massGeV mass: Double, energyFractions: [Double]) -> (differential: [Double], total: Double) {
        let table = fluxTable(massGeV: mass)
        let xMinimum = mass / beamEnergyGeV, xMaximum = 1 - leptonMassGeV / beamEnergyGeV
        let values = energyFractions.map { x in
            x > xMinimum && x < xMaximum ? differential(energyFraction: x, massGeV: mass, fluxTable: table) : 0
        }
        guard xMaximum > xMinimum else { return (values, 0) }
        let rule = GaussLegendre(pointCount: energyFractionPoints)
        let split = min(max(0.5, xMinimum), xMaximum)
        let lower =
            split > xMinimum
            ? rule.integrate(from: log(xMinimum), to: log(split)) { logX in
                let x = exp(logX)
                return x * differential(energyFraction: x, massGeV: mass, fluxTable: table)
            } : 0
        let upper = rule.integrate(from: log(1 - xMaximum), to: log(1 - split)) { logOneMinusX in
            let oneMinusX = exp(logOneMinusX)
            return oneMinusX * differential(energyFraction: 1 - oneMinusX, massGeV: mass, fluxTable: table)
        }
        return (values, lower + upper)
    }

    /// (1/σ) dσ/dx at each energy fraction (the normalised spectrum; it integrates to 1 over x).
    public func normalizedSpectrum(massGeV mass: Double, energyFractions: [Double]) -> [Double] {
        let (values, total) = spectrum(massGeV: mass, energyFractions: energyFractions)
        guard total > 0 else { return values.map { _ in 0 } }
        return values.map { $0 / total }
    }
}

import Foundation
import Testing

@testable import Physics

/// The shared and hoisted work of the thermal targets (issue 17) gives the numbers of the plain formulas to the bit:
/// every comparison here is `==`, since the step tables must stay byte-identical.
@Suite("Relic targets: shared plasma grid, panel integrand and array-free solves are exact")
struct RelicSharedWorkTests {
    let dof = ShippedDegreesOfFreedom.table

    @Test("g_s and g_ρ below T₀ are the ideal gas of `idealGas` times the junction factor, exactly")
    func idealGasBelowJunction() {
        let junction = dof.junctionGeV
        let atJunction = EffectiveDegreesOfFreedom.idealGas(temperatureGeV: junction, decouplingGeV: junction)
        let entropyFactor = dof.entropyDegrees[0] / atJunction.entropy, energyFactor = dof.energyDegrees[0] / atJunction.energy
        for t in [0.9e-3, 0.4e-3, 1e-4, 2e-5, 3e-6] {
            let ideal = EffectiveDegreesOfFreedom.idealGas(temperatureGeV: t, decouplingGeV: junction)
            #expect(dof.entropy(temperatureGeV: t) == entropyFactor * ideal.entropy, "g_s at T = \(t) GeV")
            #expect(dof.energy(temperatureGeV: t) == energyFactor * ideal.energy, "g_ρ at T = \(t) GeV")
        }
    }

    @Test("plasma(T) is g_s(T) and the g_*^{1/2} formula, exactly")
    func plasmaPair() {
        for t in [2e-6, 3e-4, 0.999e-3, 1e-3, 0.2, 500] {
            let step = 1e-3
            let up = dof.entropy(temperatureGeV: t * exp(step)), down = dof.entropy(temperatureGeV: t * exp(-step))
            let slope = (log(up) - log(down)) / (2 * step)
            let expected = dof.entropy(temperatureGeV: t) / dof.energy(temperatureGeV: t).squareRoot() * (1 + slope / 3)
            let pair = dof.plasma(temperatureGeV: t)
            #expect(pair.entropy == dof.entropy(temperatureGeV: t))
            #expect(pair.boltzmannFactor == expected, "T = \(t) GeV")
        }
    }

    @Test("One plasma grid per mass gives each candidate's solver of the per-candidate formulas, exactly")
    func sharedPlasma() {
        // 2 MeV: the grid reaches T = 0.2 keV, most nodes below T₀ = 1 MeV (the ideal-gas branch).
        let mass = 2e-3, steps = 300
        let plasma = FreezeOutPlasma(degrees: dof, massGeV: mass, steps: steps)
        let pi4 = pow(Double.pi, 4)
        for kind in DarkMatterKind.allCases {
            let solver = FreezeOutSolver(plasma: plasma, internalDegrees: kind.degreesOfFreedom)
            #expect(solver.nodes.count == steps + 1)
            for (i, x) in solver.nodes.enumerated() {
                let t = mass / x
                let hEff = dof.entropy(temperatureGeV: t)
                let logEquilibrium =
                    log(45 * kind.degreesOfFreedom / (4 * pi4 * hEff)) + 2 * log(x) + log(ModifiedBessel.scaledK2(x)) - x
                let rate = (Double.pi / 45).squareRoot() * CosmologyConstants.planckMassGeV * mass * dof.boltzmannFactor(temperatureGeV: t)
                #expect(solver.logEquilibrium[i] == logEquilibrium && solver.rateFactor[i] == rate, "\(kind) at x = \(x)")
            }
        }
    }

    @Test("The root search's Ω h² is solve(...).relicDensity, exactly")
    func arrayFreeRelicDensity() {
        let solver = FreezeOutSolver(degrees: dof, massGeV: 0.03, internalDegrees: 2, steps: 400)
        let base = solver.nodes.map { 1e-9 * (1 + 10 / $0) }
        for scale in [1e-6, 0.37, 1, 250, 1e5] {
            let expected = solver.solve(effectiveCrossSection: base.map { $0 * scale }).relicDensity
            #expect(solver.relicDensity(effectiveCrossSection: base, scale: scale) == expected, "scale \(scale)")
        }
    }

    @Test("The hoisted kernel, branch-free or not, is σ(s)(s − 4m²) of the formula, exactly")
    func kernel() {
        for kind in DarkMatterKind.allCases {
            let process = DarkMatterAnnihilation(
                kind: kind, darkMatterMassGeV: 0.4, mediatorMassGeV: 1.2, darkCoupling: 0.05, coupling: 3e-3)
            let width = 2e-5
            let kernel = AnnihilationKernel(process, widthGeV: width)
            for s in [0.5, 0.64, 0.640_000_1, 0.9, 1.44, 1.45, 3, 12.7, 40, 900] {
                let m2 = 0.4 * 0.4, mass2 = 1.2 * 1.2
                var expected = 0.0
                if s > 4 * m2 {
                    let beta = (1 - 4 * m2 / s).squareRoot()
                    let chiFactor = kind == .pseudoDirac ? s + 2 * m2 : s - 4 * m2
                    let propagator = 1 / ((s - mass2) * (s - mass2) + mass2 * width * width)
                    let couplings = 0.05 * 0.05 * 3e-3 * 3e-3
                    expected = couplings * DarkMatterAnnihilation.finalStateFactor(s: s) * beta * chiFactor * propagator / (12 * Double.pi)
                }
                #expect(kernel(s) == expected && kernel.branchFree(s) == expected, "\(kind) at s = \(s)")
                #expect(process.crossSectionTimesFlux(s: s, widthGeV: width) == expected)
            }
        }
    }

    @Test("The four-lane kernel, K₁ and integrand are the scalar ones lane by lane, exactly")
    func lanes() {
        let muon4 = 4 * PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
        let tau4 = 4 * PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV
        for kind in DarkMatterKind.allCases {
            let process = DarkMatterAnnihilation(
                kind: kind, darkMatterMassGeV: 0.04, mediatorMassGeV: 0.12, darkCoupling: 0.05, coupling: 1e-3)
            let kernel = AnnihilationKernel(process, widthGeV: 3e-7)
            // Below, at and above χχ threshold (6.4e-3 GeV²), on both sides of the μμ and ττ thresholds, at the pole.
            let s = [
                5e-3, 6.4e-3, 6.400_01e-3, 0.01, muon4.nextDown, muon4, muon4.nextUp, 0.0144, 0.2, tau4.nextDown, tau4.nextUp, 30
            ]
            for a in s {
                for b in s {
                    let input = DoubleLanes(a, b, b, a)
                    let lanes = kernel.branchFree(input)
                    #expect(
                        (0..<DoubleLanes.scalarCount).allSatisfy { lanes[$0] == kernel.branchFree(input[$0]) }, "\(kind) at s = \(a), \(b)")
                }
            }
        }
        for z in [2.000_001, 2.5, 7, 80, 1e4] {
            let input = DoubleLanes(z, z * 1.7, z * 2.3, z + 0.5)
            let lanes = ModifiedBessel.scaledK1AboveTwo(input)
            #expect((0..<DoubleLanes.scalarCount).allSatisfy { lanes[$0] == ModifiedBessel.scaledK1(input[$0]) }, "z = \(z)")
        }
        // The panel integrand against the formula point by point, x = 1 (z ≤ 2 possible only there) and x = 40.
        let process = DarkMatterAnnihilation(
            kind: .pseudoDirac, darkMatterMassGeV: 0.04, mediatorMassGeV: 0.12, darkCoupling: 0.05, coupling: 1e-3)
        for x in [1.0, 40] {
            let integrand = ThermalAverageIntegrand(
                kernel: AnnihilationKernel(process, widthGeV: 3e-7), twoX: 2 * x, temperatureGeV: 0.04 / x)
            let points = (0..<AdaptiveQuadrature.panelPointCount).map { 1e-9 + 0.6 * Double($0) }
            var values = [Double](repeating: .nan, count: points.count)
            points.withUnsafeBufferPointer { p in values.withUnsafeMutableBufferPointer { integrand.panel(p.baseAddress!, $0.baseAddress!) }
            }
            for (u, value) in zip(points, values) {
                let w = u * u, z = 2 * x + w, rootS = z * (0.04 / x)
                let expected =
                    process.crossSectionTimesFlux(s: rootS * rootS, widthGeV: 3e-7) * rootS * ModifiedBessel.scaledK1(z) * exp(-w) * z * 2
                    * u
                #expect(value == expected, "x = \(x), u = \(u)")
            }
        }
    }

    @Test("The panel form of the adaptive quadrature is the scalar form, exactly")
    func panelQuadrature() {
        let f: (Double) -> Double = { x in exp(-x) / (1e-6 + (x - 1.3) * (x - 1.3)) + x.squareRoot() }
        let scalar = AdaptiveQuadrature.integrate(from: 0, to: 9, breakpoints: [1.3, 0.2, 4], relativeTolerance: 1e-11, f)
        let panel = AdaptiveQuadrature.integrate(from: 0, to: 9, breakpoints: [1.3, 0.2, 4], relativeTolerance: 1e-11) { points, values in
            for i in 0..<AdaptiveQuadrature.panelPointCount { values[i] = f(points[i]) }
        }
        #expect(panel == scalar)
        #expect(scalar.evaluations > 15 * 4)  // it did subdivide
    }

    @Test("The thermal average is the scalar-integrand quadrature of the formula, exactly")
    func thermalAverage() {
        for kind in DarkMatterKind.allCases {
            let process = DarkMatterAnnihilation(
                kind: kind, darkMatterMassGeV: 0.05, mediatorMassGeV: 0.15, darkCoupling: 0.05, coupling: 1e-3)
            let width = 1.1e-6
            for x in [1.0, 7.5, 21, 300] {
                #expect(process.thermalAverage(x: x, widthGeV: width) == reference(process, x: x, widthGeV: width), "\(kind), x = \(x)")
            }
        }
    }

    /// The thermal average as it was written with a scalar integrand (before issue 17).
    func reference(_ process: DarkMatterAnnihilation, x: Double, widthGeV: Double) -> Double {
        let m = process.darkMatterMassGeV, t = m / x
        let k2 = ModifiedBessel.scaledK2(x)
        let prefactor = 2 * t / (8 * m * m * m * m * k2 * k2)
        var breaks: [Double] = []
        func addBreak(energyGeV: Double) {
            let w = energyGeV / t - 2 * x
            if w > 0, w < 80 { breaks.append(w.squareRoot()) }
        }
        for k in [-100.0, -10, -1, 0, 1, 10, 100] { addBreak(energyGeV: process.mediatorMassGeV + k * widthGeV) }
        addBreak(energyGeV: 2 * PhysicalConstants.muonMassGeV)
        addBreak(energyGeV: 2 * PhysicalConstants.tauMassGeV)
        breaks = Array(Set(breaks)).sorted()
        let result = AdaptiveQuadrature.integrate(from: 0, to: 80.0.squareRoot(), breakpoints: breaks, relativeTolerance: 1e-9) { u in
            let w = u * u, z = 2 * x + w
            let rootS = z * t
            let value = process.crossSectionTimesFlux(s: rootS * rootS, widthGeV: widthGeV)
            return value * rootS * ModifiedBessel.scaledK1(z) * exp(-w) * z * 2 * u
        }
        return prefactor * result.value
    }
}

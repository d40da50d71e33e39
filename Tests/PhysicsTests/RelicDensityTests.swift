import Foundation
import Testing

@testable import Physics

/// The shipped g* table (physics-data/sm-degrees-of-freedom-borsanyi-2016.csv), read without DataFormats.
enum ShippedDegreesOfFreedom {
    static let table: EffectiveDegreesOfFreedom = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("physics-data/sm-degrees-of-freedom-borsanyi-2016.csv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var t: [Double] = [], g: [Double] = [], s: [Double] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: ",").compactMap { Double($0) }
            guard fields.count == 3 else { continue }
            t.append(fields[0] / 1000)
            g.append(fields[1])
            s.append(fields[1] / fields[2])
        }
        return EffectiveDegreesOfFreedom(temperaturesGeV: t, energyDegrees: g, entropyDegrees: s)
    }()
}

@Suite("Relic density: Bessel functions, g*, thermal average, Boltzmann solver")
struct RelicDensityTests {
    @Test("K₁ and K₂ against tabulated values (A&S Table 9.8)")
    func besselValues() {
        // Tabulated K₁(1) = 0.6019072302, K₂(2) = 0.2537597546, K₁(10) = 1.864877345e-5: the polynomial
        // approximations claim a relative error below 3e-7, so 1e-6 leaves a margin.
        #expect(abs(ModifiedBessel.scaledK1(1) * exp(-1) / 0.6019072302 - 1) < 1e-6)
        #expect(abs(ModifiedBessel.scaledK2(2) * exp(-2) / 0.2537597546 - 1) < 1e-6)
        #expect(abs(ModifiedBessel.scaledK1(10) * exp(-10) / 1.864877345e-5 - 1) < 1e-6)
    }

    @Test("g*: the table where it is given, the ideal-gas limits below it")
    func degreesOfFreedom() {
        let dof = ShippedDegreesOfFreedom.table
        #expect(dof.temperaturesGeV.count == 16)
        #expect(abs(dof.energy(temperatureGeV: 0.1) - 17.61) < 1e-12)
        // Far below m_e, with neutrinos decoupled at the table's 1 MeV: g_ρ(0) = 3.383 and g_s(0) = 3.931 for N_eff = 3.044
        // (the textbook 4/11 gives 3.363, 3.909). Instantaneous decoupling at 1 MeV plus the 0.3 % junction factor
        // come out 0.64 % high; 1 % bounds that model difference (gradual decoupling), not a numerical error.
        #expect(abs(dof.energy(temperatureGeV: 5e-6) / 3.383 - 1) < 0.01)
        #expect(abs(dof.entropy(temperatureGeV: 5e-6) / 3.931 - 1) < 0.01)
        // Far above m_e, e± count 7/2 (integration accuracy 1e-6).
        #expect(abs(EffectiveDegreesOfFreedom.electronDegrees(temperatureGeV: 1).energy - 3.5) < 1e-5)
        // No jump at the junction: just below and above 1 MeV agree to the spline's local slope (≪ 1e-3).
        #expect(abs(dof.energy(temperatureGeV: 0.999_999e-3) / dof.energy(temperatureGeV: 1.000_001e-3) - 1) < 1e-5)
        #expect(abs(dof.entropy(temperatureGeV: 0.999_999e-3) / dof.entropy(temperatureGeV: 1.000_001e-3) - 1) < 1e-5)
    }

    @Test("⟨σv⟩ at x = 10⁴ reduces to the s-wave (pseudo-Dirac) and p-wave (scalar, Majorana) expansions")
    func nonRelativisticLimit() {
        for (mass, label) in [(0.05, "only neutrinos"), (0.5, "neutrinos and muons")] {
            let width = 1e-6
            let x = 1e4
            for kind in DarkMatterKind.allCases {
                let process = DarkMatterAnnihilation(
                    kind: kind, darkMatterMassGeV: mass, mediatorMassGeV: 3 * mass, darkCoupling: 0.05, coupling: 1e-3)
                let s0 = 4 * mass * mass
                let mediator2 = 9 * mass * mass
                let propagator = 1 / ((s0 - mediator2) * (s0 - mediator2) + mediator2 * width * width)
                let common = 0.05 * 0.05 * 1e-6 * DarkMatterAnnihilation.finalStateFactor(s: s0) * propagator
                // s-wave: σv_rel → a = g_χ² g² F(4m²) P / 4π; p-wave: σv_rel = b v², ⟨σv⟩ = 6b/x, b = g_χ² g² F P / 24π.
                let expected = kind == .pseudoDirac ? common / (4 * Double.pi) : 6 * common / (24 * Double.pi) / x
                let average = process.thermalAverage(x: x, widthGeV: width)
                // Corrections are O(1/x) = 1e-4 times order-ten coefficients (F and P vary with s): 2e-3.
                #expect(abs(average / expected - 1) < 2e-3, "\(kind) at m_χ = \(mass) GeV (\(label))")
            }
        }
    }

    /// A constant ⟨σv⟩_eff for a Majorana-like relic (g_χ = 2, dn/dt = −σv (n² − n_eq²)).
    func constantCrossSection(massGeV: Double, cm3PerSecond: Double, steps: Int = 2000) -> (FreezeOutSolver, FreezeOutSolver.Solution) {
        let solver = FreezeOutSolver(degrees: ShippedDegreesOfFreedom.table, massGeV: massGeV, internalDegrees: 2, steps: steps)
        let sigmaV = cm3PerSecond * CosmologyConstants.cubicCentimetrePerSecondInInverseGeV2
        return (solver, solver.solve(effectiveCrossSection: [Double](repeating: sigmaV, count: solver.nodes.count)))
    }

    @Test("A weak-scale relic: x_f ≈ 20–25 and Ω h² within 5 % of the standard approximate formula")
    func textbookRelic() {
        let mass = 100.0, sigmaV = 2.2e-26
        let (solver, solution) = constantCrossSection(massGeV: mass, cm3PerSecond: sigmaV)
        let xf = solution.freezeOutX ?? 0
        #expect(xf > 20 && xf < 25, "x_f = \(xf)")
        // Kolb & Turner (The Early Universe, Eqs. 5.43–5.45) for an s-wave σ₀: x_f = ln[0.038 c(c+2) (g/√g_*) M_Pl m σ₀]
        // − ½ ln x_f (c = 1/2), Y_∞ = 3.79 x_f/((g_s/√g_*) M_Pl m σ₀), with g_* and g_s at T = m/x_f.
        let sigma0 = sigmaV * CosmologyConstants.cubicCentimetrePerSecondInInverseGeV2
        var xKT = 20.0
        for _ in 0..<50 {
            let gStar = solver.degrees.energy(temperatureGeV: mass / xKT)
            xKT = log(0.038 * 0.5 * 2.5 * 2 / gStar.squareRoot() * CosmologyConstants.planckMassGeV * mass * sigma0) - 0.5 * log(xKT)
        }
        let t = mass / xKT
        let gStar = solver.degrees.energy(temperatureGeV: t), gS = solver.degrees.entropy(temperatureGeV: t)
        let yKT = 3.79 * xKT / (gS / gStar.squareRoot() * CosmologyConstants.planckMassGeV * mass * sigma0)
        let omegaKT = mass * yKT * CosmologyConstants.relicDensityPerMassYield
        // The brief's tolerance: the approximation itself is good to a few per cent for s-wave relics.
        #expect(abs(solution.relicDensity / omegaKT - 1) < 0.05, "Ω h² = \(solution.relicDensity), Kolb–Turner \(omegaKT)")
        #expect(solution.relicDensity > 0.08 && solution.relicDensity < 0.16)
    }

    @Test("Convergence in the step size: halving the step changes Ω h² by less than 10⁻⁴")
    func stepConvergence() {
        let coarse = constantCrossSection(massGeV: 0.02, cm3PerSecond: 3e-26, steps: 1000).1.relicDensity
        let fine = constantCrossSection(massGeV: 0.02, cm3PerSecond: 3e-26, steps: 2000).1.relicDensity
        let finer = constantCrossSection(massGeV: 0.02, cm3PerSecond: 3e-26, steps: 4000).1.relicDensity
        // BDF2 is second order: successive differences shrink by about 4.
        #expect(abs(fine / finer - 1) < 1e-4)
        #expect(abs(coarse / finer - 1) > abs(fine / finer - 1))
    }

    @Test("Thermal targets: Ω h² = 0.12 reached, pseudo-Dirac (s-wave) needs the smallest y, x_f in 10–30")
    func relicTargets() throws {
        let dof = ShippedDegreesOfFreedom.table
        var ys: [DarkMatterKind: Double] = [:]
        for kind in DarkMatterKind.allCases {
            let target = RelicTarget(kind: kind, massRatio: 3, darkCoupling: 0.05, steps: 800)
            let point = try #require(target.point(darkMatterMassGeV: 0.04, degrees: dof))
            // The root is found to 1e-10 in ln g: Ω h² agrees to far better than 1e-6.
            #expect(abs(point.relicDensity / 0.12 - 1) < 1e-6)
            let xf = try #require(point.freezeOutX)
            #expect(xf > 10 && xf < 30, "\(kind): x_f = \(xf)")
            ys[kind] = point.yVariable
        }
        #expect(ys[.pseudoDirac]! < ys[.complexScalar]! && ys[.pseudoDirac]! < ys[.majorana]!)
    }
}

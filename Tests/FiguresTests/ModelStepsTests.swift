import Foundation
import Testing
import TestSupport
@testable import Figures
import Physics
import BuildEngine
import DataFormats

/// The model-physics step kinds (averaged-coupling, atomic-cross-section, muon-g2-band, thermal-target):
/// configuration errors, their tables against the Physics functions they wrap, and the Fig. 2/3 figure data.
@Suite("Model physics steps")
struct ModelStepsTests {
    // MARK: Helpers

    /// The error text of parsing `text` as figures.yaml, or "no error".
    func configError(_ text: String) -> String {
        do {
            _ = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
            return "no error"
        } catch {
            return error.description
        }
    }

    /// Parses a one-step project and runs that step (no inputs), decoding its `table` artifact.
    func runStep(kind: String, params: String) throws -> Table {
        let project = try Project.parse(
            text: "version: 1\nsteps:\n  s:\n    kind: \(kind)\n    params: \(params)\n",
            rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
        let node = try #require(project.nodes["s"])
        let artifacts = try node.step.run(StepInputs(artifacts: [:], sources: [:]), StepContext(stepName: "s"))
        let table = try #require(artifacts.first(where: { $0.name == "table" }))
        return try Table(decoding: table.data)
    }

    /// Bit-identical: tables store Swift's shortest round-trip decimals, and a step must compute exactly
    /// what the Physics function computes, so no tolerance is needed (or wanted).
    func same(_ a: Double, _ b: Double) -> Bool { a == b }

    // MARK: Configuration errors

    @Test func unknownParameterIsLocated() {
        let message = configError(
            """
            version: 1
            steps:
              fig2:
                kind: averaged-coupling
                params: {alpha_dark: [0.1], mass_ratoi: 3}
            """)
        #expect(message.hasPrefix("figures.yaml:5:"), "\(message)")
        #expect(message.contains("steps.fig2.params.mass_ratoi: unknown key; did you mean 'mass_ratio'?"), "\(message)")
    }

    @Test func nonPositiveAlphaDarkIsRejected() {
        let message = configError(
            """
            version: 1
            steps:
              fig2:
                kind: averaged-coupling
                params:
                  alpha_dark: [0.1, -0.02]
            """)
        #expect(message.hasPrefix("figures.yaml:6:"), "\(message)")
        #expect(message.contains("alpha_dark: expected values in (0, 1], found -0.02"), "\(message)")
    }

    @Test func thermalTargetRejectsZeroAlphaDark() {
        let message = configError("version: 1\nsteps:\n  t:\n    kind: thermal-target\n    params: {alpha_dark: 0}\n")
        #expect(message.hasPrefix("figures.yaml:5:"), "\(message)")
        #expect(message.contains("alpha_dark: expected a value in (0, 1], found 0.0"), "\(message)")
    }

    @Test func atomicEnergyWindowMustBeOrdered() {
        let message = configError(
            "version: 1\nsteps:\n  a:\n    kind: atomic-cross-section\n    params: {energy_min_GeV: 60, energy_max_GeV: 40}\n")
        #expect(message.hasPrefix("figures.yaml:5:"), "\(message)")
        #expect(message.contains("expected energy_min_GeV < energy_max_GeV"), "\(message)")
    }

    @Test func emptyG2BandIsRejected() {
        let message = configError("version: 1\nsteps:\n  b:\n    kind: muon-g2-band\n    params: {delta_a_mu: -300.0e-11}\n")
        #expect(message.contains("the band is empty"), "\(message)")
    }

    // MARK: Tables against Physics

    @Test func averagedCouplingMatchesThePhysicsCurveOnItsGrid() throws {
        let table = try runStep(kind: "averaged-coupling", params: "{alpha_dark: [0.1, 0.02], log_points: 20, window_points: 16}")
        let masses = try table.column("m_GeV")
        #expect(masses.contains(2 * PhysicalConstants.muonMassGeV), "2m_μ, where the effect peaks (§5), is a grid point")
        for alphaDark in [0.1, 0.02] {
            let column = try table.column(AveragedCouplingStep.columnName(alphaDark: alphaDark))
            let curve = AveragedLoopFigure.relativeDifferenceCurve(alphaDark: alphaDark, logarithmicCount: 20, windowCount: 16)
            // At least the 20 logarithmic points, so the loop below compares something.
            #expect(curve.x.count >= 20 && curve.x.count == curve.y.count)
            // Every point of the Physics curve for this α_D is in the shared grid, with the same value.
            for (mass, value) in zip(curve.x, curve.y) {
                let row = try #require(masses.firstIndex(of: mass), "mass \(mass) missing from the shared grid")
                #expect(same(column[row], value), "α_D = \(alphaDark), m = \(mass): \(column[row]) vs \(value)")
            }
        }
        #expect(AveragedCouplingStep.columnName(alphaDark: 0.1) == "relative_difference_alpha_d_0p1")
    }

    @Test func atomicCrossSectionMatchesThePhysicsCurves() throws {
        let table = try runStep(
            kind: "atomic-cross-section", params: "{mass_GeV: 0.225, coupling: 0.03, broad_points: 30, peak_points: 24}")
        let curves = AtomicMotionFigure.curves(
            model: .vanilla(massGeV: 0.225, coupling: 0.03), kernel: .lead, broadCount: 30, peakCount: 24)
        #expect(try table.column("E_GeV") == curves.positronEnergiesGeV)
        let atRest = try table.column("sigma_at_rest_cm2"), motion = try table.column("sigma_atomic_motion_cm2")
        #expect(atRest.count >= 30 && atRest.count == curves.atRestCm2.count && motion.count == atRest.count)
        for index in stride(from: 0, to: atRest.count, by: 5) {
            #expect(same(atRest[index], curves.atRestCm2[index]))
            #expect(same(motion[index], curves.atomicMotionCm2[index]))
        }
    }

    @Test func atomicCrossSectionWindowAndMotionSwitch() throws {
        let table = try runStep(
            kind: "atomic-cross-section",
            params: "{energy_min_GeV: 40, energy_max_GeV: 60, broad_points: 30, peak_points: 24, atomic_motion: false}")
        let energies = try table.column("E_GeV")
        #expect(energies.first == 40 && energies.last == 60)
        #expect(table.columns.map(\.name) == ["E_GeV", "sigma_at_rest_cm2"], "no motion column when atomic_motion is off")
        let model = ZPrimeModel.vanilla(massGeV: 0.225, coupling: 0.03)
        #expect(energies.contains(model.resonancePositronEnergyGeV), "the at-rest pole is on the grid")
    }

    @Test func g2BandMatchesMuonAnomaly() throws {
        let table = try runStep(kind: "muon-g2-band", params: "{points: 7}")
        let masses = try table.column("m_GeV"), lower = try table.column("g_lower"), upper = try table.column("g_upper")
        #expect(masses.count == 7 && masses.first == 1e-3 && masses.last == 1)
        let band = MuonAnomaly(discrepancy: .standard)  // the 2024 letters' (249 ± 48)×10⁻¹¹ at ±2σ: the default
        for (index, mass) in masses.enumerated() {
            #expect(same(lower[index], band.lowerCoupling(massGeV: mass)))
            #expect(same(upper[index], band.upperCoupling(massGeV: mass)))
        }
    }

    /// The band's edges are where the Z′ loop gives Δa_μ ± 2σ, for both papers' inputs: (249 ± 48.3)×10⁻¹¹ (2024,
    /// Exp 116 592 059(22) − SM 116 591 810(43)) and (251 ± 59)×10⁻¹¹ (2022).
    @Test(arguments: [("2024", 249e-11, (22.0 * 22 + 43 * 43).squareRoot() * 1e-11), ("2022", 251e-11, 59e-11)])
    func g2BandEdgesAreTwoSigma(choice: String, deltaAMu: Double, sigma: Double) throws {
        let table = try runStep(kind: "muon-g2-band", params: "{discrepancy: \"\(choice)\", points: 5}")
        #expect(table.metadata.contains { $0.key == "discrepancy" && $0.value == choice })
        let masses = try table.column("m_GeV"), lower = try table.column("g_lower"), upper = try table.column("g_upper")
        #expect(masses.count == 5)
        for index in masses.indices {
            // δa_μ ∝ g² and F cancels exactly (same quadrature both ways): 10⁻¹² is a few ulps of the square root and of 249·10⁻¹¹.
            let atLower = MuonAnomaly.contribution(massGeV: masses[index], coupling: lower[index])
            let atUpper = MuonAnomaly.contribution(massGeV: masses[index], coupling: upper[index])
            #expect(abs(atLower / (deltaAMu - 2 * sigma) - 1) < 1e-12, "lower edge at m = \(masses[index]) GeV")
            #expect(abs(atUpper / (deltaAMu + 2 * sigma) - 1) < 1e-12, "upper edge at m = \(masses[index]) GeV")
        }
    }

    @Test func g2BandRejectsAnUnknownDiscrepancy() {
        let message = configError("version: 1\nsteps:\n  b:\n    kind: muon-g2-band\n    params: {discrepancy: \"2023\"}\n")
        #expect(message.contains("2024") && message.contains("2022"), "\(message)")
    }

    @Test func g2BandFollowsTheAnomalyParameters() throws {
        // A smaller anomaly whose −2σ edge is below zero: the band reaches g = 0 (§3).
        let table = try runStep(kind: "muon-g2-band", params: "{delta_a_mu: 40.0e-11, sigma_a_mu: 30.0e-11, points: 3}")
        let band = MuonAnomaly(anomaly: 40e-11, uncertainty: 30e-11)
        #expect(try table.column("g_lower") == [0, 0, 0])
        for (mass, value) in zip(try table.column("m_GeV"), try table.column("g_upper")) {
            #expect(same(value, band.upperCoupling(massGeV: mass)))
        }
    }

    @Test func thermalTargetMatchesThePhysics() throws {
        let table = try runStep(kind: "thermal-target", params: "{alpha_dark: 0.02, points: 5}")
        let target = ThermalTarget(alphaDark: 0.02, massRatio: 3, factor: 1)
        let masses = try table.column("m_GeV"), couplings = try table.column("g")
        // Five rows on the default 1 MeV – 1 GeV logarithmic grid, one coupling per mass.
        #expect(table.columns.map(\.name) == ["m_GeV", "g"])
        #expect(masses == LogarithmicGrid(from: 1e-3, to: 1, count: 5).points)
        #expect(couplings.count == 5)
        for (mass, coupling) in zip(masses, couplings) {
            #expect(same(coupling, target.coupling(massGeV: mass)))
        }
        // g ∝ m_Z′ on the target (both sides of the relic condition scale as m²): ascending and positive.
        #expect(couplings.allSatisfy { $0 > 0 } && zip(couplings, couplings.dropFirst()).allSatisfy { $0 < $1 })
    }

    // MARK: Figure data of the real figures.yaml

    /// Builds `figure` from the project's own figures.yaml, with its model steps on coarse grids
    /// (the grids change the number of points, not the series), and returns its data file.
    func figureData(_ figure: String) throws -> FigureData {
        let root = Repository.root
        let text = try String(contentsOf: root.appendingPathComponent("figures.yaml"), encoding: .utf8)
        let overrides = [
            "fig2-averaged-coupling.log_points=12", "fig2-averaged-coupling.window_points=8",
            "fig3-cross-sections.broad_points=12", "fig3-cross-sections.peak_points=8"
        ].compactMap(ParameterOverride.init(parsing:))
        let project = try Project.parse(
            text: text, rootDirectory: root.path, configFile: "figures.yaml",
            registry: ProjectKinds.registry, overrides: overrides)
        let node = try #require(project.nodes[figure])
        var artifacts: [String: [String: Data]] = [:]
        for (role, reference) in node.inputs {
            guard case .step(let stepName) = reference else { continue }
            let step = try #require(project.nodes[stepName])
            let outputs = try step.step.run(StepInputs(artifacts: [:], sources: [:]), StepContext(stepName: stepName))
            artifacts[role] = Dictionary(uniqueKeysWithValues: outputs.map { ($0.name, $0.data) })
        }
        let outputs = try node.step.run(StepInputs(artifacts: artifacts, sources: [:]), StepContext(stepName: figure))
        let csv = try #require(outputs.first(where: { $0.name == "data.csv" }))
        return try FigureData(parsing: csv.data, fileName: "\(figure).csv")
    }

    @Test func fig2DataHasTheDesignSeries() throws {
        let data = try figureData("fig2-pi-average")
        #expect(data.series.map(\.name).sorted() == ["alpha-d-0.02", "alpha-d-0.1"])
    }

    @Test func fig3DataHasTheDesignSeries() throws {
        let data = try figureData("fig3-atomic-cross-section")
        #expect(data.series.map(\.name).sorted() == ["at-rest", "atomic-motion"])
    }
}

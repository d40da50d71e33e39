import Foundation
import Testing
import TestSupport
import Physics
import BuildEngine
import DataFormats
@testable import Figures

/// Synthetic inputs for the yield and limit steps: the steps only read tables, so a small, smooth
/// shower-like histogram is enough to test that they wire the Physics integrals up correctly.
enum YieldLimitFixtures {
    /// 5 GeV bins from 20 to 100 GeV; T₋ rises towards E₀ (the primary), T₊ falls (secondaries).
    static let edges = stride(from: 20.0, through: 100.0, by: 5.0).map { $0 }
    static let electrons = edges.dropLast().map { 0.05 + 0.002 * ($0 - 20) }
    static let positrons = edges.dropLast().map { 0.04 * exp(-($0 - 20) / 30) }

    static var histogram: TrackLengthHistogram {
        TrackLengthHistogram(binEdgesGeV: edges, electronsCmPerGeV: electrons, positronsCmPerGeV: positrons)
    }

    static func trackLengthTable() throws -> Data {
        let zeros = [Double](repeating: 0, count: electrons.count)
        return try Table(columns: [
            .init("energy_low_GeV", unit: "GeV", "", Array(edges.dropLast())),
            .init("energy_high_GeV", unit: "GeV", "", Array(edges.dropFirst())),
            .init("electrons_lead", unit: "cm/GeV", "", electrons),
            .init("positrons_lead", unit: "cm/GeV", "", positrons),
            .init("electrons_scintillator", unit: "cm/GeV", "", zeros),
            .init("positrons_scintillator", unit: "cm/GeV", "", zeros)
        ]).encoded()
    }

    /// The §9 efficiency (E₀ = 100 GeV, E_thr = 50 GeV) sampled every 0.5 GeV, as the efficiency step would.
    static let efficiencyEnergies = stride(from: 0.0, through: 100.0, by: 0.5).map { $0 }
    static let efficiencyValues = efficiencyEnergies.map { SignalEfficiency().efficiency(zPrimeEnergyGeV: $0) }

    static func efficiencyTable() throws -> Data {
        try Table(columns: [
            .init("energy_GeV", unit: "GeV", "", efficiencyEnergies),
            .init("efficiency", unit: "1", "", efficiencyValues)
        ]).encoded()
    }

    static func inputs(darkPhotonLimit: Data? = nil) throws -> StepInputs {
        var artifacts: [String: [String: Data]] = [
            "track-lengths-e-minus": ["table": try trackLengthTable()],
            "track-lengths-e-plus": ["table": try trackLengthTable()],
            "efficiency": ["table": try efficiencyTable()]
        ]
        if let darkPhotonLimit { artifacts["dark-photon-limit"] = ["na64e-2019-dark-photon.csv": darkPhotonLimit] }
        return StepInputs(artifacts: artifacts, sources: [:])
    }

    static let context = StepContext(stepName: "test")
}

@Suite("yields and limits steps")
struct YieldLimitStepTests {
    func configMessage(_ params: String, kind: String = "limits") -> String {
        let text = """
            version: 1
            steps:
              efficiency-table:
                kind: loop-function
              limits:
                kind: \(kind)
                inputs: {efficiency: efficiency-table}
                params:
            \(params)
            """
        do {
            _ = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func unknownExperimentKeyIsAConfigErrorWithItsLocation() {
        let message = configMessage(
            """
                  experiments:
                    - {name: a, eot: 1.0e+11, backgrund_events: 0.3}
            """)
        #expect(message.hasPrefix("figures.yaml:10:"), "\(message)")
        #expect(message.contains("backgrund_events"), "\(message)")
    }

    @Test func missingExperimentsAndBadValuesAreRejected() {
        #expect(configMessage("      method: absolute") != "no error")
        #expect(
            configMessage(
                """
                      experiments: [{name: a, eot: -1}]
                """
            ).contains("eot must be positive"))
        #expect(
            configMessage(
                """
                      experiments: [{name: a, eot: 1.0e+11}]
                      method: bayesian
                """) != "no error")
        #expect(
            configMessage(
                """
                      experiments: [{name: a, eot: 1.0e+11}]
                      scenarios: [{name: vanilla, suffix: ""}, {name: dark, alpha_D: 0.1}]
                """) == "no error")
    }

    /// Absolute-method limits equal CouplingLimitSolver on the Physics integrals of the same histogram.
    @Test func absoluteLimitsMatchThePhysicsChain() throws {
        var p = LimitsStep.Parameters()
        p.experiments = [ExperimentParameters(name: "run", eot: 9.1e11)]
        p.experiments[0].background_events = 0.3
        p.scenarios = [.vanilla, ScenarioParameters(name: "alpha-d-0.1", alphaDark: 0.1)]
        p.atomic_motion = false
        p.approximation = .iww
        p.upper_limit_method = .cls
        p.points_per_decade = 2
        p.resonance_points = 3
        #expect(LimitsStep.validate(p) == nil)
        let artifacts = try LimitsStep.run(p, inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
        #expect(artifacts.map(\.name) == ["run", "run-alpha-d-0.1", "yield-integrals"])

        let efficiency = TabulatedEfficiency(
            energiesGeV: YieldLimitFixtures.efficiencyEnergies,
            values: YieldLimitFixtures.efficiencyValues)
        let upper = try EventUpperLimit(observedEvents: 0, expectedBackground: 0.3).signalEvents()
        let exposure = Exposure(particlesOnTarget: 9.1e11, overallEfficiency: 0.5, targetAtomsPerCm3: Material.lead.atomsPerCm3)
        for (artifact, scenario) in zip(artifacts, p.scenarios) {
            let table = try Table(decoding: artifact.data)
            let masses = try table.column("m_GeV"), limits = try table.column("g_limit")
            #expect(masses.count > 6)
            for row in [0, masses.count / 2, masses.count - 1] {
                let mass = masses[row]
                let radiative = RadiativeYieldIntegral.integralCm3(
                    crossSection: StrahlungCrossSection(
                        bosonMassGeV: mass, leptonMassGeV: PhysicalConstants.electronMassGeV,
                        maximumBeamEnergyGeV: 100),
                    trackLengths: YieldLimitFixtures.histogram, lowestSignalEnergyGeV: efficiency.lowestSignalEnergyGeV,
                    efficiency: { efficiency($0) })
                let resonant = ResonantYieldIntegral.integralCm3(
                    crossSection: .narrowWidth(bosonMassGeV: mass, piSquaredTimesBranching: 1),
                    trackLengths: YieldLimitFixtures.histogram, atomicNumber: Material.lead.atomicNumber,
                    efficiency: { efficiency($0) })
                let yield = SignalYield(exposure: exposure, radiativeIntegralCm3: radiative, resonantIntegralCm3: resonant)
                let expected = try CouplingLimitSolver.absolute(
                    events: { yield.events(piSquaredTimesBranching: scenario.piSquaredTimesBranching(massGeV: mass, coupling: $0)) },
                    upperLimitEvents: upper)
                // Same arithmetic on the same inputs: only the 10⁻⁶ stopping tolerance of the iteration can differ.
                #expect(abs(limits[row] / expected.coupling - 1) < 1e-5, "m = \(mass): \(limits[row]) vs \(expected.coupling)")
            }
        }
    }

    /// N ∝ N_EOT: doubling the exposure doubles both terms.
    @Test func yieldIsProportionalToExposure() throws {
        var p = YieldsStep.Parameters()
        p.atomic_motion = false
        p.approximation = .iww
        p.points_per_decade = 3
        p.resonance_points = 5
        let inputs = try YieldLimitFixtures.inputs()
        let single = try Table(decoding: YieldsStep.run(p, inputs: inputs, context: YieldLimitFixtures.context)[0].data)
        p.experiment.eot *= 2
        let double = try Table(decoding: YieldsStep.run(p, inputs: inputs, context: YieldLimitFixtures.context)[0].data)
        #expect(single.rowCount >= 10 && double.rowCount == single.rowCount)  // 3 decades at 3 points each, and more
        for column in ["radiative", "resonant"] {
            for (a, b) in zip(try single.column(column), try double.column(column)) {
                // Exact scaling up to the rounding of one multiplication.
                #expect(a == 0 && b == 0 || abs(b / a - 2) < 1e-12)
            }
        }
        // Resonant events only where E_R = (m² − 2m_e²)/2m_e lies inside the positron histogram above the
        // efficiency turn-on (E ≳ 40 GeV → m ≳ 0.2 GeV; E ≤ 100 GeV → m ≤ 0.32 GeV).
        let masses = try single.column("m_GeV"), resonant = try single.column("resonant")
        // Below the turn-on η(E_F) is a Gaussian tail, not zero: "resonant events" there means more than
        // 10⁻⁶ of the peak (η at E_thr − 5σ is below that).
        let largest = resonant.max() ?? 0
        for (mass, events) in zip(masses, resonant) where events > 1e-6 * largest { #expect(mass > 0.2 && mass < 0.33) }
        #expect(resonant.contains { $0 > 0 })
    }

    /// The ratio method reproduces ε_up/√(|Π/g|² BR) where there is no resonance (N_EOT, κ, n_Pb cancel).
    @Test func ratioMethodUsesTheExternalCurve() throws {
        let path = Repository.path("external-limits/na64e-2019-dark-photon.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var p = LimitsStep.Parameters()
        p.experiments = [ExperimentParameters(name: "run", eot: 2.84e11)]
        p.method = .ratio
        p.atomic_motion = false
        p.approximation = .iww
        p.upper_limit_method = .cls
        p.points_per_decade = 4
        p.resonance_points = 0
        let artifacts = try LimitsStep.run(
            p, inputs: YieldLimitFixtures.inputs(darkPhotonLimit: Data(text.utf8)),
            context: YieldLimitFixtures.context)
        let table = try Table(decoding: artifacts[0].data)
        let masses = try table.column("m_GeV"), limits = try table.column("g_limit")
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "na64e-2019-dark-photon.csv")
        let row = try #require(masses.firstIndex { $0 > 0.01 && $0 < 0.1 })
        let mass = masses[row]
        let epsilon = try #require(
            dataset.segments.compactMap { segment -> Double? in
                guard segment.massesInGeV.count >= 2 else { return nil }
                return DarkPhotonLimitCurve(massesGeV: segment.massesInGeV, epsilons: segment.couplings).epsilon(atMassGeV: mass)
            }.min())
        // Below 2m_μ every width ∝ g², so |Π|²BR/g² is constant: evaluating it at any small g is exact.
        let perG2 = ScenarioParameters.vanilla.piSquaredTimesBranching(massGeV: mass, coupling: 1e-4) / 1e-8
        // Tolerance: the 10⁻⁶ stopping criterion of the iteration.
        #expect(abs(limits[row] / (epsilon / perG2.squareRoot()) - 1) < 1e-5)
    }

    @Test func missingTrackLengthsForABeamIsAStepFailure() throws {
        var p = LimitsStep.Parameters()
        p.experiments = [ExperimentParameters(name: "e-plus", eot: 1e13)]
        p.experiments[0].beam = .positron
        p.approximation = .iww
        let inputs = StepInputs(artifacts: ["efficiency": ["table": try YieldLimitFixtures.efficiencyTable()]], sources: [:])
        #expect(throws: StepFailure.self) { try LimitsStep.run(p, inputs: inputs, context: YieldLimitFixtures.context) }
    }
}

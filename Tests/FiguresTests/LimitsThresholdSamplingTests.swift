import Foundation
import Testing
import TestSupport
import Physics
import BuildEngine
import DataFormats
@testable import Figures

@Suite("limits: sampling E_ECAL^thr")
struct LimitsThresholdSamplingTests {
    /// The fixtures' track lengths with the efficiency step's own table (its metadata carries the model).
    static func inputs() throws -> StepInputs {
        let efficiency = try EfficiencyStep.run(
            EfficiencyStep.Parameters(), inputs: StepInputs(artifacts: [:], sources: [:]), context: YieldLimitFixtures.context)
        return StepInputs(
            artifacts: [
                "track-lengths-e-minus": ["table": try YieldLimitFixtures.trackLengthTable()],
                "efficiency": ["table": efficiency[0].data]
            ], sources: [:])
    }

    /// NA64-e 2016–2022 as figures.yaml has it, on a coarse grid, with the given thresholds.
    static func parameters(thresholds: [Double], weights: [Double]? = nil) -> LimitsStep.Parameters {
        var p = LimitsStep.Parameters()
        var experiment = ExperimentParameters(name: "run", eot: 9.1e11)
        experiment.background_events = 0.3
        experiment.background_uncertainty_events = 0.2
        experiment.signal_relative_uncertainty = 0.15
        experiment.ecal_thresholds = zip(thresholds, weights ?? thresholds.map { _ in 1 }).map {
            ThresholdSampleParameters(threshold_GeV: $0, weight: $1)
        }
        p.experiments = [experiment]
        p.atomic_motion = false
        p.approximation = .iww
        p.toys = 2000
        p.points_per_decade = 3
        p.resonance_points = 8
        p.bend_points = 4
        return p
    }

    static func columns(_ artifacts: [Artifact], _ name: String, _ keys: [String]) throws -> [[Double]] {
        let artifact = try #require(artifacts.first { $0.name == name })
        let table = try Table(decoding: artifact.data)
        return try keys.map { try table.column($0) }
    }

    /// Sampling only the efficiency's own threshold spreads nothing: r_thr = 0 everywhere, N_up is the r_s = 15 %
    /// value of today's computation exactly, and so is every limit.
    @Test func theNominalThresholdAloneChangesNothing() throws {
        let sampled = try LimitsStep.run(Self.parameters(thresholds: [50]), inputs: Self.inputs(), context: YieldLimitFixtures.context)
        var plain = Self.parameters(thresholds: [])
        plain.experiments[0].ecal_thresholds = []
        let reference = try LimitsStep.run(plain, inputs: Self.inputs(), context: YieldLimitFixtures.context)
        #expect(sampled.map(\.name) == ["run", "run-signal-uncertainty", "yield-integrals"])
        #expect(reference.map(\.name) == ["run", "yield-integrals"])
        let spread = try Self.columns(sampled, "run-signal-uncertainty", ["threshold_spread", "upper_limit_events"])
        #expect(!spread[0].isEmpty && spread[0].allSatisfy { $0 == 0 })
        let today = try plain.experiments[0].upperLimitEvents(
            EventLimitSettings(
                choice: .profileLikelihood, confidenceLevel: 0.9, distribution: .hybridToys, criterion: .signalPlusBackground,
                toys: 2000, toySeed: 1))
        #expect(spread[1].allSatisfy { $0 == today })
        #expect(
            try Self.columns(sampled, "run", ["m_GeV", "g_limit"]) == (try Self.columns(reference, "run", ["m_GeV", "g_limit"])))
    }

    /// Lower thresholds keep fewer events (E_F must exceed E₀ − E_thr): the yield spreads, r_thr > 0 at every mass,
    /// N_up and the limit grow (never shrink) against the unsampled curve, and the spread agrees with the one computed
    /// from the Physics yields at the sampled thresholds (same integrals: 1e-12 relative, rounding only).
    @Test func lowerThresholdsSpreadTheYieldAndWeakenTheLimit() throws {
        let thresholds = [47.338105, 48.5, 49.661895]
        let p = Self.parameters(thresholds: thresholds, weights: [5, 8, 5])
        #expect(LimitsStep.validate(p) == nil)
        let sampled = try LimitsStep.run(p, inputs: Self.inputs(), context: YieldLimitFixtures.context)
        var plain = p
        plain.experiments[0].ecal_thresholds = []
        let reference = try LimitsStep.run(plain, inputs: Self.inputs(), context: YieldLimitFixtures.context)
        let spread = try Self.columns(sampled, "run-signal-uncertainty", ["m_GeV", "threshold_spread", "upper_limit_events"])
        let limits = try Self.columns(sampled, "run", ["m_GeV", "g_limit"])
        let baseline = try Self.columns(reference, "run", ["m_GeV", "g_limit"])
        #expect(limits[0] == baseline[0])
        #expect(spread[1].allSatisfy { $0 > 0 }, "\(spread[1])")
        for (g, g0) in zip(limits[1], baseline[1]) { #expect(g >= g0) }
        #expect(zip(limits[1], baseline[1]).contains { $0 > $1 * 1.0001 })

        // r_thr at the first mass (a sampled one: index 0) from the Physics yields directly.
        let efficiency = EfficiencyStep.Parameters().model
        let grid = efficiency.energyGridGeV(points: 201, densePoints: 200, denseWidthSigmas: 5)
        func total(_ tabulated: TabulatedEfficiency) throws -> Double {
            let integrals = try YieldInputTables.calculator(
                trackLengthData: YieldLimitFixtures.trackLengthTable(), source: "fixture", efficiency: tabulated,
                approximation: .improvedWeizsackerWilliams, atomicMotion: false, scintillatorElectrons: true
            ).integrals(massGeV: spread[0][0])
            return integrals.radiativeCm3 + integrals.resonantCm3
        }
        let yields = try thresholds.map { try total(efficiency.withThreshold($0).tabulated(followingGrid: grid, madeForThresholdGeV: 50)) }
        let expected = ThresholdDistribution(thresholdsGeV: thresholds, weights: [5, 8, 5]).relativeSpread(of: yields)
        #expect(abs(spread[1][0] / expected - 1) < 1e-12)
    }

    @Test func badThresholdsAreUserErrors() {
        var p = Self.parameters(thresholds: [47, 50], weights: [1, -1])
        #expect(LimitsStep.validate(p) == "experiments[0].ecal_thresholds[1].weight: expected a number ≥ 0")
        p = Self.parameters(thresholds: [0, 50])
        #expect(LimitsStep.validate(p) == "experiments[0].ecal_thresholds[0].threshold_GeV: expected a number greater than 0")
        p = Self.parameters(thresholds: [47], weights: [0])
        #expect(LimitsStep.validate(p) == "experiments[0].ecal_thresholds: expected at least one positive weight")
        p = Self.parameters(thresholds: [47])
        p.experiments[0].method = .ratio
        #expect(LimitsStep.validate(p) == "experiments[0].ecal_thresholds: expected none with the ratio method (it does not use N_up)")
        p = Self.parameters(thresholds: [47])
        p.threshold_sampling_stride = 0
        #expect(LimitsStep.validate(p) == "threshold_sampling_stride: expected 1 to 100")
    }

    /// A threshold at or above E₀, and an efficiency table without its model, fail the step naming the cause.
    @Test func thresholdsNeedAModelAndAThresholdBelowTheBeam() throws {
        let above = Self.parameters(thresholds: [47, 100])
        #expect(throws: StepFailure.self) { try LimitsStep.run(above, inputs: Self.inputs(), context: YieldLimitFixtures.context) }
        do {
            _ = try LimitsStep.run(above, inputs: Self.inputs(), context: YieldLimitFixtures.context)
        } catch {
            #expect(
                "\(error)".contains(
                    "experiment 'run': ecal_thresholds has 100.0 GeV, at or above the beam energy 100.0 GeV of input 'efficiency'"),
                "\(error)")
        }
        do {
            _ = try LimitsStep.run(
                Self.parameters(thresholds: [47]), inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
            Issue.record("a table without its model's metadata was accepted")
        } catch {
            #expect("\(error)".contains("needs the efficiency model in the table's metadata"), "\(error)")
        }
    }

    /// A spread beyond the largest tabulated r_thr node has no N_up: the step fails naming the experiment, r_thr and
    /// the mass where it is largest, before any toy runs.
    @Test func aSpreadBeyondTheNodesIsRefusedNamingWhere() throws {
        let p = Self.parameters(thresholds: [20, 50])
        let settings = EventLimitSettings(
            choice: .profileLikelihood, confidenceLevel: 0.9, distribution: .hybridToys, criterion: .signalPlusBackground,
            toys: 2000, toySeed: 1)
        do {
            _ = try LimitsStep.upperLimitRules(p, settings: settings, spreads: [[0.2, 1.5, 0.4]], masses: [0.1, 0.25, 0.3])
            Issue.record("r_thr = 1.5 was accepted")
        } catch {
            #expect(
                "\(error)".contains(
                    "experiment 'run': sampling the ECAL threshold spreads the yield by r_thr = 1.5 at m = 0.25 GeV, "
                        + "beyond the largest tabulated 1.0 (no upper limit exists there)"),
                "\(error)")
        }
    }
}

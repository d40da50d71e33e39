import Foundation
import Testing
import TestSupport
import Physics
import BuildEngine
import DataFormats
@testable import Figures

/// The issue-14 options of the yields and limits steps: ETL through K(m), the scintillator's electrons, the
/// profile-likelihood N_up and a per-experiment method (docs/PHYSICS.md §10).
@Suite("yields and limits: ETL, scintillator electrons, profile likelihood")
struct YieldLimitFidelityTests {
    /// A K table on 1 MeV–1 GeV: K = I_ETL/I_IWW falling linearly in log m from 1.25 to 0.5.
    static let kMasses = [0.001, 0.01, 0.1, 1.0]
    static let kValues = [1.25, 1.0, 0.75, 0.5]

    static func kFactorTable(masses: [Double] = kMasses) throws -> Data {
        try ExactTreeLevelFactorTable(massesGeV: masses, exactIntegralsCm3: kValues, improvedIntegralsCm3: masses.map { _ in 1 })
            .encoded()
    }

    static func inputs(kFactors: Data?, scintillatorScale: Double = 0) throws -> StepInputs {
        var base = try YieldLimitFixtures.inputs()
        if let kFactors { base.artifacts[YieldInputTables.kFactorRole] = ["table": kFactors] }
        if scintillatorScale > 0 {
            // The same tallies in the scintillator as in lead, times the scale.
            let e = YieldLimitFixtures.electrons.map { $0 * scintillatorScale }
            let q = YieldLimitFixtures.positrons.map { $0 * scintillatorScale }
            let table = try Table(columns: [
                .init("energy_low_GeV", unit: "GeV", "", Array(YieldLimitFixtures.edges.dropLast())),
                .init("energy_high_GeV", unit: "GeV", "", Array(YieldLimitFixtures.edges.dropFirst())),
                .init("electrons_lead", unit: "cm/GeV", "", YieldLimitFixtures.electrons),
                .init("positrons_lead", unit: "cm/GeV", "", YieldLimitFixtures.positrons),
                .init("electrons_scintillator", unit: "cm/GeV", "", e),
                .init("positrons_scintillator", unit: "cm/GeV", "", q)
            ]).encoded()
            base.artifacts["track-lengths-e-minus"] = ["table": table]
        }
        return base
    }

    static func yields(_ p: YieldsStep.Parameters, _ inputs: StepInputs) throws -> Table {
        try Table(decoding: YieldsStep.run(p, inputs: inputs, context: YieldLimitFixtures.context)[0].data)
    }

    static func baseYields() -> YieldsStep.Parameters {
        var p = YieldsStep.Parameters()
        p.atomic_motion = false
        p.scintillator_electrons = false
        p.points_per_decade = 3
        p.resonance_points = 5
        return p
    }

    /// `etl` multiplies the IWW radiative events by K(m), interpolated linearly in ln m; the resonant term is unchanged.
    @Test func exactTreeLevelScalesTheRadiativeTermByK() throws {
        var p = Self.baseYields()
        p.approximation = .iww
        let iww = try Self.yields(p, Self.inputs(kFactors: nil))
        p.approximation = .etl
        let etl = try Self.yields(p, Self.inputs(kFactors: Self.kFactorTable()))
        let masses = try iww.column("m_GeV")
        let curve = StrahlungKFactorCurve(massesGeV: Self.kMasses, factors: Self.kValues)
        for (index, mass) in masses.enumerated() {
            let expected = try iww.column("radiative")[index] * curve.factor(atMassGeV: mass)!
            // One multiplication apart.
            #expect(abs(try etl.column("radiative")[index] - expected) <= 1e-12 * expected)
            #expect(try etl.column("resonant")[index] == iww.column("resonant")[index])
        }
        // K = 1.25 − 0.25 log10(m/1 MeV): at 3.16 MeV (half a decade) 1.125.
        #expect(abs(curve.factor(atMassGeV: 0.001 * 10.0.squareRoot())! - 1.125) < 1e-12)
    }

    @Test func exactTreeLevelNeedsACoveringKTable() throws {
        var p = Self.baseYields()
        p.approximation = .etl
        #expect(throws: StepFailure.self) { try Self.yields(p, Self.inputs(kFactors: nil)) }
        #expect(throws: StepFailure.self) { try Self.yields(p, Self.inputs(kFactors: Self.kFactorTable(masses: [0.002, 0.01, 0.1, 1]))) }
    }

    /// At rest, the scintillator adds Z n_Sc/n_Pb × its T₊ per lead atom: with tallies equal to lead's, the resonant
    /// events grow by n_e(Sc)/n_e(Pb) = 0.1244.
    @Test func scintillatorElectronsAddTheirShare() throws {
        var p = Self.baseYields()
        p.approximation = .iww
        let lead = try Self.yields(p, Self.inputs(kFactors: nil, scintillatorScale: 1))
        p.scintillator_electrons = true
        let both = try Self.yields(p, Self.inputs(kFactors: nil, scintillatorScale: 1))
        let sc = Material.plasticScintillator, pb = Material.lead
        let share = sc.atomsPerCm3 * sc.atomicNumber / (pb.atomsPerCm3 * pb.atomicNumber)
        // PDG: ρ = 1.032 g/cm³, Z/A = 0.5416 against 11.35 g/cm³ and 82/207.2: 0.1244 (rounded to 10⁻⁴).
        #expect(abs(share - 0.1244) < 1e-4)
        var compared = 0
        for (a, b) in zip(try lead.column("resonant"), try both.column("resonant")) where a > 0 {
            // Same histogram, same η: the ratio is exact up to rounding.
            #expect(abs(b / a - (1 + share)) < 1e-12)
            compared += 1
        }
        #expect(compared > 0)
        #expect(try lead.column("radiative") == both.column("radiative"))
    }

    /// With atomic motion, the scintillator's kernel (C₉H₁₀ shells) keeps the sum rule: the resonant integral over a
    /// flat T₊ equals the at-rest one times Σnᵢ⟨η/sinh η⟩ᵢ/Z ≈ 1 (outer shells of eV binding energies: 1 − O(E_B/m_e)).
    @Test func scintillatorKernelSumRule() {
        let ratio = AtomicMotionKernel.polyvinyltoluene.sumRuleRatio
        // ⟨η/sinh η⟩ ≈ 1 − ⟨η²⟩/6 with ⟨η²⟩ ≈ 2⟨T⟩/m_e = 2E_B/m_e: 18 carbon K electrons at 288 eV give 1 − 3.4·10⁻⁵ of
        // the total; the bound 10⁻⁴ is three times that.
        #expect(ratio < 1 && ratio > 1 - 1e-4)
        #expect(AtomicMotionKernel.polyvinyltoluene.atomicNumber == 64)
    }

    /// The profile-likelihood N_up the step records is ProfileLikelihoodLimit's for the experiment's count.
    @Test func profileLikelihoodUpperLimitIsThePhysicsOne() throws {
        var p = LimitsStep.Parameters()
        var experiment = ExperimentParameters(name: "run", eot: 9.1e11)
        experiment.background_events = 0.3
        experiment.background_uncertainty_events = 0.2
        experiment.signal_relative_uncertainty = 0.15
        p.experiments = [experiment]
        p.approximation = .iww
        p.atomic_motion = false
        p.points_per_decade = 2
        p.resonance_points = 0
        p.profile_likelihood_distribution = .hybridToys
        p.toys = 2000
        let artifacts = try LimitsStep.run(p, inputs: YieldLimitFixtures.inputs(), context: YieldLimitFixtures.context)
        let table = try Table(decoding: artifacts[0].data)
        let recorded = try #require(table.metadata.first { $0.key == "upper_limit_events" }.flatMap { Double($0.value) })
        let likelihood = CountingLikelihood(
            observedEvents: 0, expectedBackground: 0.3, backgroundUncertainty: 0.2, relativeSignalUncertainty: 0.15)
        let expected = try ProfileLikelihoodLimit(likelihood: likelihood).upperLimit(
            method: .hybridToys(count: 2000, seed: 1), criterion: .signalPlusBackground)
        // Same toys (same seed): equal to the printed digits.
        #expect(abs(recorded / expected - 1) < 1e-12)
    }

    /// A per-experiment `method` overrides the step's: one curve by ratio, one absolute, in one run.
    @Test func perExperimentMethod() throws {
        let path = Repository.path("external-limits/na64e-2019-dark-photon.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var p = LimitsStep.Parameters()
        var ratio = ExperimentParameters(name: "ratio", eot: 2.84e11)
        ratio.method = .ratio
        p.experiments = [ratio, ExperimentParameters(name: "absolute", eot: 2.84e11)]
        p.approximation = .iww
        p.upper_limit_method = .cls
        p.atomic_motion = false
        p.points_per_decade = 4
        p.resonance_points = 0
        var inputs = try YieldLimitFixtures.inputs(darkPhotonLimit: Data(text.utf8))
        inputs.sources = [:]
        let artifacts = try LimitsStep.run(p, inputs: inputs, context: YieldLimitFixtures.context)
        let methods = try artifacts.filter { $0.name != YieldIntegralSharing.artifactName }.map {
            try Table(decoding: $0.data).metadata.first { $0.key == "method" }?.value
        }
        #expect(methods == ["ratio", "absolute"])
        let ratioLimits = try Table(decoding: artifacts[0].data).column("g_limit")
        let absoluteLimits = try Table(decoding: artifacts[1].data).column("g_limit")
        #expect(ratioLimits != absoluteLimits && !ratioLimits.isEmpty)
    }
}

import Foundation
import ComplexModule
import Physics
import Synchronization

/// Benchmarks and the measurement report of the yields-and-limits chain (PHYSICS.md §7, §10).
///
/// Inputs: Approximation-A track lengths (Rossi with Tsai's b for lead, `ApproximationA` of the shower
/// module; depth-integrated, i.e. an infinitely deep target, which 40 X₀ is for E > 20 GeV), scaled to
/// the lead share of the NA64 ECAL's radiation lengths; the §9 efficiency with E₀ = 100 GeV,
/// E_thr = 50 GeV, 10 %/√E ⊕ 4 %. The cascade Monte Carlo can replace them (same histogram type).
enum LimitBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "limits-full-set", unit: "4 data sets × 3 scenarios × 100 masses") {
            LimitMeasurement.fullSet(massCount: 100).reduce(0, +)
        },
        Benchmark(name: "limits-radiative-integral", unit: "one mass (225 MeV), IWW, e⁻ beam") {
            LimitMeasurement.radiativeIntegral(massGeV: 0.225, histogram: LimitMeasurement.electronBeam)
        },
        Benchmark(name: "limits-report", unit: "report (computed and printed once)") {
            LimitMeasurement.report
        },
    ]
}

/// One NA64-e data set or projection.
struct LimitDataSet: Sendable {
    let name: String
    let positronBeam: Bool
    let exposure: Exposure
    let upperLimit: Double
}

/// A Z′ scenario: vanilla, or dark with α_D and m_Z′/m_χ = 3.
struct LimitScenario: Sendable {
    let name: String
    let alphaDark: Double?

    func model(massGeV: Double, coupling: Double) -> ZPrimeModel {
        alphaDark.map { .dark(massGeV: massGeV, coupling: coupling, alphaDark: $0) } ?? .vanilla(massGeV: massGeV, coupling: coupling)
    }

    /// |Π(m²)|² BR_inv at coupling g.
    func piSquaredTimesBranching(massGeV: Double, coupling: Double) -> Double {
        let pi = LoopFunction.pi(q2GeV2: massGeV * massGeV, coupling: coupling)
        return pi.lengthSquared * model(massGeV: massGeV, coupling: coupling).invisibleBranchingRatio
    }
}

enum LimitMeasurement {
    static let beamEnergyGeV = 100.0
    static let efficiencyModel = SignalEfficiency(beamEnergyGeV: 100, thresholdGeV: 50)
    static let efficiency: @Sendable (Double) -> Double = { efficiencyModel.efficiency(zPrimeEnergyGeV: $0) }
    /// η < 10⁻¹⁵ below E₀ − E_thr − 8σ(E_thr).
    static let lowestSignalEnergyGeV = 100 - 50 - 8 * efficiencyModel.resolution.standardDeviationGeV(energyGeV: 50)

    /// Share of the ECAL's radiation lengths that sit in lead: 1.5 mm Pb / 1.5 mm scintillator layers.
    static let leadShare: Double = {
        let lead = 0.15 / Material.lead.radiationLengthCm, plastic = 0.15 / Material.plasticScintillator.radiationLengthCm
        return lead / (lead + plastic)
    }()

    static let electronBeam = approximationAHistogram(positronBeam: false)
    static let positronBeam = approximationAHistogram(positronBeam: true)

    /// 1 GeV bins from 20 GeV to E₀, with exact bin integrals and track-weighted means of Approximation A.
    ///
    /// With L = ln(E₀/E) and f(L) = E T(E) (the inverse Laplace transform of the shower module's
    /// transforms), ∫_E^{E₀} T dE′ = ℒ⁻¹[F(s)/s](L) and ∫_E^{E₀} E′T dE′ = E₀ ℒ⁻¹[F(s + 1)/s](L): the
    /// cumulative sums at the edges give bin integrals without sampling the primary's E → E₀ pile-up.
    static func approximationAHistogram(positronBeam: Bool) -> TrackLengthHistogram {
        let shower = ApproximationA(material: .lead)
        let inversion = TalbotInversion(nodeCount: 32)
        let edges = (20...100).map(Double.init)
        func cumulative(_ energy: Double, primary: Bool, moment: Bool) -> Double {
            guard energy < beamEnergyGeV else { return 0 }
            let logRatio = log(beamEnergyGeV / energy)
            let shift = moment ? 1.0 : 0.0
            let value = inversion.invert(at: logRatio, shift: primary ? 0.5 : 1.5) { s in
                let shifted = s + .init(shift)
                return (primary ? shower.primaryTransform(shifted) : shower.secondaryPerChargeTransform(shifted)) / s
            }
            return value * (moment ? beamEnergyGeV : 1) * shower.radiationLengthCm * leadShare
        }
        var primary: [Double] = [], secondary: [Double] = [], means: [Double] = []
        for (lo, hi) in zip(edges, edges.dropFirst()) {
            let p = cumulative(lo, primary: true, moment: false) - cumulative(hi, primary: true, moment: false)
            let s = cumulative(lo, primary: false, moment: false) - cumulative(hi, primary: false, moment: false)
            let pMoment = cumulative(lo, primary: true, moment: true) - cumulative(hi, primary: true, moment: true)
            let sMoment = cumulative(lo, primary: false, moment: true) - cumulative(hi, primary: false, moment: true)
            primary.append(p / (hi - lo))
            secondary.append(s / (hi - lo))
            means.append(min(hi, max(lo, (pMoment + 2 * sMoment) / (p + 2 * s))))
        }
        let beamCharge = zip(primary, secondary).map { $0 + $1 }
        return TrackLengthHistogram(binEdgesGeV: edges,
                                    electronsCmPerGeV: positronBeam ? secondary : beamCharge,
                                    positronsCmPerGeV: positronBeam ? beamCharge : secondary,
                                    meanEnergiesGeV: means)
    }

    static let leadAtoms = Material.lead.atomsPerCm3
    static let dataSets: [LimitDataSet] = [
        LimitDataSet(name: "na64e-2016-2018", positronBeam: false,
                     exposure: Exposure(particlesOnTarget: 2.84e11, overallEfficiency: 0.5, targetAtomsPerCm3: leadAtoms),
                     upperLimit: try! EventUpperLimit(observedEvents: 0, expectedBackground: 0.53).signalEvents()),
        LimitDataSet(name: "na64e-2016-2022", positronBeam: false,
                     exposure: Exposure(particlesOnTarget: 9.1e11, overallEfficiency: 0.5, targetAtomsPerCm3: leadAtoms),
                     upperLimit: try! EventUpperLimit(observedEvents: 0, expectedBackground: 0.3).signalEvents()),
        LimitDataSet(name: "projection-e-minus-1e13", positronBeam: false,
                     exposure: Exposure(particlesOnTarget: 1e13, overallEfficiency: 0.5, targetAtomsPerCm3: leadAtoms),
                     upperLimit: try! EventUpperLimit().signalEvents()),
        LimitDataSet(name: "projection-e-plus-1e13", positronBeam: true,
                     exposure: Exposure(particlesOnTarget: 1e13, overallEfficiency: 0.5, targetAtomsPerCm3: leadAtoms),
                     upperLimit: try! EventUpperLimit().signalEvents()),
    ]
    static let scenarios = [LimitScenario(name: "vanilla", alphaDark: nil),
                            LimitScenario(name: "dark-0.1", alphaDark: 0.1),
                            LimitScenario(name: "dark-0.02", alphaDark: 0.02)]

    static func radiativeIntegral(massGeV: Double, histogram: TrackLengthHistogram,
                                  approximation: StrahlungApproximation = .improvedWeizsackerWilliams) -> Double {
        RadiativeYieldIntegral.integralCm3(
            crossSection: StrahlungCrossSection(bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV,
                                                approximation: approximation, maximumBeamEnergyGeV: beamEnergyGeV),
            trackLengths: histogram, lowestSignalEnergyGeV: lowestSignalEnergyGeV, efficiency: efficiency)
    }

    static func resonantIntegralAtRest(massGeV: Double, histogram: TrackLengthHistogram) -> Double {
        ResonantYieldIntegral.integralCm3(
            crossSection: .narrowWidth(bosonMassGeV: massGeV, piSquaredTimesBranching: 1), trackLengths: histogram,
            atomicNumber: Material.lead.atomicNumber, efficiency: efficiency)
    }

    /// I_res per unit |Π|²BR with atomic motion, from σ_atom at a reference coupling (vanilla, g = 0.03 as
    /// in Fig. 3): the Doppler-smeared resonance keeps the narrow-width energy integral, ∝ |Π|²BR.
    static func resonantIntegralWithMotion(massGeV: Double, histogram: TrackLengthHistogram) -> Double {
        let model = ZPrimeModel.vanilla(massGeV: massGeV, coupling: 0.03)
        let kernel = AtomicMotionKernel.lead
        let me = PhysicalConstants.electronMassGeV
        let peak = model.resonancePositronEnergyGeV
        let rapidity = acosh(peak / me)
        let support = (me * cosh(max(0.01, rapidity - kernel.maximumRapidity)))...(me * cosh(rapidity + kernel.maximumRapidity))
        let scale = LimitScenario(name: "", alphaDark: nil).piSquaredTimesBranching(massGeV: massGeV, coupling: 0.03)
        let integral = ResonantYieldIntegral.integralCm3(
            crossSection: .perAtom(supportGeV: support, peakEnergyGeV: peak) { energy in
                kernel.invisibleCrossSectionPerAtom(positronEnergyGeV: energy, model: model) * PhysicalConstants.inverseGeV2InCm2
            },
            trackLengths: histogram, atomicNumber: Material.lead.atomicNumber, efficiency: efficiency)
        return integral / scale
    }

    /// Absolute limit for one data set and scenario from the per-unit integrals.
    static func limit(massGeV: Double, dataSet: LimitDataSet, scenario: LimitScenario,
                      radiative: Double, resonant: Double) -> CouplingLimit? {
        let yield = SignalYield(exposure: dataSet.exposure, radiativeIntegralCm3: radiative, resonantIntegralCm3: resonant)
        return try? CouplingLimitSolver.absolute(
            events: { g in yield.events(piSquaredTimesBranching: scenario.piSquaredTimesBranching(massGeV: massGeV, coupling: g)) },
            upperLimitEvents: dataSet.upperLimit)
    }

    /// Every limit curve: 4 data sets × 3 scenarios on `massCount` log-spaced masses in [1 MeV, 1 GeV],
    /// masses spread over the cores. Returns the couplings (flattened).
    static func fullSet(massCount: Int) -> [Double] {
        let masses = (0..<massCount).map { 1e-3 * pow(1000, Double($0) / Double(massCount - 1)) }
        let perMass = dataSets.count * scenarios.count
        let results = Mutex([Double](repeating: .nan, count: massCount * perMass))
        DispatchQueue.concurrentPerform(iterations: massCount) { i in
            let mass = masses[i]
            let integrals = [electronBeam, positronBeam].map { histogram in
                (radiativeIntegral(massGeV: mass, histogram: histogram), resonantIntegralAtRest(massGeV: mass, histogram: histogram))
            }
            var local: [Double] = []
            for dataSet in dataSets {
                let (radiative, resonant) = integrals[dataSet.positronBeam ? 1 : 0]
                for scenario in scenarios {
                    local.append(limit(massGeV: mass, dataSet: dataSet, scenario: scenario, radiative: radiative,
                                       resonant: resonant)?.coupling ?? .nan)
                }
            }
            results.withLock { $0.replaceSubrange((i * perMass)..<((i + 1) * perMass), with: local) }
        }
        return results.withLock { $0 }
    }

    /// The numbers of the measurement report, printed once.
    static let report: Double = {
        let masses = [0.001, 0.01, 0.1, 0.225, 0.25, 0.3, 0.5]
        print("Inputs: Approximation-A track lengths (lead share \(String(format: "%.4f", leadShare)) of X₀), η: E_thr = 50 GeV, κ = 0.5, N_up (CLs, n_obs = 0) = \(dataSets.map { String(format: "%.4f", $0.upperLimit) })")
        print("top bin [99,100] GeV: T₋ = \(electronBeam.electronsCmPerGeV.last!) cm/GeV, mean E = \(electronBeam.meanEnergiesGeV!.last!) GeV")
        var checksum = 0.0
        for scenario in scenarios {
            print("\n== \(scenario.name): g_up (iterations)")
            print("m [MeV]   " + dataSets.map { $0.name.padding(toLength: 26, withPad: " ", startingAt: 0) }.joined())
            for mass in masses {
                let integrals = [electronBeam, positronBeam].map { h in
                    (radiativeIntegral(massGeV: mass, histogram: h), resonantIntegralAtRest(massGeV: mass, histogram: h))
                }
                var row = String(format: "%-10g", mass * 1000)
                for dataSet in dataSets {
                    let (radiative, resonant) = integrals[dataSet.positronBeam ? 1 : 0]
                    if let result = limit(massGeV: mass, dataSet: dataSet, scenario: scenario, radiative: radiative, resonant: resonant) {
                        row += String(format: "%.4e (%d) res %4.1f%%     ", result.coupling, result.iterations,
                                      100 * resonant / (radiative + resonant))
                        checksum += result.coupling
                    } else { row += "no limit                  " }
                }
                print(row)
            }
        }
        print("\n== atomic motion (vanilla, at rest → with motion), g_up ratio")
        for mass in [0.2, 0.215, 0.225, 0.235, 0.25] {
            var row = String(format: "%-8g", mass * 1000)
            for (index, dataSet) in dataSets.enumerated() where index != 0 && index != 2 {
                let histogram = dataSet.positronBeam ? positronBeam : electronBeam
                let radiative = radiativeIntegral(massGeV: mass, histogram: histogram)
                let rest = resonantIntegralAtRest(massGeV: mass, histogram: histogram)
                let motion = resonantIntegralWithMotion(massGeV: mass, histogram: histogram)
                let vanilla = scenarios[0]
                let gRest = limit(massGeV: mass, dataSet: dataSet, scenario: vanilla, radiative: radiative, resonant: rest)!.coupling
                let gMotion = limit(massGeV: mass, dataSet: dataSet, scenario: vanilla, radiative: radiative, resonant: motion)!.coupling
                row += "  \(dataSet.name): \(String(format: "%.4e → %.4e (%+.1f%%), I_res motion/rest = %.3f", gRest, gMotion, 100 * (gMotion / gRest - 1), motion / rest))"
            }
            print(row)
        }
        print("\n== IWW vs WW (e⁻ beam radiative integral, and vanilla 2016–2022 limit)")
        let clock = ContinuousClock()
        for mass in masses {
            var ww = 0.0
            let elapsed = clock.measure { ww = radiativeIntegral(massGeV: mass, histogram: electronBeam, approximation: .weizsackerWilliams) }
            let iww = radiativeIntegral(massGeV: mass, histogram: electronBeam)
            print(String(format: "m = %6.1f MeV: I_WW/I_IWW = %.4f, radiative-only g_up ratio WW/IWW = %.4f   (%@)", mass * 1000,
                         ww / iww, (iww / ww).squareRoot(), "\(elapsed)"))
        }
        return checksum
    }()
}

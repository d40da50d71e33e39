import Foundation
import Physics
import BuildEngine
import DataFormats

/// Decoding of the shower and efficiency tables that the yield and limit steps consume (docs/STEPS.md).
enum YieldInputTables {
    /// T±(E) in the yield target (`YieldTarget`, lead) from a `track-lengths` table: only its tallies enter.
    static func trackLengths(_ data: Data, source: String) throws -> TrackLengthHistogram {
        try trackLengths(data, source: source, material: YieldTarget.material.name)
    }

    /// T±(E) in the material named `material` (`lead`, `scintillator`) from a `track-lengths` table.
    static func trackLengths(_ data: Data, source: String, material: String) throws -> TrackLengthHistogram {
        let table = try decode(source) { try TrackLengthTable(decoding: data) }
        let tallies = ["electrons", "positrons"].compactMap { TrackLengthTable.tally(particles: $0, material: material) }
        guard tallies.count == 2 else { throw StepFailure("\(source): the track-length table has no tallies in \(material)") }
        let electrons = try decode(source) { try table.values(of: tallies[0]) }
        let positrons = try decode(source) { try table.values(of: tallies[1]) }
        return TrackLengthHistogram(
            lowEdgesGeV: table.lowEdgesGeV, highEdgesGeV: table.highEdgesGeV, electronsCmPerGeV: electrons,
            positronsCmPerGeV: positrons, unclampedMeanEnergiesGeV: table.meanEnergiesGeV)
    }

    /// The yield calculator of one beam from its `track-lengths` table: radiative on lead, resonant on lead's electrons
    /// and, with `scintillatorElectrons`, the scintillator's (docs/PHYSICS.md §10).
    static func calculator(
        trackLengthData data: Data, source: String, efficiency: TabulatedEfficiency, approximation: StrahlungApproximation,
        atomicMotion: Bool, scintillatorElectrons: Bool, exactTreeLevelFactors: StrahlungKFactorCurve? = nil
    ) throws -> YieldIntegralCalculator {
        let lead = try trackLengths(data, source: source)
        var targets = [ResonantTarget.lead(lead)]
        if scintillatorElectrons {
            targets.append(.scintillator(try trackLengths(data, source: source, material: YieldTarget.scintillator.name)))
        }
        return YieldIntegralCalculator(
            trackLengths: lead, efficiency: efficiency, approximation: approximation, atomicMotion: atomicMotion,
            resonantTargets: targets, exactTreeLevelFactors: exactTreeLevelFactors)
    }

    /// The input role of the K(m) table that `approximation: etl` needs.
    static let kFactorRole = "etl-yield-factors"

    /// K(m) = I_rad(ETL)/I_rad(IWW) from an `etl-yield-factors` table (input `etl-yield-factors`) when `choice` is `etl`,
    /// checked to cover [lowest, highest] mass; nil for the other choices.
    static func exactTreeLevelFactors(
        _ choice: StrahlungChoice, inputs: StepInputs, massRangeGeV lowest: Double, _ highest: Double
    ) throws -> StrahlungKFactorCurve? {
        guard choice == .etl else { return nil }
        let role = kFactorRole
        guard inputs.artifacts[role] != nil else {
            throw StepFailure("approximation 'etl' needs input '\(role)' (an etl-yield-factors step)")
        }
        let source = inputs.sources[role] ?? role
        let table = try decode(source) { try ExactTreeLevelFactorTable(decoding: inputs.data(role)) }
        let masses = table.massesGeV
        guard masses.count >= 2, let first = masses.first, let last = masses.last, first <= lowest, last >= highest else {
            throw StepFailure(
                "\(source): K(m) covers \(masses.first.map(canonicalNumber) ?? "no") to \(masses.last.map(canonicalNumber) ?? "no")"
                    + " GeV, the mass grid \(canonicalNumber(lowest)) to \(canonicalNumber(highest)) GeV")
        }
        return StrahlungKFactorCurve(massesGeV: masses, factors: table.factors)
    }

    /// η(E_F) from an `efficiency` table, linear between its points, 0 below the first and the last value above.
    static func efficiency(_ data: Data, source: String) throws -> TabulatedEfficiency {
        let table = try decode(source) { try EfficiencyTable(decoding: data) }
        return TabulatedEfficiency(energiesGeV: table.energiesGeV, values: table.efficiencies)
    }

    /// `body`'s result, with a table error reported as a step failure naming `source`.
    private static func decode<T>(_ source: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StepFailure("\(source): \(error)") }
    }
}

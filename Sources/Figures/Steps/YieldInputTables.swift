import Foundation
import Physics
import BuildEngine
import DataFormats

/// Decoding of the shower and efficiency tables that the yield and limit steps consume (docs/STEPS.md).
enum YieldInputTables {
    /// T±(E) in the yield target (`YieldTarget`, lead) from a `track-lengths` table: only its tallies enter.
    static func trackLengths(_ data: Data, source: String) throws -> TrackLengthHistogram {
        let table = try decode(source) { try TrackLengthTable(decoding: data) }
        let material = YieldTarget.material.name
        let tallies = ["electrons", "positrons"].compactMap { TrackLengthTable.tally(particles: $0, material: material) }
        guard tallies.count == 2 else { throw StepFailure("\(source): the track-length table has no tallies in \(material)") }
        let electrons = try decode(source) { try table.values(of: tallies[0]) }
        let positrons = try decode(source) { try table.values(of: tallies[1]) }
        return TrackLengthHistogram(
            lowEdgesGeV: table.lowEdgesGeV, highEdgesGeV: table.highEdgesGeV, electronsCmPerGeV: electrons,
            positronsCmPerGeV: positrons, unclampedMeanEnergiesGeV: table.meanEnergiesGeV)
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

import Foundation
import Testing
@testable import DataFormats

/// The typed inter-step tables: what they write, that they read it back, and what their decoders reject.
@Suite struct InterStepTableTests {
    static let metadata: [(key: String, value: String)] = [("origin", "test")]

    /// Encoding then decoding gives the same table, and the written columns are the declared ones.
    @Test func everyTableRoundTripsWithItsDeclaredColumns() throws {
        let tables: [(any InterStepTable, [String])] = [
            (EfficiencyTable(energiesGeV: [0, 50, 100], efficiencies: [0, 0.5, 1], metadata: Self.metadata), EfficiencyTable.columnNames),
            (YieldTable(massesGeV: [0.01, 0.1], radiativeEvents: [3, 1], resonantEvents: [1, 0]), YieldTable.columnNames),
            (
                LimitCurveTable(massesGeV: [0.01], couplingLimits: [1e-4], iterations: [4], confidenceLevel: "0.9"),
                LimitCurveTable.columnNames
            ),
            (
                RecastCurveTable(
                    massesGeV: [0.01, 0.1], couplingLimits: [1e-3, 2e-3], experiment: "CCFR", model: "L_mu-L_tau",
                    confidenceLevel: "95%"), RecastCurveTable.columnNames
            ),
            (
                LoopFunctionTable(q2GeV2: [1e-3, 1], real: [1, 2], imaginary: [0, 1], magnitude: [1, 5.0.squareRoot()]),
                LoopFunctionTable.columnNames
            ),
            (MuonG2BandTable(massesGeV: [0.01], lowerCouplings: [0], upperCouplings: [1e-3]), MuonG2BandTable.columnNames),
            (ThermalTargetTable(massesGeV: [0.01], couplings: [1e-5]), ThermalTargetTable.columnNames),
            (
                AveragedCouplingTable(
                    massesGeV: [0.1, 0.2],
                    curves: [
                        .init(alphaDark: 0.1, relativeDifferences: [0.01, -0.02]),
                        .init(alphaDark: 0.02, relativeDifferences: [0, 0.5])
                    ],
                    metadata: [("alpha_dark", "0.1 0.02")]),
                ["m_GeV", "relative_difference_alpha_d_0p1", "relative_difference_alpha_d_0p02"]
            ),
            (
                AtomicCrossSectionTable(energiesGeV: [10, 20], atRestCm2: [1e-30, 2e-30], atomicMotionCm2: [3e-31, 4e-31]),
                AtomicCrossSectionTable.columnNames(atomicMotion: true)
            ),
            (
                TrackLengthTable(
                    lowEdgesGeV: [1, 2], highEdgesGeV: [2, 4], values: ["electrons_lead": [5, 3]],
                    errors: ["electrons_lead": [0.1, 0.2]], metadata: Self.metadata), TrackLengthTable.columnNames
            )
        ]
        for (table, columns) in tables {
            #expect(table.table.columns.map(\.name) == columns)
            let data = try table.encoded()
            let decoded = try type(of: table).init(decoding: data)
            #expect(try decoded.encoded() == data, "\(type(of: table)) does not round-trip")
        }
    }

    /// The yield table derives total and the resonant fraction (0 where the total is 0).
    @Test func yieldTableDerivesTotalAndFraction() throws {
        let table = try Table(decoding: YieldTable(massesGeV: [1, 2], radiativeEvents: [3, 0], resonantEvents: [1, 0]).encoded())
        #expect(try table.column("total") == [4, 0])
        #expect(try table.column("resonant_fraction") == [0.25, 0])
    }

    /// Gaps or overlaps between track-length bins, and negative tallies, are rejected with the row.
    @Test func trackLengthDecoderRejectsBrokenBinsAndNegativeTallies() throws {
        let gap = try TrackLengthTable(
            lowEdgesGeV: [1, 2.5], highEdgesGeV: [2, 4], values: ["electrons_lead": [1, 1]],
            errors: [:]
        ).encoded()
        #expect { try TrackLengthTable(decoding: gap) } throws: {
            "\($0)" == "track-length bins must be contiguous and increasing (row 2)"
        }
        let negative = try TrackLengthTable(lowEdgesGeV: [1], highEdgesGeV: [2], values: ["positrons_lead": [-1]], errors: [:]).encoded()
        #expect { try TrackLengthTable(decoding: negative) } throws: {
            "\($0)" == "track lengths must be finite and ≥ 0 (positrons_lead, row 1)"
        }
    }

    /// A reader asking for a tally the table lacks is told which it has (tables written by tests may omit some).
    @Test func missingTallyNamesThePresentOnes() throws {
        let data = try Table(columns: [
            .init("energy_low_GeV", unit: "GeV", "", [1]), .init("energy_high_GeV", unit: "GeV", "", [2]),
            .init("electrons_lead", unit: "cm/GeV", "", [3])
        ]).encoded()
        let table = try TrackLengthTable(decoding: data)
        let positrons = try #require(TrackLengthTable.tally(particles: "positrons", material: "lead"))
        #expect { try table.values(of: positrons) } throws: { "\($0)" == "no column 'positrons_lead'; the table has: electrons_lead" }
    }

    /// Efficiencies outside [0, 1] or a non-increasing grid are rejected.
    @Test func efficiencyDecoderRejectsOutOfRangeValues() throws {
        let above = try EfficiencyTable(energiesGeV: [0, 1], efficiencies: [0, 1.5]).encoded()
        #expect { try EfficiencyTable(decoding: above) } throws: { "\($0)" == "efficiency values must lie in [0, 1]" }
        let decreasing = try EfficiencyTable(energiesGeV: [1, 0], efficiencies: [0, 1]).encoded()
        #expect { try EfficiencyTable(decoding: decreasing) } throws: {
            "\($0)" == "the efficiency table needs ≥ 2 rows with increasing energy_GeV"
        }
    }
}

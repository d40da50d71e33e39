import Foundation
import Physics
import BuildEngine
import DataFormats

/// The yield integrals that the `limits` step writes (artifact `yield-integrals`) and a `yields` step reads through
/// its input `integrals` instead of computing them again (docs/PHYSICS.md §10): the names, the settings both steps must
/// agree on, and the reader that checks them.
enum YieldIntegralSharing {
    /// The `yields` input role.
    static let role = "integrals"
    /// The `limits` artifact.
    static let artifactName = "yield-integrals"
    /// The inputs a `yields` step reading `integrals` must not have (they would be unused).
    static let replacedRoles = ["efficiency", "track-lengths-e-minus", "track-lengths-e-plus", YieldInputTables.kFactorRole]

    /// What fixes the integrals at a mass and the masses themselves, as the table's metadata (the physics switches
    /// and the grid parameters; the inputs are the producer's).
    static func settings(
        approximation: StrahlungChoice, atomicMotion: Bool, scintillatorElectrons: Bool, massGrid: MassGridParameters
    ) -> [(key: String, value: String)] {
        [
            ("approximation", approximation.rawValue), ("atomic_motion", atomicMotion ? "true" : "false"),
            ("scintillator_electrons", scintillatorElectrons ? "true" : "false"),
            ("mass_min_GeV", canonicalNumber(massGrid.mass_min_GeV)), ("mass_max_GeV", canonicalNumber(massGrid.mass_max_GeV)),
            ("points_per_decade", String(massGrid.points_per_decade)), ("resonance_points", String(massGrid.resonance_points)),
            ("bend_points", String(massGrid.bend_points))
        ]
    }

    /// The table of `beams`' integrals on `masses` (`perMass[i][b]` for mass i, beam b).
    static func table(
        massesGeV: [Double], beams: [ExperimentParameters.Beam], perMass: [[PerUnitYieldIntegrals]],
        settings: [(key: String, value: String)]
    ) -> YieldIntegralTable {
        YieldIntegralTable(
            massesGeV: massesGeV,
            beams: beams.indices.map { b in
                YieldIntegralTable.Beam(
                    name: beams[b].rawValue, radiativeCm3: perMass.map { $0[b].radiativeCm3 },
                    resonantCm3: perMass.map { $0[b].resonantCm3 })
            },
            metadata: settings)
    }

    /// The masses and `beam`'s integrals from input `integrals`, after checking that no replaced input is given and
    /// that the producer used `settings`.
    static func read(
        _ inputs: StepInputs, beam: ExperimentParameters.Beam, settings: [(key: String, value: String)]
    ) throws -> (massesGeV: [Double], integrals: [PerUnitYieldIntegrals]) {
        let source = inputs.sources[role] ?? role
        let unused = replacedRoles.filter { inputs.artifacts[$0] != nil }
        guard unused.isEmpty else {
            throw StepFailure(
                "input '\(role)' (\(source)) supplies the yield integrals, so input(s) "
                    + unused.map { "'\($0)'" }.joined(separator: ", ") + " would be unused: remove them or input '\(role)'")
        }
        let table: YieldIntegralTable
        do { table = try YieldIntegralTable(decoding: inputs.data(role, artifact: artifactName)) } catch let failure as StepFailure {
            throw failure
        } catch { throw StepFailure("input '\(role)' (\(source)), output '\(artifactName)': \(error)") }
        for (key, value) in settings {
            let found = table.metadata.first { $0.key == key }?.value ?? "absent"
            guard found == value else {
                throw StepFailure(
                    "input '\(role)' (\(source)) computed its yield integrals with \(key) = \(found), this step asks for "
                        + "\(value): give both steps the same \(key), or compute the yields here from their inputs")
            }
        }
        guard let columns = table.beams.first(where: { $0.name == beam.rawValue }) else {
            throw StepFailure(
                "input '\(role)' (\(source)) has no integrals for the \(beam.rawValue) beam (it has: "
                    + table.beams.map(\.name).joined(separator: ", ") + ")")
        }
        let integrals = zip(columns.radiativeCm3, columns.resonantCm3).map { PerUnitYieldIntegrals(radiativeCm3: $0, resonantCm3: $1) }
        return (table.massesGeV, integrals)
    }
}

import Foundation
import Physics
import BuildEngine
import DataFormats

/// `track-lengths`: differential track lengths T±(E) of e⁻ and e⁺ in lead and scintillator per
/// primary (docs/PHYSICS.md §8), by the cascade Monte Carlo, Approximation A, or an imported table.
///
/// Output `table`, fixed format (docs/STEPS.md): `energy_low_GeV`, `energy_high_GeV`, the four
/// bin-averaged tallies `electrons_lead` … `positrons_scintillator` [cm/GeV] and their `_error`
/// columns, then `energy_center_GeV`; metadata method, beam, beam_energy_GeV, showers, seed.
struct TrackLengthStep: StepKind {
    typealias Parameters = TrackLengthParameters

    static let name = "track-lengths"
    static let summary = "differential track lengths T±(E) in lead and scintillator (PHYSICS.md §8)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []
    /// `table`: the dataset the `table` method imports.
    static let optionalInputs = ["table"]

    static func validate(_ p: Parameters) -> String? { p.problem() }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: TrackLengthTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let binned: TrackLengthTable
        let extra: [(key: String, value: String)]
        switch p.method {
        case .monteCarlo:
            guard let geometry = p.geometry else { throw StepFailure(p.problem() ?? "invalid geometry") }
            let result = CascadeSimulation.run(p.cascadeParameters(geometry: geometry), progress: context.reportProgress)
            return try monteCarloArtifacts(p, geometry: geometry, result: result)
        case .approximationA:
            guard let geometry = p.geometry, let material = geometry.materials.first else {
                throw StepFailure(p.problem() ?? "invalid geometry")
            }
            binned = TrackLengthTable(
                approximationA: material, beam: p.beam, beamEnergyGeV: p.beam_energy_GeV,
                binning: p.binning, progress: context.reportProgress)
            extra = [
                ("material", material.name),
                ("note", "Rossi Approximation A with Tsai b: depth-integrated, infinite homogeneous medium, no ionisation")
            ]
        case .table:
            guard inputs.artifacts["table"] != nil else {
                throw StepFailure("method 'table' needs the input 'table: external:NAME' (a kind: table dataset)")
            }
            let file = inputs.sources["table"] ?? "table"
            let dataset: DatasetColumnTable
            do {
                dataset = try DatasetColumnTableParser.parse(text: String(decoding: try inputs.data("table"), as: UTF8.self), file: file)
            } catch {
                throw StepFailure("\(error)")
            }
            binned = try TrackLengthTable(importedTable: dataset)
            extra = [("source", file), ("origin", dataset.provenance.origin.text)]
        }
        return try artifacts(p, binned: binned, showers: 0, seed: "none", extra: extra)
    }

    /// The `table` artifact of the Monte Carlo method from a run's result (shared with the merge of shards).
    static func monteCarloArtifacts(_ p: Parameters, geometry: TargetGeometry, result: CascadeResult) throws -> [Artifact] {
        let extra: [(key: String, value: String)] = [
            ("geometry", geometryDescription(geometry)),
            ("energy_cut_GeV", canonicalNumber(p.energy_cut_GeV)),
            ("soft_photon_cut_GeV", canonicalNumber(p.soft_photon_cut_GeV)),
            ("ionization", String(p.ionization)),
            ("mean_escaped_energy_GeV", canonicalNumber(result.meanEnergyBalance.escapedGeV))
        ]
        return try artifacts(p, binned: TrackLengthTable(cascade: result), showers: p.showers, seed: String(p.seed), extra: extra)
    }

    /// The `table` artifact: the binned tallies and the metadata every method writes.
    static func artifacts(
        _ p: Parameters, binned: TrackLengthTable, showers: Int, seed: String,
        extra: [(key: String, value: String)]
    ) throws -> [Artifact] {
        var binned = binned
        binned.metadata =
            [
                ("method", p.method.rawValue), ("beam", p.beam.rawValue),
                ("beam_energy_GeV", canonicalNumber(p.beam_energy_GeV)),
                ("showers", String(showers)), ("seed", seed)
            ] + extra
        return [Artifact(name: "table", data: try binned.encoded())]
    }

    /// E.g. "150 x (lead 0.15 cm + scintillator 0.15 cm)".
    static func geometryDescription(_ geometry: TargetGeometry) -> String {
        let period = geometry.period.map { "\($0.material.name) \(canonicalNumber($0.thicknessCm)) cm" }.joined(separator: " + ")
        return "\(geometry.repetitions) x (\(period))"
    }
}

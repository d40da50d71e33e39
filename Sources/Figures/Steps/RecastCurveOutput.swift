import Foundation
import Physics
import BuildEngine
import DataFormats

/// What the dataset header of a computed limit curve says about the measurement it recasts.
struct RecastProvenance: Sendable, Equatable {
    /// Experiment whose data are recast (`experiment` key).
    var experiment: String
    /// Title of the paper with the measurement.
    var paperTitle: String
    /// Its arXiv id, if it has one.
    var paperArXiv: String?
    /// Its DOI.
    var paperDOI: String?
    /// Journal reference.
    var paperReference: String?
    /// The model the limit holds in.
    var model: DatasetModel
    /// Confidence level as the dataset format writes it (`90%`).
    var confidenceLevel: String
    /// One line on what was computed, appended to "computed by ZPrimePaper".
    var method: String
    /// Remarks on assumptions and validity, one per header `notes` line (the parameters are added after them).
    var notes: [String]
}

/// Turns a recast's limit curve into the two outputs of a recast step: a `table` and a `dataset.csv`.
///
/// The table (m_GeV, g_limit) is what figures read as `from: STEP`; the dataset file is the same curve
/// in the external-limit format (docs/DATASETS.md), with the parameters in its header, so a user can
/// read how it was made and swap a digitised curve in its place with `--dataset`.
enum RecastCurveOutput {
    /// Licence written into computed datasets: the numbers are this project's own output, dedicated to
    /// the public domain so that they can be reused like the shipped digitisations.
    static let licence = "CC0-1.0"

    /// The artifacts of every recast step: the table and the dataset file (not a table).
    static let declaredOutputs = DeclaredOutputs([
        DeclaredOutputs.Output(name: "table", columns: RecastCurveTable.columnNames),
        DeclaredOutputs.Output(name: "dataset.csv", columns: nil)
    ])

    /// The artifacts `table` and `dataset.csv` of a recast step.
    static func artifacts(
        curve: CouplingLimitCurve, stepName: String, kindName: String,
        provenance: RecastProvenance, parameterNotes: [String]
    ) throws -> [Artifact] {
        let points = try limitPoints(of: curve)
        guard !points.isEmpty else { throw StepFailure(noLimitMessage(curve: curve)) }
        let table = RecastCurveTable(
            massesGeV: points.map(\.massGeV), couplingLimits: points.map(\.coupling),
            experiment: provenance.experiment, model: provenance.model.rawValue,
            confidenceLevel: provenance.confidenceLevel)
        let dataset = datasetText(
            points: points, name: datasetName(forStep: stepName), stepName: stepName,
            kindName: kindName, provenance: provenance, parameterNotes: parameterNotes)
        return [
            Artifact(name: "table", data: try table.encoded()),
            Artifact(name: "dataset.csv", data: Data(dataset.utf8))
        ]
    }

    /// One point of a limit curve that has a limit.
    struct LimitPoint: Sendable, Equatable {
        /// Z′ mass [GeV].
        var massGeV: Double
        /// Upper limit on g.
        var coupling: Double
        /// True if one or more masses without a limit lie between this point and the previous one.
        var followsGap: Bool
    }

    /// The masses with a limit, in order, marking where masses without one were left out.
    /// A non-finite or non-positive limit is a defect of the recast, not "no limit": it is an error.
    static func limitPoints(of curve: CouplingLimitCurve) throws -> [LimitPoint] {
        var points: [LimitPoint] = []
        var skipped = false
        for (mass, limit) in zip(curve.massesGeV, curve.couplingLimits) {
            guard let limit else { skipped = true; continue }
            guard limit.isFinite && limit > 0 else {
                throw StepFailure("the recast returned the limit \(limit) at m = \(mass) GeV; expected a positive finite coupling or none")
            }
            points.append(LimitPoint(massGeV: mass, coupling: limit, followsGap: skipped && !points.isEmpty))
            skipped = false
        }
        return points
    }

    /// The message when no mass of the grid has a limit.
    static func noLimitMessage(curve: CouplingLimitCurve) -> String {
        let range = curve.massesGeV.isEmpty ? "an empty grid" : "\(curve.massesGeV.first!) to \(curve.massesGeV.last!) GeV"
        return "the recast sets no limit at any of the \(curve.massesGeV.count) masses (\(range)); check the parameters"
    }

    /// A kebab-case dataset name for a step name (the format allows only `a-z`, `0-9` and single `-`).
    static func datasetName(forStep stepName: String) -> String {
        var name = ""
        for character in stepName.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                name.append(character)
            } else if !name.isEmpty && !name.hasSuffix("-") {
                name.append("-")
            }
        }
        while name.hasSuffix("-") { name.removeLast() }
        return name.isEmpty ? "recast" : name
    }

    /// The curve as an `upper-limit curve` dataset file. Points separated by masses without a limit
    /// go into separate segments (a `gap` row), so no line is drawn across them; a segment of one
    /// point cannot be drawn and is left out, with a note.
    static func datasetText(
        points: [LimitPoint], name: String, stepName: String, kindName: String,
        provenance: RecastProvenance, parameterNotes: [String]
    ) -> String {
        var segments: [[LimitPoint]] = []
        for point in points {
            if point.followsGap || segments.isEmpty { segments.append([point]) } else { segments[segments.count - 1].append(point) }
        }
        let isolated = segments.filter { $0.count < 2 }.flatMap { $0 }
        segments = segments.filter { $0.count >= 2 }

        var header = [
            "format: dataset 1",
            "name: \(name)",
            "kind: \(DatasetKind.upperLimitCurve.rawValue)",
            "experiment: \(provenance.experiment)",
            "paper-title: \(provenance.paperTitle)"
        ]
        if let arXiv = provenance.paperArXiv { header.append("paper-arxiv: \(arXiv)") }
        if let doi = provenance.paperDOI { header.append("paper-doi: \(doi)") }
        if let reference = provenance.paperReference { header.append("paper-reference: \(reference)") }
        header += [
            "model: \(provenance.model.rawValue)",
            "x: m_Z' [GeV]",
            "y: g' [1]",
            "confidence-level: \(provenance.confidenceLevel)",
            "origin: computed by ZPrimePaper, figures.yaml step '\(stepName)' (kind \(kindName)): \(provenance.method)",
            "licence: \(licence)"
        ]
        var notes = provenance.notes
        if !isolated.isEmpty {
            notes.append(
                "left out: isolated points with no limit at the neighbouring masses, at m = "
                    + isolated.map { "\($0.massGeV)" }.joined(separator: ", ") + " GeV")
        }
        notes += parameterNotes
        header += notes.map { "notes: \($0.replacingOccurrences(of: "\n", with: " "))" }

        var lines = header.map { "# " + $0 }
        lines.append("x,y")
        for (index, segment) in segments.enumerated() {
            if index > 0 { lines.append("gap") }
            lines += segment.map { "\($0.massGeV.description),\($0.coupling.description)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Header notes listing the step's parameters (`parameter KEY = VALUE`, sorted by key).
    static func parameterNotes<Parameters: Encodable>(_ parameters: Parameters) throws -> [String] {
        let flat = try CanonicalEncoder().flatten(parameters)
        return flat.keys.sorted().map { "parameter \($0) = \(flat[$0]!)" }
    }

    /// A confidence level as the dataset format writes it: a percentage rounded to 0.1 %, without
    /// a trailing `.0` (`90%`, `95%`, `68.3%`).
    static func percentText(probability: Double) -> String {
        let tenths = (probability * 1000).rounded()
        let percent = tenths / 10
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(percent))%" : "\(percent)%"
    }
}

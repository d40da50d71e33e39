import Foundation

/// The machine-readable report of `figures diff --json` (schema `figure-diff 1`, docs/CI.md).
///
/// Keys are kebab-case and sorted; numbers are JSON numbers except a relative change from zero,
/// written `"+inf"` or `"-inf"`. Every key is always present (`null` when it does not apply), so
/// a consumer never needs to guess; new keys may be added within version 1, none renamed.
extension DiffResult {
    /// The schema's format marker, the report's `format` member.
    public static let jsonFormat = FormatMarker("figure-diff", 1)

    /// The JSON report, pretty-printed with sorted keys; ends with a newline.
    ///
    /// - Parameter baseline: where the baseline came from (`HEAD:out/data`, a directory).
    public func jsonReport(baseline: String) -> Data {
        let report = DiffJSONReport(
            format: Self.jsonFormat.description, baseline: baseline, verdict: DiffJSONReport.name(verdict),
            exitStatus: Int(exitStatus), summary: summaryLine(), notes: notes(),
            figures: figures.map(DiffJSONReport.Figure.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every member is a string, number, array or nested report: encoding cannot fail.
        return (try? encoder.encode(report)).map { $0 + Data("\n".utf8) } ?? Data()
    }
}

/// The JSON shape of ``DiffResult`` (see ``DiffResult/jsonReport(baseline:)``).
struct DiffJSONReport: Encodable {
    var format: String
    var baseline: String
    var verdict: String
    var exitStatus: Int
    var summary: String
    var notes: [String]
    var figures: [Figure]

    enum CodingKeys: String, CodingKey {
        case format, baseline, verdict, exitStatus = "exit-status", summary, notes, figures
    }

    /// `identical`, `within-tolerance`, `beyond-tolerance`, `added`, `removed`.
    static func name(_ verdict: DiffVerdict) -> String {
        switch verdict {
        case .identical: return "identical"
        case .withinTolerance: return "within-tolerance"
        case .beyondTolerance: return "beyond-tolerance"
        case .added: return "added"
        case .removed: return "removed"
        }
    }

    struct Axis: Encodable {
        var label: String
        var unit: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(unit, forKey: .unit)
        }
        enum CodingKeys: String, CodingKey { case label, unit }
    }

    struct AxisChange: Encodable {
        var axis: String
        var old: Axis
        var new: Axis
    }

    struct Figure: Encodable {
        var figure: String
        var verdict: String
        var x: Axis
        var axisChanges: [AxisChange]
        var series: [Series]

        enum CodingKeys: String, CodingKey {
            case figure, verdict, x, axisChanges = "axis-changes", series
        }

        init(_ result: DiffFigureResult) {
            figure = result.figure
            verdict = DiffJSONReport.name(result.verdict)
            x = Axis(label: result.x.label, unit: result.x.unit)
            axisChanges = result.axisChanges.map {
                AxisChange(
                    axis: $0.axis, old: Axis(label: $0.old.label, unit: $0.old.unit), new: Axis(label: $0.new.label, unit: $0.new.unit))
            }
            series = result.series.map(Series.init)
        }
    }

    struct Change: Encodable {
        var x: Double
        var old: Double
        var new: Double
        var relativeChange: Double

        enum CodingKeys: String, CodingKey { case x, old, new, relativeChange = "relative-change" }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(x, forKey: .x)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            if relativeChange.isFinite {
                try container.encode(relativeChange, forKey: .relativeChange)
            } else {
                try container.encode(relativeChange > 0 ? "+inf" : "-inf", forKey: .relativeChange)
            }
        }
    }

    struct Pair<Value: Encodable>: Encodable {
        var baseline: Value?
        var new: Value?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(baseline, forKey: .baseline)
            try container.encode(new, forKey: .new)
        }
        enum CodingKeys: String, CodingKey { case baseline, new }
    }

    struct Series: Encodable {
        var name: String
        var verdict: String
        var rtol: Double
        var atol: Double
        var points: Pair<Int>
        var comparedPoints: Int
        var pointsBeyondTolerance: Int
        var largestChange: Change?
        var interpolation: String?
        var interpolatedPoints: Int
        var commonRange: [Double]?
        var addedPoints: [[Double]]
        var removedPoints: [[Double]]
        var kind: Pair<String>
        var segments: Pair<Int>

        enum CodingKeys: String, CodingKey {
            case name, verdict, rtol, atol, points, comparedPoints = "compared-points"
            case pointsBeyondTolerance = "points-beyond-tolerance", largestChange = "largest-change", interpolation
            case interpolatedPoints = "interpolated-points"
            case commonRange = "common-range", addedPoints = "added-points", removedPoints = "removed-points", kind, segments
        }

        init(_ result: DiffSeriesResult) {
            name = result.name
            verdict = DiffJSONReport.name(result.verdict)
            rtol = result.tolerance.relative
            atol = result.tolerance.absolute
            points = Pair(
                baseline: result.verdict == .added ? nil : result.baselinePointCount,
                new: result.verdict == .removed ? nil : result.candidatePointCount)
            comparedPoints = result.comparedPointCount
            pointsBeyondTolerance = result.pointsBeyondTolerance
            largestChange = result.largestChange.map { Change(x: $0.x, old: $0.old, new: $0.new, relativeChange: $0.relativeChange) }
            interpolation = result.interpolation?.name
            interpolatedPoints = result.interpolatedPointCount
            commonRange = result.commonRange.map { [$0.lowerBound, $0.upperBound] }
            addedPoints = result.addedPoints.map { [$0.x, $0.y] }
            removedPoints = result.removedPoints.map { [$0.x, $0.y] }
            kind = Pair(baseline: result.baselineKind?.rawValue, new: result.candidateKind?.rawValue)
            segments = Pair(baseline: result.baselineSegmentCount, new: result.candidateSegmentCount)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(rtol, forKey: .rtol)
            try container.encode(atol, forKey: .atol)
            try container.encode(points, forKey: .points)
            try container.encode(comparedPoints, forKey: .comparedPoints)
            try container.encode(pointsBeyondTolerance, forKey: .pointsBeyondTolerance)
            try container.encode(largestChange, forKey: .largestChange)
            try container.encode(interpolation, forKey: .interpolation)
            try container.encode(interpolatedPoints, forKey: .interpolatedPoints)
            try container.encode(commonRange, forKey: .commonRange)
            try container.encode(addedPoints, forKey: .addedPoints)
            try container.encode(removedPoints, forKey: .removedPoints)
            try container.encode(kind, forKey: .kind)
            try container.encode(segments, forKey: .segments)
        }
    }
}

import Foundation
import BuildEngine
import DataFormats
import Plot

/// `figure`: draws a figure from step tables and datasets; writes its data and PDF/SVG/PNG.
///
/// Outputs: `data.csv` (published as `data/<name>.csv`, the CI baseline) and `figure.pdf|svg|png`
/// (published as `figures/<name>.*`). Knows nothing of physics: it moves columns onto axes.
struct FigureStep: StepKind {
    typealias Parameters = FigureSpecification

    static let name = "figure"
    static let summary = "a figure: its data (out/data) and its renders (out/figures)"
    static let codeFingerprint = CodeFingerprints.rendering
    static let requiredInputs: [String] = []

    static func impliedInputs(of spec: FigureSpecification) -> [String: InputReference] {
        var inputs: [String: InputReference] = [:]
        for source in spec.sources {
            let stepOrDataset = source.split(separator: "/", maxSplits: 1).first.map(String.init) ?? source
            inputs[stepOrDataset] = InputReference(parsing: stepOrDataset)
        }
        return inputs
    }

    static func validate(_ spec: FigureSpecification) -> String? {
        let names = spec.dataSeriesNames + spec.pending.map(\.name)
        var seen = Set<String>()
        for name in names {
            if !seen.insert(name).inserted { return "series name '\(name)' is used twice" }
            if name.isEmpty || !name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." }) {
                return "series name '\(name)' must be kebab-case (lowercase letters, digits, '-', '.')"
            }
        }
        // 36 dpi is half the PDF's point grid; 1200 dpi makes a single-column figure ≈ 4000 × 3000 pixels (48 MB of RGBA).
        if !(spec.pngDotsPerInch >= 36 && spec.pngDotsPerInch <= 1200) {
            return "png-dpi: expected a resolution from 36 to 1200 dots per inch, found \(canonicalNumber(spec.pngDotsPerInch))"
        }
        if spec.series.isEmpty && spec.bands.isEmpty && spec.regions.isEmpty {
            return "the figure draws nothing: give series, bands or regions"
        }
        if let paper = spec.paper, let problem = SourcePaper.problem(with: paper) { return "paper: " + problem }
        if spec.paper == nil, spec.figureNumber != nil { return "figure: a figure number needs the paper it belongs to (paper:)" }
        for (index, label) in spec.labels.enumerated() where label.coordinates == .data {
            if let problem = logAxisProblem(spec, x: label.x, y: label.alongSeries == nil ? label.y : nil) {
                return "labels[\(index)].at: \(problem)"
            }
        }
        if case .point(let x, let y, .data, _) = spec.legend.position, let problem = logAxisProblem(spec, x: x, y: y) {
            return "legend.position: \(problem)"
        }
        return nil
    }

    /// What is wrong with a position in data coordinates on the figure's axes (a log axis has no place for
    /// a number ≤ 0), or nil.
    static func logAxisProblem(_ spec: FigureSpecification, x: Double, y: Double?) -> String? {
        let position = "[\(x)" + (y.map { ", \($0)" } ?? "") + "]"
        if spec.x.scale == .log, x <= 0 { return "expected x > 0 on the log x axis, found \(position)" }
        if spec.y.scale == .log, let y, y <= 0 { return "expected y > 0 on the log y axis, found \(position)" }
        return nil
    }

    static func run(_ spec: FigureSpecification, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let reader = SourceReader(inputs: inputs)
        var dataSeries: [FigureDataSeries] = []
        var plot = PlotFigure(size: spec.size, xAxis: spec.x, yAxis: spec.y, labels: spec.labels, legend: spec.legend, style: spec.style)

        var bandsAbove: [PlotRegion] = []
        for band in spec.bands {
            var lowerSegments: [[FigureDataPoint]] = [], upperSegments: [[FigureDataPoint]] = []
            for segment in try reader.bandSegments(band.x, band.lower, band.upper, of: band.from) {
                let x = segment.x.map { $0 * band.xFactor }
                let lower = segment.lower.map { $0 * band.transform.factor }, upper = segment.upper.map { $0 * band.transform.factor }
                lowerSegments.append(zip(x, lower).map { FigureDataPoint(x: $0, y: $1) })
                upperSegments.append(zip(x, upper).map { FigureDataPoint(x: $0, y: $1) })
                let region = PlotRegion(
                    name: lowerSegments.count == 1 ? band.name : "\(band.name)#\(lowerSegments.count - 1)",
                    legend: lowerSegments.count == 1 ? band.legend : nil,
                    shape: .between(PlotCurve(x: x, y: lower), PlotCurve(x: x, y: upper)), style: band.style)
                if band.layer == .aboveRegions { bandsAbove.append(region) } else { plot.regions.append(region) }
            }
            dataSeries.append(FigureDataSeries(name: band.name + "-lower", kind: .bandEdge, segments: lowerSegments))
            dataSeries.append(FigureDataSeries(name: band.name + "-upper", kind: .bandEdge, segments: upperSegments))
        }
        for region in spec.regions {
            let segments = try reader.segments(region.x, region.y, of: region.from)
            var dataSegments: [[FigureDataPoint]] = []
            for (index, segment) in segments.enumerated() {
                let x = segment.x.map { $0 * region.xFactor }, y = segment.y.map { $0 * region.transform.factor }
                dataSegments.append(zip(x, y).map { FigureDataPoint(x: $0, y: $1) })
                plot.regions.append(
                    PlotRegion(
                        name: segments.count == 1 ? region.name : "\(region.name)#\(index)",
                        legend: index == 0 ? region.legend : nil,
                        shape: .toEdge(PlotCurve(x: x, y: y), region.toward), style: region.style))
            }
            dataSeries.append(FigureDataSeries(name: region.name, kind: region.toward.dataKind, segments: dataSegments))
        }
        plot.regions += bandsAbove
        for series in spec.series {
            let segments = try reader.segments(series.x, series.y, of: series.from)
            var drawX: [Double] = [], drawY: [Double] = [], dataSegments: [[FigureDataPoint]] = []
            for (index, segment) in segments.enumerated() {
                if index > 0 { drawX.append(.nan); drawY.append(.nan) }  // a gap: the line breaks
                let x = segment.x.map { $0 * series.xFactor }, y = segment.y.map { $0 * series.yFactor * series.transform.factor }
                drawX += x; drawY += y
                dataSegments.append(zip(x, y).map { FigureDataPoint(x: $0, y: $1) })
            }
            dataSeries.append(FigureDataSeries(name: series.name, kind: .line, segments: dataSegments))
            plot.series.append(PlotSeries(name: series.name, legend: series.legend, x: drawX, y: drawY, style: series.style))
        }

        let data = FigureData(
            figure: spec.name, x: FigureDataAxis(label: spec.data.x, unit: spec.data.xUnit),
            y: FigureDataAxis(label: spec.data.y, unit: spec.data.yUnit),
            xScale: spec.x.scale.dataScale, yScale: spec.y.scale.dataScale,
            notes: paperNotes(spec) + spec.pending.map { "not drawn: \($0.name): \($0.reason)" }, series: dataSeries)
        let rendered = try FigureRenderer.render(
            plot,
            options: RenderOptions(pngResolution: spec.pngDotsPerInch, pdfDate: spec.pdfDate, metadata: metadata(spec, context: context)))
        return [
            Artifact(name: "data.csv", data: try data.encoded(), publishPath: FigureFiles.data(spec.name)),
            Artifact(name: "figure.pdf", data: rendered.pdf, publishPath: FigureFiles.render(spec.name, fileExtension: "pdf")),
            Artifact(name: "figure.svg", data: rendered.svg, publishPath: FigureFiles.render(spec.name, fileExtension: "svg")),
            Artifact(name: "figure.png", data: rendered.png, publishPath: FigureFiles.render(spec.name, fileExtension: "png"))
        ]
    }
}

extension FigureStep {
    /// The figure-data note naming the paper and figure number: `paper: na64e-2024 Fig. 4 (arXiv:2404.06982)`.
    static func paperNotes(_ spec: FigureSpecification) -> [String] {
        guard let id = spec.paper, let paper = SourcePaper.named(id) else { return [] }
        return ["paper: " + paper.reference(figure: spec.figureNumber)]
    }

    /// What every render says about itself: the figure, what it shows, and its provenance. Only what the
    /// action key covers (the key itself, the project version in the code): the git commit is recorded
    /// in out/MANIFEST when the file is published, so that a commit does not invalidate the cache
    /// (docs/PROVENANCE.md).
    static func metadata(_ spec: FigureSpecification, context: StepContext) -> RenderMetadata {
        let y = spec.data.y + (spec.data.yUnit.map { " [\($0)]" } ?? "")
        let x = spec.data.x + (spec.data.xUnit.map { " [\($0)]" } ?? "")
        return RenderMetadata(
            title: "ZPrimePaper figure \(spec.name)",
            subject: "\(y) versus \(x)",
            keywords: "figure=\(spec.name); action-key=\(context.actionKey); zprimepaper=\(ProjectVersion.number); "
                + "commit: see out/MANIFEST or figures explain \(spec.name)",
            creator: "ZPrimePaper \(ProjectVersion.number) (figures, kind \(name))")
    }
}

/// Reads columns from the inputs of a figure: step tables (`STEP`, `STEP/ARTIFACT`) or datasets (`external:NAME`).
/// Each source is parsed once, however many columns the figure reads from it. Lives on one figure's run.
final class SourceReader {
    let inputs: StepInputs
    private var tables: [String: Table] = [:]
    private var datasets: [String: ExternalLimitDataset] = [:]

    init(inputs: StepInputs) { self.inputs = inputs }

    /// Segments of (x, y): one for a table, one per gap-separated piece for a dataset.
    func segments(_ x: String, _ y: String, of source: String) throws -> [(x: [Double], y: [Double])] {
        if source.hasPrefix("external:") {
            let dataset = try loadDataset(source)
            return try dataset.segments.map { segment in
                (segment.massesInGeV, try datasetColumn(y, segment: segment, source: source))
            }
        }
        return [(try column(x, of: source), try column(y, of: source))]
    }

    /// Segments of a band's (x, lower, upper): one for a table, one per gap-separated piece for a dataset.
    func bandSegments(_ x: String, _ lower: String, _ upper: String, of source: String) throws -> [(
        x: [Double], lower: [Double], upper: [Double]
    )] {
        if source.hasPrefix("external:") {
            let dataset = try loadDataset(source)
            return try dataset.segments.map { segment in
                (
                    segment.massesInGeV, try datasetColumn(lower, segment: segment, source: source),
                    try datasetColumn(upper, segment: segment, source: source)
                )
            }
        }
        return [(try column(x, of: source), try column(lower, of: source), try column(upper, of: source))]
    }

    /// One column (for datasets, all segments concatenated).
    func column(_ name: String, of source: String) throws -> [Double] {
        if source.hasPrefix("external:") {
            let dataset = try loadDataset(source)
            return try dataset.segments.flatMap { segment in
                name == "x" ? segment.massesInGeV : try datasetColumn(name, segment: segment, source: source)
            }
        }
        let table = try table(source)
        do {
            return try table.column(name)
        } catch {
            throw StepFailure("\(source): \(error)")
        }
    }

    private func table(_ source: String) throws -> Table {
        if let cached = tables[source] { return cached }
        let parts = source.split(separator: "/", maxSplits: 1).map(String.init)
        let data = try inputs.data(parts[0], artifact: parts.count > 1 ? parts[1] : nil)
        do {
            let table = try Table(decoding: data)
            tables[source] = table
            return table
        } catch {
            throw StepFailure("\(source): \(error)")
        }
    }

    private func loadDataset(_ source: String) throws -> ExternalLimitDataset {
        if let cached = datasets[source] { return cached }
        let data = try inputs.data(source)
        do {
            let dataset = try ExternalLimitDatasetParser.parseOnce(
                text: String(decoding: data, as: UTF8.self), file: inputs.sources[source] ?? source)
            datasets[source] = dataset
            return dataset
        } catch {
            throw StepFailure("\(error)")
        }
    }

    private func datasetColumn(_ name: String, segment: DatasetSegment, source: String) throws -> [Double] {
        switch name {
        case "y", "y_lower": return segment.couplings
        case "y_upper":
            guard let upper = segment.upperCouplings else { throw StepFailure("\(source) has no upper edge (it is not a band)") }
            return upper
        case "x": return segment.massesInGeV
        default: throw StepFailure("\(source): datasets have columns x, y (and y_lower, y_upper for bands); found '\(name)'")
        }
    }
}

extension FrameEdge {
    /// The figure-data kind of a region filled toward this edge (toward the top: an upper limit).
    var dataKind: FigureDataSeriesKind {
        switch self {
        case .top: return .upperLimit
        case .bottom: return .lowerLimit
        case .left: return .regionLeft
        case .right: return .regionRight
        }
    }
}

extension AxisScale {
    /// The figure-data spelling of the scale.
    var dataScale: FigureDataScale {
        switch self {
        case .linear: return .linear
        case .log: return .log
        }
    }
}

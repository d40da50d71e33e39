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
        if spec.series.isEmpty && spec.bands.isEmpty && spec.regions.isEmpty {
            return "the figure draws nothing: give series, bands or regions"
        }
        if let paper = spec.paper, let problem = SourcePaper.problem(with: paper) { return "paper: " + problem }
        if spec.paper == nil, spec.figureNumber != nil { return "figure: a figure number needs the paper it belongs to (paper:)" }
        return nil
    }

    static func run(_ spec: FigureSpecification, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let reader = SourceReader(inputs: inputs)
        var dataSeries: [FigureDataSeries] = []
        var plot = PlotFigure(size: spec.size, xAxis: spec.x, yAxis: spec.y, labels: spec.labels, legend: spec.legend, style: spec.style)

        var bandsAbove: [PlotRegion] = []
        for band in spec.bands {
            let x = try reader.column(band.x, of: band.from).map { $0 * band.xFactor }
            let lower = try reader.column(band.lower, of: band.from).map { $0 * band.transform.factor }
            let upper = try reader.column(band.upper, of: band.from).map { $0 * band.transform.factor }
            dataSeries.append(FigureDataSeries(name: band.name + "-lower", x: x, y: lower))
            dataSeries.append(FigureDataSeries(name: band.name + "-upper", x: x, y: upper))
            let region = PlotRegion(
                name: band.name, legend: band.legend,
                shape: .between(PlotCurve(x: x, y: lower), PlotCurve(x: x, y: upper)), style: band.style)
            if band.layer == .aboveRegions { bandsAbove.append(region) } else { plot.regions.append(region) }
        }
        for region in spec.regions {
            let segments = try reader.segments(region.x, region.y, of: region.from)
            var allX: [Double] = [], allY: [Double] = []
            for (index, segment) in segments.enumerated() {
                let x = segment.x.map { $0 * region.xFactor }, y = segment.y.map { $0 * region.transform.factor }
                allX += x; allY += y
                plot.regions.append(
                    PlotRegion(
                        name: segments.count == 1 ? region.name : "\(region.name)#\(index)",
                        legend: index == 0 ? region.legend : nil,
                        shape: .toEdge(PlotCurve(x: x, y: y), region.toward), style: region.style))
            }
            dataSeries.append(FigureDataSeries(name: region.name, x: allX, y: allY))
        }
        plot.regions += bandsAbove
        for series in spec.series {
            let segments = try reader.segments(series.x, series.y, of: series.from)
            var drawX: [Double] = [], drawY: [Double] = [], dataX: [Double] = [], dataY: [Double] = []
            for (index, segment) in segments.enumerated() {
                if index > 0 { drawX.append(.nan); drawY.append(.nan) }  // a gap: the line breaks
                let x = segment.x.map { $0 * series.xFactor }, y = segment.y.map { $0 * series.yFactor * series.transform.factor }
                drawX += x; drawY += y; dataX += x; dataY += y
            }
            dataSeries.append(FigureDataSeries(name: series.name, x: dataX, y: dataY))
            plot.series.append(PlotSeries(name: series.name, legend: series.legend, x: drawX, y: drawY, style: series.style))
        }

        let data = FigureData(
            figure: spec.name, x: FigureDataAxis(label: spec.data.x, unit: spec.data.xUnit),
            y: FigureDataAxis(label: spec.data.y, unit: spec.data.yUnit),
            notes: paperNotes(spec) + spec.pending.map { "not drawn: \($0.name): \($0.reason)" }, series: dataSeries)
        let rendered = try FigureRenderer.render(
            plot, options: RenderOptions(pngResolution: 300, pdfDate: spec.pdfDate, metadata: metadata(spec, context: context)))
        return [
            Artifact(name: "data.csv", data: try data.encoded(), publishPath: "data/\(spec.name).csv"),
            Artifact(name: "figure.pdf", data: rendered.pdf, publishPath: "figures/\(spec.name).pdf"),
            Artifact(name: "figure.svg", data: rendered.svg, publishPath: "figures/\(spec.name).svg"),
            Artifact(name: "figure.png", data: rendered.png, publishPath: "figures/\(spec.name).png")
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
struct SourceReader {
    let inputs: StepInputs

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

    /// One column (for datasets, all segments concatenated).
    func column(_ name: String, of source: String) throws -> [Double] {
        if source.hasPrefix("external:") {
            let dataset = try loadDataset(source)
            return try dataset.segments.flatMap { segment in
                name == "x" ? segment.massesInGeV : try datasetColumn(name, segment: segment, source: source)
            }
        }
        let parts = source.split(separator: "/", maxSplits: 1).map(String.init)
        let data = try inputs.data(parts[0], artifact: parts.count > 1 ? parts[1] : nil)
        do {
            return try Table(decoding: data).column(name)
        } catch {
            throw StepFailure("\(source): \(error)")
        }
    }

    private func loadDataset(_ source: String) throws -> ExternalLimitDataset {
        let data = try inputs.data(source)
        do {
            return try ExternalLimitDatasetParser.parse(text: String(decoding: data, as: UTF8.self), file: inputs.sources[source] ?? source)
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

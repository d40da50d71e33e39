import Plot

/// A figure as declared under `figures:` in figures.yaml (documented in docs/CONFIG.md).
///
/// Marks name their data: `from` is a step (`STEP` or `STEP/ARTIFACT` for a step with several
/// tables) or a dataset (`external:NAME`), and `x`/`y` are column names. The figure-data file
/// holds exactly the points drawn, in the units of the axes.
struct FigureSpecification: Codable, Sendable {
    /// Figure name (set from the key under `figures:`).
    var name: String
    /// The paper the figure belongs to (`SourcePaper` identifier), if it names one.
    var paper: String?
    /// Its number in that paper, as the paper writes it (`Fig. 7 right`).
    var figureNumber: String?
    /// What it shows, in the project's own words (the HTML report and `figures list --json` read it).
    var caption: String?
    /// Outer size: `single-column`, `double-column` or {width, height} in points.
    var size: PlotSize
    /// Horizontal axis as drawn.
    var x: PlotAxis
    /// Vertical axis as drawn.
    var y: PlotAxis
    /// Axis descriptions for the figure-data header (plain text with unit).
    var data: DataAxes
    /// Lines.
    var series: [SeriesSource]
    /// Bands between two columns of one source (written as `<name>-lower`, `<name>-upper`).
    var bands: [BandSource]
    /// Regions between a curve and a frame edge (exclusion regions).
    var regions: [RegionSource]
    /// Sources named in the figure but not available yet: reported as warnings, not drawn.
    var pending: [PendingSource]
    /// Text labels.
    var labels: [PlotLabel]
    /// Legend placement.
    var legend: PlotLegend
    /// Typography and palette (the project `style:` merged with this figure's).
    var style: PlotStyle
    /// PDF creation date written into the file (fixed, so the bytes are reproducible).
    var pdfDate: String
    /// Resolution of the PNG preview [dots per inch] (`png-dpi`, default 300); PDF and SVG are vector output.
    var pngDotsPerInch: Double

    struct DataAxes: Codable, Sendable {
        var x: String
        var xUnit: String?
        var y: String
        var yUnit: String?
        enum CodingKeys: String, CodingKey { case x, xUnit = "x-unit", y, yUnit = "y-unit" }
    }

    /// A column pair from a step table or a dataset.
    struct SeriesSource: Codable, Sendable {
        var name: String
        var from: String
        var x: String
        var y: String
        /// Multiplies x (unit conversion to the axis unit, e.g. 1000 for GeV → MeV).
        var xFactor: Double
        var yFactor: Double
        var legend: String?
        var style: SeriesStyle
        /// An explicit conversion of a dataset's couplings (e.g. g′/e → g′).
        var transform: CouplingTransform?
        /// What the entry accepts from a dataset (defaults inferred; `FigureDatasetCheck`).
        var accepts: DatasetAcceptance?

        enum CodingKeys: String, CodingKey {
            case name, from, x, y, xFactor = "x-factor", yFactor = "y-factor", legend, style, transform, accepts
        }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            from = try c.decode(String.self, forKey: .from)
            x = try c.decodeIfPresent(String.self, forKey: .x) ?? "x"
            y = try c.decodeIfPresent(String.self, forKey: .y) ?? "y"
            xFactor = try c.decodePositiveIfPresent(forKey: .xFactor) ?? 1
            yFactor = try c.decodePositiveIfPresent(forKey: .yFactor) ?? 1
            legend = try c.decodeMathMarkupIfPresent(forKey: .legend)
            style = try c.decodeIfPresent(SeriesStyle.self, forKey: .style) ?? SeriesStyle()
            transform = try c.decodeIfPresent(CouplingTransform.self, forKey: .transform)
            accepts = try c.decodeIfPresent(DatasetAcceptance.self, forKey: .accepts)
        }
    }

    /// Two columns of one source bounding a band.
    struct BandSource: Codable, Sendable {
        var name: String
        var from: String
        var x: String
        var lower: String
        var upper: String
        var xFactor: Double
        var legend: String?
        var style: SeriesStyle
        /// Drawn before the regions (default) or over them (`above-regions`, e.g. the g−2 band).
        var layer: BandLayer?
        /// An explicit conversion of a dataset's couplings (e.g. g′/e → g′).
        var transform: CouplingTransform?
        /// What the entry accepts from a dataset (defaults inferred; `FigureDatasetCheck`).
        var accepts: DatasetAcceptance?

        enum CodingKeys: String, CodingKey {
            case name, from, x, lower, upper, xFactor = "x-factor", legend, style, transform, accepts, layer
        }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            from = try c.decode(String.self, forKey: .from)
            x = try c.decodeIfPresent(String.self, forKey: .x) ?? "x"
            lower = try c.decodeIfPresent(String.self, forKey: .lower) ?? "y_lower"
            upper = try c.decodeIfPresent(String.self, forKey: .upper) ?? "y_upper"
            layer = try c.decodeIfPresent(BandLayer.self, forKey: .layer)
            xFactor = try c.decodePositiveIfPresent(forKey: .xFactor) ?? 1
            legend = try c.decodeMathMarkupIfPresent(forKey: .legend)
            style = try c.decodeIfPresent(SeriesStyle.self, forKey: .style) ?? SeriesStyle()
            transform = try c.decodeIfPresent(CouplingTransform.self, forKey: .transform)
            accepts = try c.decodeIfPresent(DatasetAcceptance.self, forKey: .accepts)
        }
    }

    /// Where a band is drawn relative to the regions.
    enum BandLayer: String, Codable, Sendable {
        /// Under every region (drawn first).
        case belowRegions = "below-regions"
        /// Over every region, under the lines.
        case aboveRegions = "above-regions"
    }

    /// A curve filled up to (or down to) a frame edge.
    struct RegionSource: Codable, Sendable {
        var name: String
        var from: String
        var x: String
        var y: String
        var xFactor: Double
        var toward: FrameEdge
        var legend: String?
        var style: SeriesStyle
        /// An explicit conversion of a dataset's couplings (e.g. g′/e → g′).
        var transform: CouplingTransform?
        /// What the entry accepts from a dataset (defaults inferred; `FigureDatasetCheck`).
        var accepts: DatasetAcceptance?

        enum CodingKeys: String, CodingKey {
            case name, from, x, y, xFactor = "x-factor", toward, legend, style, transform, accepts
        }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            from = try c.decode(String.self, forKey: .from)
            x = try c.decodeIfPresent(String.self, forKey: .x) ?? "x"
            y = try c.decodeIfPresent(String.self, forKey: .y) ?? "y"
            xFactor = try c.decodePositiveIfPresent(forKey: .xFactor) ?? 1
            toward = try c.decodeIfPresent(FrameEdge.self, forKey: .toward) ?? .top
            legend = try c.decodeMathMarkupIfPresent(forKey: .legend)
            style = try c.decodeIfPresent(SeriesStyle.self, forKey: .style) ?? SeriesStyle()
            transform = try c.decodeIfPresent(CouplingTransform.self, forKey: .transform)
            accepts = try c.decodeIfPresent(DatasetAcceptance.self, forKey: .accepts)
        }
    }

    /// A curve the figure should show but that no step or dataset provides yet.
    struct PendingSource: Codable, Sendable {
        var name: String
        var reason: String
    }

    enum CodingKeys: String, CodingKey {
        case name, paper, figureNumber = "figure", caption, size, x, y, data, series, bands, regions, pending, labels, legend, style
        case pdfDate = "pdf-date"
        case pngDotsPerInch = "png-dpi"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        paper = try c.decodeIfPresent(String.self, forKey: .paper)
        figureNumber = try c.decodeIfPresent(String.self, forKey: .figureNumber)
        caption = try c.decodeIfPresent(String.self, forKey: .caption)
        size = try c.decodeIfPresent(PlotSize.self, forKey: .size) ?? .singleColumn
        x = try c.decode(PlotAxis.self, forKey: .x)
        y = try c.decode(PlotAxis.self, forKey: .y)
        data = try c.decode(DataAxes.self, forKey: .data)
        series = try c.decodeIfPresent([SeriesSource].self, forKey: .series) ?? []
        bands = try c.decodeIfPresent([BandSource].self, forKey: .bands) ?? []
        regions = try c.decodeIfPresent([RegionSource].self, forKey: .regions) ?? []
        pending = try c.decodeIfPresent([PendingSource].self, forKey: .pending) ?? []
        labels = try c.decodeIfPresent([PlotLabel].self, forKey: .labels) ?? []
        legend = try c.decodeIfPresent(PlotLegend.self, forKey: .legend) ?? PlotLegend()
        style = try c.decodeIfPresent(PlotStyle.self, forKey: .style) ?? PlotStyle()
        pdfDate = try c.decodeIfPresent(String.self, forKey: .pdfDate) ?? "2000-01-01T00:00:00Z"
        pngDotsPerInch = try c.decodeIfPresent(Double.self, forKey: .pngDotsPerInch) ?? 300
    }

    /// Every `from` the figure reads.
    var sources: [String] { series.map(\.from) + bands.map(\.from) + regions.map(\.from) }

    /// Names of the figure-data series it writes, in order.
    var dataSeriesNames: [String] {
        bands.flatMap { ["\($0.name)-lower", "\($0.name)-upper"] } + regions.map(\.name) + series.map(\.name)
    }
}

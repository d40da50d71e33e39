/// Everything the HTML report shows, gathered by the CLI from figures.yaml, out/ and the cache. Plain
/// values: the same model gives the same bytes (`ReportSite.files`).
public struct ReportModel: Sendable, Equatable {
    /// The project's name and version, for the page title (`ZPrimePaper 0.9.0`).
    public var project: String
    /// The source revision of the build that wrote out/ (`abc1234`, `abc1234+dirty`), from out/MANIFEST.
    public var revision: String
    /// The overrides in force for that build (`--set …`, `--dataset …`), from out/MANIFEST.
    public var overrides: [String]
    /// The figures, in build order.
    public var figures: [ReportFigure]
    /// Every step and figure node, in build order.
    public var nodes: [ReportNode]
    /// Declared datasets, by name order.
    public var datasets: [ReportDataset]
    /// The diff of the last `figures diff`, when this report is written by it.
    public var diff: ReportDiff?

    /// Creates a model.
    public init(
        project: String, revision: String, overrides: [String], figures: [ReportFigure], nodes: [ReportNode],
        datasets: [ReportDataset], diff: ReportDiff? = nil
    ) {
        self.project = project
        self.revision = revision
        self.overrides = overrides
        self.figures = figures
        self.nodes = nodes
        self.datasets = datasets
        self.diff = diff
    }
}

/// One figure of the gallery.
public struct ReportFigure: Sendable, Equatable {
    /// Its name under `figures:`.
    public var name: String
    /// What it shows (figures.yaml `caption:`); the alt text of its image.
    public var caption: String?
    /// The paper id (`na64e-2024`) and the figure's number in it (`Fig. 2`).
    public var paper: String?
    public var figureNumber: String?
    /// The rendered SVG, inlined (nil when out/figures has none: the figure failed or was not built).
    public var svg: String?
    /// Links to its files, relative to out/report/ (`../figures/NAME.pdf`), in the order shown.
    public var files: [ReportLink]

    /// Creates a figure entry.
    public init(
        name: String, caption: String?, paper: String?, figureNumber: String?, svg: String?, files: [ReportLink]
    ) {
        self.name = name
        self.caption = caption
        self.paper = paper
        self.figureNumber = figureNumber
        self.svg = svg
        self.files = files
    }
}

/// A link with its text.
public struct ReportLink: Sendable, Equatable {
    /// The text shown.
    public var title: String
    /// The target, relative to the page.
    public var href: String

    /// Creates a link.
    public init(_ title: String, href: String) {
        self.title = title
        self.href = href
    }
}

/// A step or figure node with what its last build recorded.
public struct ReportNode: Sendable, Equatable {
    /// Node name.
    public var name: String
    /// `steps` or `figures`.
    public var section: String
    /// Kind name and version.
    public var kind: String
    public var kindVersion: Int
    /// Action key of its last build (hex), nil when it has not been built.
    public var key: String?
    /// Code fingerprint (hex) its last build used.
    public var code: String?
    /// Parameters as flattened `path = value` pairs, sorted by path.
    public var parameters: [ReportParameter]
    /// Inputs: role, what feeds it (a node or `external:NAME`), and the content hash of what it read.
    public var inputs: [ReportInput]
    /// Wall time of the run that produced its cached outputs, in seconds (nil when not recorded).
    public var seconds: Double?

    /// Creates a node entry.
    public init(
        name: String, section: String, kind: String, kindVersion: Int, key: String?, code: String?,
        parameters: [ReportParameter], inputs: [ReportInput], seconds: Double?
    ) {
        self.name = name
        self.section = section
        self.kind = kind
        self.kindVersion = kindVersion
        self.key = key
        self.code = code
        self.parameters = parameters
        self.inputs = inputs
        self.seconds = seconds
    }
}

/// One parameter of a node.
public struct ReportParameter: Sendable, Equatable {
    /// Dotted key path (`experiment.eot`).
    public var path: String
    /// Canonical value text.
    public var value: String

    /// Creates a parameter.
    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}

/// One input of a node.
public struct ReportInput: Sendable, Equatable {
    /// Role name.
    public var role: String
    /// A node name, or `external:NAME` for a dataset.
    public var source: String
    /// Content hashes (hex) of what was read: one per artifact of a step, one for a dataset file.
    public var hashes: [String]

    /// Creates an input.
    public init(role: String, source: String, hashes: [String]) {
        self.role = role
        self.source = source
        self.hashes = hashes
    }
}

/// A declared dataset.
public struct ReportDataset: Sendable, Equatable {
    /// Its name under `datasets:`.
    public var name: String
    /// Its file, relative to the project.
    public var path: String
    /// SHA-256 (hex) of the file, nil when it cannot be read.
    public var sha256: String?
    /// The `# key: value` lines of its header (experiment, paper, origin, licence, source …), in file order.
    public var header: [ReportParameter]

    /// Creates a dataset entry.
    public init(name: String, path: String, sha256: String?, header: [ReportParameter]) {
        self.name = name
        self.path = path
        self.sha256 = sha256
        self.header = header
    }
}

/// What `figures diff` found, for the diff page.
public struct ReportDiff: Sendable, Equatable {
    /// The baseline compared against (`HEAD:out/data`).
    public var baseline: String
    /// Whether the diff is beyond tolerance (exit status 1).
    public var beyondTolerance: Bool
    /// What changed in the inputs between the baseline's build and this one, one sentence each.
    public var inputChanges: [String]
    /// Per figure that is not identical.
    public var figures: [ReportDiffFigure]
    /// The number of figures compared.
    public var figureCount: Int

    /// Creates a diff summary.
    public init(baseline: String, beyondTolerance: Bool, inputChanges: [String], figures: [ReportDiffFigure], figureCount: Int) {
        self.baseline = baseline
        self.beyondTolerance = beyondTolerance
        self.inputChanges = inputChanges
        self.figures = figures
        self.figureCount = figureCount
    }
}

/// One changed figure of a diff.
public struct ReportDiffFigure: Sendable, Equatable {
    /// The figure's name.
    public var name: String
    /// Its caption (alt text).
    public var caption: String?
    /// `within tolerance`, `beyond tolerance`, `added`, `removed`.
    public var verdict: String
    /// The table of changes: one row per series that is not identical.
    public var series: [ReportSeriesChange]
    /// The overlay (baseline and new, ratio panel under it) as inline SVG, if rendered.
    public var overlaySVG: String?
    /// The figure from the baseline data alone and from the new data alone (same geometry), if rendered.
    public var beforeSVG: String?
    public var afterSVG: String?
    /// Links to the overlay files (relative to the page).
    public var files: [ReportLink]

    /// Creates a changed-figure entry.
    public init(
        name: String, caption: String?, verdict: String, series: [ReportSeriesChange], overlaySVG: String?,
        beforeSVG: String?, afterSVG: String?, files: [ReportLink]
    ) {
        self.name = name
        self.caption = caption
        self.verdict = verdict
        self.series = series
        self.overlaySVG = overlaySVG
        self.beforeSVG = beforeSVG
        self.afterSVG = afterSVG
        self.files = files
    }
}

/// One row of a changed figure's table.
public struct ReportSeriesChange: Sendable, Equatable {
    /// Series name.
    public var name: String
    /// Verdict text (`beyond tolerance`, `within tolerance`, `added`, `removed`).
    public var verdict: String
    /// The largest relative difference, as text (`−81.2 %`), or a note.
    public var largest: String
    /// Where it is (`x = 0.0123`), or empty.
    public var location: String

    /// Creates a row.
    public init(name: String, verdict: String, largest: String, location: String) {
        self.name = name
        self.verdict = verdict
        self.largest = largest
        self.location = location
    }
}

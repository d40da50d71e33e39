/// The tolerances of a whole diff: a default, overridden per figure and per series.
///
/// Decoded from `figures.yaml`:
/// ```yaml
/// tolerances:
///   default: {rtol: 1e-6, atol: 0}
///   figures:
///     exclusion-vanilla:
///       rtol: 1e-4
///       series:
///         babar-2016: {atol: 1e-9}
/// ```
/// Resolution is key by key: a series value wins over its figure's, which wins over `default`,
/// which falls back to ``DiffTolerance/standard``. Every key is optional; unknown keys and
/// negative or non-finite values are decoding errors naming the key path.
public struct DiffTolerances: Sendable, Equatable {
    /// The tolerance for every series without an override.
    public var `default`: DiffTolerance
    /// Overrides per figure name.
    public var figures: [String: DiffFigureTolerances]

    /// Creates tolerances; with no arguments, ``DiffTolerance/standard`` everywhere.
    public init(default: DiffTolerance = .standard, figures: [String: DiffFigureTolerances] = [:]) {
        self.default = `default`
        self.figures = figures
    }

    /// The tolerance that applies to one series of one figure.
    public func tolerance(figure: String, series: String) -> DiffTolerance {
        let figureOverride = figures[figure]
        let seriesOverride = figureOverride?.series[series]
        return DiffTolerance(
            relative: seriesOverride?.relative ?? figureOverride?.relative ?? self.default.relative,
            absolute: seriesOverride?.absolute ?? figureOverride?.absolute ?? self.default.absolute
        )
    }

    /// Overrides that name a figure or series absent from `figures`, as `figure` or
    /// `figure / series`, sorted: probably typos, worth a warning.
    public func unmatchedOverrides(in figures: [String: FigureData]) -> [String] {
        var unmatched: [String] = []
        for (figureName, figureOverride) in self.figures.sorted(by: { $0.key < $1.key }) {
            guard let data = figures[figureName] else {
                unmatched.append(figureName)
                continue
            }
            for seriesName in figureOverride.series.keys.sorted() where data.series(named: seriesName) == nil {
                unmatched.append("\(figureName) / \(seriesName)")
            }
        }
        return unmatched
    }
}

/// The tolerance overrides of one figure: its own `rtol`/`atol` and per-series overrides.
public struct DiffFigureTolerances: Sendable, Equatable {
    /// The figure's relative tolerance, or `nil` to use the default.
    public var relative: Double?
    /// The figure's absolute tolerance, or `nil` to use the default.
    public var absolute: Double?
    /// Overrides per series name.
    public var series: [String: DiffToleranceOverride]

    /// Creates the overrides of one figure.
    public init(relative: Double? = nil, absolute: Double? = nil, series: [String: DiffToleranceOverride] = [:]) {
        self.relative = relative
        self.absolute = absolute
        self.series = series
    }
}

/// The tolerance overrides of one series; `nil` keys fall back to the figure's.
public struct DiffToleranceOverride: Sendable, Equatable {
    /// The relative tolerance, or `nil` to inherit.
    public var relative: Double?
    /// The absolute tolerance, or `nil` to inherit.
    public var absolute: Double?

    /// Creates the overrides of one series.
    public init(relative: Double? = nil, absolute: Double? = nil) {
        self.relative = relative
        self.absolute = absolute
    }
}

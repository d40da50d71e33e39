/// Where a figure's files are published, relative to the output directory: the one spelling the figure step, the
/// font preparation and the report share.
public enum FigureFiles {
    /// A render of figure `name`: `figures/NAME.EXT` (`fileExtension` "pdf", "svg" or "png").
    public static func render(_ name: String, fileExtension: String) -> String { "figures/\(name).\(fileExtension)" }

    /// The figure data of figure `name`: `data/NAME.csv`.
    public static func data(_ name: String) -> String { "data/\(name).csv" }
}

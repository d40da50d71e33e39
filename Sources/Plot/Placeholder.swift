import CCairo
/// Placeholder so the module compiles; replaced by the plotting layer.
public enum PlotPlaceholder { public static var cairoVersion: String { String(cString: cairo_version_string()) } }

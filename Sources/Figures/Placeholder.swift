import Physics
import Pipeline
import Plot
/// Placeholder so the module compiles; replaced by the step kinds.
public enum FiguresPlaceholder { public static var fingerprints: [String: String] { CodeFingerprints.groups } }

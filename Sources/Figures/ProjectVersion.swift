/// The version of ZPrimePaper, written into every render and printed by `figures --version`.
///
/// A source constant (so it is part of the code fingerprints, and a render that carries it stays a
/// function of its action key); bumped by hand with each release of the figures.
public enum ProjectVersion {
    /// Semantic version of the project.
    public static let number = "0.9.0"

    /// The compiler this binary was built with: the first line of `swiftc --version`, as the code
    /// fingerprint plugin recorded it.
    public static var compiler: String {
        let text = CodeFingerprints.texts["toolchain"] ?? "unknown compiler"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}

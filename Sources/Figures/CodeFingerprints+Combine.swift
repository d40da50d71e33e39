import BuildEngine
import DataFormats

extension CodeFingerprints {
    /// The fingerprint of the code a step kind depends on: SHA-256 over the named source groups.
    ///
    /// Groups are modules ("Physics", "Plot") or folders of this module ("Figures/Steps",
    /// "Figures/Rendering"); "Figures" alone is the files at this module's top level. Physics
    /// step kinds name Physics and Figures/Steps, so a plotting change never invalidates them;
    /// figure kinds name Plot and Figures/Rendering, so a physics change re-renders a figure
    /// only if its data changed (then through the input hashes, not the code).
    static func combined(_ groups: [String]) -> String {
        var text = ""
        for group in groups.sorted() {
            // An unknown group would silently weaken the key; it is a programming error, caught by the tests.
            guard let hash = CodeFingerprints.groups[group] else {
                preconditionFailure("no source group '\(group)'; known: \(CodeFingerprints.groups.keys.sorted())")
            }
            text += "\(group) \(hash)\n"
        }
        return ContentHash(ofText: text).hex
    }

    /// Code behind the physics step kinds.
    static let physicsSteps = combined(["Physics", "DataFormats", "Figures/Steps", "Figures"])
    /// Code behind figure rendering.
    static let rendering = combined(["Plot", "DataFormats", "Figures/Rendering", "Figures"])

    /// All groups, for `figures --version`-style diagnostics and tests.
    public static var allGroups: [String: String] { groups }
}

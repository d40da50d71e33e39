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

    /// The compiler and the linked packages (swift-numerics, Yams): they can change the bytes too.
    static var toolchainAndPackages: [String] {
        ["toolchain"] + groups.keys.filter { $0.hasPrefix("package/") }.sorted()
    }

    /// Code behind the physics step kinds: the physics, the formats they write, the steps themselves.
    static let physicsSteps = combined(["Physics", "DataFormats", "CommonVocabulary", "Figures/Steps", "Figures"] + toolchainAndPackages)
    /// Code behind figure rendering: the plotting, the figure-data format, the figure kind, and Physics
    /// (the constants of the explicit `transform:` conversions).
    static let rendering = combined(
        ["Plot", "DataFormats", "CommonVocabulary", "Physics", "Figures/Rendering", "Figures"] + toolchainAndPackages)

    /// All groups, for `figures --version`-style diagnostics and tests.
    public static var allGroups: [String: String] { groups }
}

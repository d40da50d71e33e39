import BuildEngine
import Figures
import Foundation

/// What changed in the inputs between the baseline's build and this one, one sentence each: parameters
/// (old → new), datasets (path and SHA-256), and the source groups whose code changed (they enter the
/// code fingerprints). For a git baseline the baseline's inputs are figures.yaml, the dataset files and
/// the sources at that revision (the committed baseline is built without overrides); a directory
/// baseline records none, so only the overrides in force are listed.
enum InputChanges {
    static func describe(project: Project, baseline: BaselineSource, overrides: [String]) -> [String] {
        guard case .gitRevision(let revision) = baseline else {
            let given = overrides.isEmpty ? "none" : overrides.joined(separator: " ")
            return ["The baseline is a directory, which records no inputs; overrides in force now: \(given)."]
        }
        let root = project.rootDirectory
        guard let text = SourceRevision.git(["show", "\(revision):\(project.configFile)"], in: root),
            let old = try? Project.parse(text: text, rootDirectory: root, configFile: project.configFile, registry: ProjectKinds.registry)
        else {
            return ["The baseline's \(project.configFile) at \(revision) cannot be read, so its inputs are unknown."]
        }
        return parameters(old: old, new: project) + datasets(old: old, new: project, revision: revision)
            + code(since: revision, root: root)
    }

    /// `STEP.PARAM: OLD → NEW` for every parameter that differs, and steps added or removed.
    static func parameters(old: Project, new: Project) -> [String] {
        var lines: [String] = []
        for name in new.order {
            guard let now = new.nodes[name] else { continue }
            guard let before = old.nodes[name] else {
                lines.append("\(name): added (kind \(now.step.kindName)).")
                continue
            }
            if before.step.kindName != now.step.kindName || before.step.kindVersion != now.step.kindVersion {
                lines.append(
                    "\(name): kind \(before.step.kindName) v\(before.step.kindVersion) → \(now.step.kindName) v\(now.step.kindVersion).")
            }
            let a = before.step.flatParameters, b = now.step.flatParameters
            for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
                lines.append("\(name).\(key): \(a[key] ?? "(not set)") → \(b[key] ?? "(not set)").")
            }
        }
        for name in old.order where new.nodes[name] == nil { lines.append("\(name): removed.") }
        return lines
    }

    /// `dataset NAME: PATH sha256 OLD → PATH sha256 NEW` for every dataset whose file differs.
    static func datasets(old: Project, new: Project, revision: String) -> [String] {
        var lines: [String] = []
        for name in new.datasets.keys.sorted() {
            let now = new.datasets[name]!
            let newHash = FileManager.default.contents(atPath: new.resolvedPath(ofDataset: name)).map { ContentHash(of: $0).hex }
            guard let before = old.datasets[name] else {
                lines.append("dataset \(name): added, \(now.path) sha256 \(newHash ?? "(missing)").")
                continue
            }
            let oldBytes = before.path.hasPrefix("/") ? nil : gitBytes(revision, before.path, root: new.rootDirectory)
            let oldHash = oldBytes.map { ContentHash(of: $0).hex }
            guard oldHash != newHash || before.path != now.path else { continue }
            lines.append(
                "dataset \(name): \(before.path) sha256 \(oldHash.map { String($0.prefix(16)) } ?? "(not in the revision)") → "
                    + "\(now.path) sha256 \(newHash.map { String($0.prefix(16)) } ?? "(missing)").")
        }
        return lines
    }

    /// The source groups (as the code fingerprints name them) with files changed since `revision`.
    static func code(since revision: String, root: String) -> [String] {
        let changed =
            (SourceRevision.git(["diff", "--name-only", revision, "--", "Sources"], in: root) ?? "")
            + (SourceRevision.git(["ls-files", "--others", "--exclude-standard", "--", "Sources"], in: root) ?? "")
        var groups: [String: Int] = [:]
        for path in changed.split(separator: "\n") where path.hasSuffix(".swift") {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count >= 3 else { continue }
            let group = parts[1] == "Figures" && parts.count > 3 ? "Figures/" + parts[2] : parts[1]
            groups[group, default: 0] += 1
        }
        guard !groups.isEmpty else { return [] }
        let list = groups.keys.sorted().map { "\($0) (\(groups[$0]!) file\(groups[$0]! == 1 ? "" : "s"))" }
        return [
            "code changed since \(revision) in \(list.joined(separator: ", ")): the code fingerprints of the kinds built on these differ."
        ]
    }

    private static func gitBytes(_ revision: String, _ path: String, root: String) -> Data? {
        SourceRevision.gitBytes(["show", "\(revision):\(path)"], in: root)
    }
}

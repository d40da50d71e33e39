import Foundation
import PackagePlugin

/// Build-tool plugin that hashes the Swift sources of a target and of every target it depends on
/// in this package, and generates `CodeFingerprints.swift` with one SHA-256 per group.
///
/// A group is a module ("Physics") or, inside the module the plugin is applied to, a top-level
/// folder of it ("Figures/Steps"). The build system re-runs the tool whenever any listed source
/// changes, so a code change reaches the cache keys with no manual version bump.
@main
struct CodeFingerprintPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let root = target as? SourceModuleTarget else { return [] }
        var modules: [SourceModuleTarget] = []
        var seen: Set<String> = []
        func visit(_ t: SourceModuleTarget) {
            guard seen.insert(t.name).inserted else { return }
            modules.append(t)
            for dependency in t.dependencies {
                if case .target(let next) = dependency, let module = next as? SourceModuleTarget {
                    visit(module)
                }
            }
        }
        visit(root)
        // Arguments: output path, then "group=path" pairs. Group names are module names, or
        // "Module/Folder" for files in a folder of the root module.
        var arguments: [String] = []
        var inputs: [URL] = []
        for module in modules {
            for file in module.sourceFiles(withSuffix: ".swift") {
                let relative = file.url.path.replacingOccurrences(of: module.directoryURL.path + "/", with: "")
                let components = relative.split(separator: "/")
                var group = module.name
                if module.name == root.name, components.count > 1 { group += "/" + components[0] }
                arguments.append("\(group)=\(relative)=\(file.url.path)")
                inputs.append(file.url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "CodeFingerprints.swift")
        return [
            .buildCommand(
                displayName: "Fingerprinting sources of \(root.name)",
                executable: try context.tool(named: "FingerprintTool").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

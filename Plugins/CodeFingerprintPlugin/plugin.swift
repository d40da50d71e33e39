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
        // The bytes a step writes also depend on the compiler that built the code and on the
        // versions of the packages the code links; both enter the keys as groups of their own.
        arguments.append("--text=toolchain=" + Self.compilerVersion(context: context))
        for (name, version) in Self.packageVersions(reachedFrom: modules, context: context) {
            arguments.append("--text=package/\(name)=\(version)")
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

    /// `swiftc --version` as printed by the toolchain building this package (one line per line of
    /// output, joined by spaces); "unknown" if it cannot be run, which is then the same for every build.
    static func compilerVersion(context: PluginContext) -> String {
        guard let swiftc = try? context.tool(named: "swiftc").url else { return "unknown" }
        let process = Process()
        process.executableURL = swiftc
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return "unknown" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Name → "VERSION REVISION" of every package whose products the modules use.
    static func packageVersions(reachedFrom modules: [SourceModuleTarget], context: PluginContext) -> [(String, String)] {
        var used: Set<String> = []
        for module in modules {
            for dependency in module.dependencies {
                if case .product(let product) = dependency { used.insert(product.id) }
            }
        }
        var versions: [(String, String)] = []
        for dependency in context.package.dependencies {
            let package = dependency.package
            guard package.products.contains(where: { used.contains($0.id) }) else { continue }
            let version: String
            switch package.origin {
            case .repository(_, let displayVersion, let revision): version = "\(displayVersion) \(revision)"
            case .registry(_, let displayVersion): version = displayVersion
            case .local(let path): version = "local \(path)"
            case .root: version = "root"
            @unknown default: version = "unknown"
            }
            versions.append((package.displayName, version))
        }
        return versions.sorted { $0.0 < $1.0 }
    }
}

import Foundation
import PackagePlugin

/// Build-tool plugin of the `figures` launcher: makes building the launcher build the engine (the
/// executable product of FiguresCLI) too, and generates `EngineLocation.swift` with the engine's name.
///
/// The launcher must not link the engine's modules (it would then load every library they need), so it
/// cannot simply depend on them; SwiftPM builds an executable it does not link only when another
/// package's executable product is a dependency, or when a plugin command takes it as an input file.
/// This command does the latter: its input is the engine in the build's products directory, which for a
/// build on the machine that runs it is the directory of the plugin's tools as well.
@main
struct EngineLocationPlugin: BuildToolPlugin {
    enum Failure: Error, CustomStringConvertible {
        case noEngineProduct
        var description: String { "the package has no executable product built from the FiguresCLI target" }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let product = context.package.products(ofType: ExecutableProduct.self).first(where: { $0.mainTarget.name == "FiguresCLI" })
        else { throw Failure.noEngineProduct }
        let generator = try context.tool(named: "FingerprintTool").url
        let engine = generator.deletingLastPathComponent().appending(path: product.name)
        let output = context.pluginWorkDirectoryURL.appending(path: "EngineLocation.swift")
        return [
            .buildCommand(
                displayName: "Locating the figures engine for \(target.name)",
                executable: generator,
                arguments: ["--engine-location", output.path, product.name],
                inputFiles: [engine],
                outputFiles: [output]
            )
        ]
    }
}

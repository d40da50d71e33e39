import Figures
import Foundation
import BuildEngine
import DataFormats

/// Engine benchmarks: configuration loading and action-key throughput.
enum PipelineBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "pipeline/load-figures.yaml", unit: "load + validate + decode all steps") {
            guard let project = try? Project.load(rootDirectory: FileManager.default.currentDirectoryPath, registry: ProjectKinds.registry)
            else { return .nan }
            return Double(project.nodes.count)
        },
        Benchmark(name: "pipeline/action-keys", unit: "10⁴ keys (4 inputs each)") {
            var inputs = ActionKeyInputs(
                kind: "yields", kindVersion: 1, codeFingerprint: String(repeating: "a", count: 64),
                canonicalParameters: "{\"eot\":9.1e11,\"kappa\":0.5,\"threshold_GeV\":50.0}",
                inputHashes: (0..<4).reduce(into: [:]) { $0["role\($1)/table"] = ContentHash(ofText: "\($1)") })
            var count = 0.0
            for i in 0..<10_000 {
                inputs.kindVersion = i
                count += inputs.key.hex.hasPrefix("0") ? 1 : 0
            }
            return count
        }
    ]
}

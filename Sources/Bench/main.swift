import Foundation

// figures-bench [FILTER] [--repetitions N]: release-build benchmarks of the hot paths.
// Run with `swift run -c release figures-bench`; see README "Benchmarks".
var arguments = Array(CommandLine.arguments.dropFirst())
var repetitions = 5
if let i = arguments.firstIndex(of: "--repetitions"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    repetitions = n
    arguments.removeSubrange(i...(i + 1))
}
let suites: [[Benchmark]] = [
    PipelineBenchmarks.all,
    DigestBenchmarks.all,
    ModelBenchmarks.all,
    ShowerBenchmarks.all,
    RecastBenchmarks.all,
    RadiativeBenchmarks.all,
    // Each area adds its suite here.
    PlotBenchmarks.all
]
runBenchmarks(suites.flatMap { $0 }, filter: arguments.first, repetitions: repetitions)

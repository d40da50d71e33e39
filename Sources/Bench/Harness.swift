/// One named benchmark: a closure timed over repeated runs on a release build.
struct Benchmark: Sendable {
    /// Name used to select it on the command line.
    let name: String
    /// What one run computes, for the report (e.g. "10⁵ showers").
    let unit: String
    /// The work; returns a value that is printed so the optimiser cannot drop the work.
    let body: @Sendable () -> Double
}

/// Times each benchmark: one warm-up, then the median of `repetitions` runs.
func runBenchmarks(_ benchmarks: [Benchmark], filter: String?, repetitions: Int) {
    let clock = ContinuousClock()
    for benchmark in benchmarks where filter.map({ benchmark.name.contains($0) }) ?? true {
        var sink = benchmark.body()
        var times: [Double] = []
        for _ in 0..<repetitions {
            let elapsed = clock.measure { sink += benchmark.body() }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        times.sort()
        let median = times[times.count / 2]
        let padded = benchmark.name.padding(toLength: 40, withPad: " ", startingAt: 0)
        print(
            "\(padded) median \(formatSeconds(median)) (min \(formatSeconds(times[0])), n=\(repetitions)) per \(benchmark.unit)   "
                + "[\(sink.isFinite ? "ok" : "nan")]"
        )
    }
}

func formatSeconds(_ s: Double) -> String {
    if s < 1e-3 { return String(format: "%.1f µs", s * 1e6) }
    if s < 1 { return String(format: "%.2f ms", s * 1e3) }
    return String(format: "%.3f s", s)
}

import Foundation

import Physics

/// Release-build timings of the three recasts on their default mass grid (cold: set-up included).
enum RecastBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "recast-borexino", unit: "41-mass limit curve") {
            BorexinoRecast().limitCurve().couplingLimits.compactMap { $0 }.reduce(0, +)
        },
        Benchmark(name: "recast-ccfr-trident", unit: "41-mass limit curve (24 × 4096 pairs)") {
            TridentRecast().limitCurve().couplingLimits.compactMap { $0 }.reduce(0, +)
        },
        Benchmark(name: "recast-na64mu", unit: "41-mass limit curve") {
            NA64MuonRecast().limitCurve().couplingLimits.compactMap { $0 }.reduce(0, +)
        }
    ]
}

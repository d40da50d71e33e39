import Physics

/// Release benchmarks of the model physics (docs/PHYSICS.md §1–§6): the loop function, and the two figure
/// curves whose target is < 0.5 s each.
enum ModelBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "model-pi-1e6-evaluations", unit: "10⁶ Π(q²) evaluations (q² from −1 to 20 GeV²)") {
            var sum = 0.0
            for i in 0..<1_000_000 {
                let q2 = -1 + 21 * Double(i) / 1_000_000
                sum += LoopFunction.pi(q2GeV2: q2, coupling: 0.01).real
            }
            return sum
        },
        Benchmark(name: "model-fig2-curve-alpha-d-0.1", unit: "Fig. 2 curve, α_D = 0.1 (all masses)") {
            AveragedLoopFigure.relativeDifferenceCurve(alphaDark: 0.1).y.reduce(0, +)
        },
        Benchmark(name: "model-fig2-curve-alpha-d-0.02", unit: "Fig. 2 curve, α_D = 0.02 (all masses)") {
            AveragedLoopFigure.relativeDifferenceCurve(alphaDark: 0.02).y.reduce(0, +)
        },
        Benchmark(name: "model-fig3-curves", unit: "Fig. 3, both curves incl. building the lead kernel") {
            let kernel = AtomicMotionKernel(shells: AtomicShell.lead)
            let curves = AtomicMotionFigure.curves(kernel: kernel)
            return curves.atomicMotionCm2.reduce(0, +) + curves.atRestCm2.reduce(0, +)
        },
        Benchmark(name: "model-lead-kernel-build", unit: "tabulating K(Δ) for lead (4000 nodes)") {
            AtomicMotionKernel(shells: AtomicShell.lead)(0)
        },
        Benchmark(name: "model-gm2-band-1000-masses", unit: "g−2 band edges at 1000 masses") {
            let band = MuonAnomaly()
            return LogarithmicGrid(from: 1e-3, to: 10, count: 1000).points.reduce(0) { $0 + band.band(massGeV: $1).upper }
        }
    ]
}

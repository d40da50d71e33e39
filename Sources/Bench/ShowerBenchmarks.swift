import Foundation
import Physics

/// Release benchmarks of the cascade Monte Carlo and Approximation A.
enum ShowerBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "shower-ecal-100GeV-1e5", unit: "10⁵ showers, 100 GeV e⁻, NA64 ECAL, 0.5 GeV cuts, all cores") {
            let result = CascadeSimulation.run(CascadeParameters(showerCount: 100_000))
            return result.meanEnergyBalance.totalGeV
        },
        Benchmark(name: "shower-ecal-100GeV-1e4-1thread", unit: "10⁴ showers, 100 GeV e⁻, NA64 ECAL, 0.5 GeV cuts, 1 thread") {
            let result = CascadeSimulation.run(CascadeParameters(showerCount: 10_000), threadCount: 1)
            return result.meanEnergyBalance.totalGeV
        },
        Benchmark(
            name: "shower-ecal-100GeV-1e4-1thread-soft-cut-0.05", unit: "10⁴ showers, as figures.yaml's track-lengths steps, 1 thread"
        ) {
            // figures.yaml's track-lengths-e-minus: 0.05 GeV soft-photon cut, 100 bins with the top one split into 16.
            let binning = LogarithmicEnergyBinning(
                minimumGeV: 0.5, maximumGeV: 100, binCount: 100, topBinCount: 16, topResolutionGeV: 0.005)
            let parameters = CascadeParameters(showerCount: 10_000, softPhotonCutGeV: 0.05, binning: binning)
            return CascadeSimulation.run(parameters, threadCount: 1).meanEnergyBalance.totalGeV
        },
        Benchmark(name: "shower-approximation-a-100-points", unit: "100 energies, lead") {
            let model = ApproximationA(material: .lead)
            var sum = 0.0
            for i in 0..<100 {
                let energy = 0.5 * pow(200, Double(i) / 100)
                sum += model.trackLength(energyGeV: energy, beamEnergyGeV: 100).allChargedCmPerGeV
            }
            return sum
        }
    ]
}

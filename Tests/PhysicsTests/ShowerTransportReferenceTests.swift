import Foundation
import Testing

@testable import Physics

/// The cascade transport against a stored run of the former transport (midpoint rule for the
/// continuous loss, two loss-rate evaluations per step), in Fixtures/layered-transport-reference.csv:
/// NA64-e ECAL, 100 GeV e⁻ and e⁺ beams, 0.5 GeV cuts, 100 bins from 0.5 to 100 GeV, 20 000 showers
/// each with seed 1001 (mean and statistical error of the mean, cm/GeV, per beam, material, charge,
/// bin). A change of the transport's numerics changes the Monte-Carlo bytes; this test checks that the
/// distributions stay those of the reference within their statistical errors.
struct ShowerTransportReferenceTests {
    struct ReferenceBin {
        let mean: Double
        let error: Double
    }

    /// The stored reference, keyed by "beam/material/charge" with one entry per bin.
    static func reference() throws -> [String: [ReferenceBin]] {
        let url = try #require(
            Bundle.module.url(forResource: "layered-transport-reference", withExtension: "csv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var table: [String: [ReferenceBin]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 6, let bin = Int(fields[3]), let mean = Double(fields[4]), let error = Double(fields[5])
            else { continue }
            let key = "\(fields[0])/\(fields[1])/\(fields[2])"
            var bins = table[key] ?? []
            #expect(bins.count == bin)
            bins.append(ReferenceBin(mean: mean, error: error))
            table[key] = bins
        }
        return table
    }

    /// χ² between a run and the reference over every bin with a non-zero error in either, for both
    /// materials and both charges of the tally; returns (χ², ndf).
    static func chiSquare(
        _ result: CascadeResult, beam: LeptonCharge, reference: [String: [ReferenceBin]], scale: Double = 1
    ) -> (Double, Int) {
        var chiSquare = 0.0, degrees = 0
        for spectrum in result.spectra {
            guard let bins = reference["\(beam.rawValue)/\(spectrum.material)/\(spectrum.charge.rawValue)"],
                bins.count == spectrum.trackLengthCmPerGeV.count
            else { return (.infinity, 0) }
            for (bin, expected) in bins.enumerated() {
                let value = scale * spectrum.trackLengthCmPerGeV[bin]
                let error = scale * spectrum.statisticalErrorCmPerGeV[bin]
                let variance = error * error + expected.error * expected.error
                guard variance > 0 else { continue }
                chiSquare += (value - expected.mean) * (value - expected.mean) / variance
                degrees += 1
            }
        }
        return (chiSquare, degrees)
    }

    /// 2 000 showers per beam (seed 7, independent of the reference's): per-bin errors of 0.3–6 %
    /// below 30 GeV, about √10 larger than the reference's. For two samples of one distribution
    /// χ²/ndf ≈ 1 with ndf = 800 (4 spectra × 100 bins × 2 beams), but the bins of one shower are
    /// correlated and the few-entry bins near the beam energy are far from Gaussian, which widens the
    /// spread well beyond the √(2/ndf) = 0.05 of independent Gaussian bins: for the reverted periodic
    /// transport χ²/ndf ranged 0.92–1.31 over ten seeds (docs/PERFORMANCE.md), so the bound 1.6
    /// (≈ 3.5 standard deviations of that spread) does not fail by chance. A 5 % bias of all track
    /// lengths must exceed it (checked below): the low-energy bins' errors are a few per mille, so a
    /// bias of a fraction of a percent there already shows.
    /// Run for several seeds (the transport's random-number use changed with the ziggurat sampler of
    /// the exponential distances): each seed's χ²/ndf is printed with the test's name.
    @Test(arguments: [7, 11, 12, 13] as [UInt64])
    func transportAgreesWithStoredReference(seed: UInt64) throws {
        let reference = try Self.reference()
        #expect(reference.count == 8)
        var total = 0.0, degrees = 0, biased = 0.0
        for beam in LeptonCharge.allCases {
            let parameters = CascadeParameters(beamParticle: beam, showerCount: 2000, seed: seed)
            let result = CascadeSimulation.run(parameters, threadCount: 2)
            let (chiSquare, ndf) = Self.chiSquare(result, beam: beam, reference: reference)
            total += chiSquare
            degrees += ndf
            biased += Self.chiSquare(result, beam: beam, reference: reference, scale: 1.05).0
        }
        #expect(degrees > 700)
        #expect(total / Double(degrees) < 1.6, "χ²/ndf = \(total / Double(degrees)), ndf = \(degrees)")
        if ProcessInfo.processInfo.environment["SHOWER_REFERENCE_PRINT"] != nil {
            print("shower reference, seed \(seed): χ²/ndf = \(total / Double(degrees)), ndf = \(degrees)")
        }
        #expect(biased / Double(degrees) > 1.6, "a 5 % bias must be resolved: χ²/ndf = \(biased / Double(degrees))")
    }
}

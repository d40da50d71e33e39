import Foundation
import Dispatch
import Synchronization

/// The cascade Monte Carlo of docs/PHYSICS.md §8 (method 1): runs showers in parallel and returns the
/// differential track lengths T±(E) per material with statistical errors.
///
/// Reproducibility: shower i always uses the random stream (seed, i); showers are grouped in
/// fixed blocks of ``blockSize`` consecutive indices (independent of the thread count), each
/// block is summed in index order, and the blocks are merged strictly in block order. So the
/// result is bit-identical for any `threadCount`.
public enum CascadeSimulation {
    /// Showers per block: the unit of work handed to a thread and of the ordered merge.
    public static let blockSize = 64

    /// Runs `parameters.showerCount` showers on `threadCount` threads.
    ///
    /// - Parameter progress: called after every block with (showers done, total); it may be
    ///   called from several threads at once and the counts may arrive slightly out of order.
    /// - Complexity: O(showers × E₀/E_cut) time; memory O(threads × materials × bins).
    public static func run(
        _ parameters: CascadeParameters,
        threadCount: Int = OnlineProcessors.count,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) -> CascadeResult {
        let cascade = PreparedCascade(parameters)
        let total = parameters.showerCount
        let blockCount = (total + blockSize - 1) / blockSize
        let workerCount = max(1, min(threadCount, blockCount))
        let merge = Mutex(
            OrderedMerge(
                empty: TrackLengthAccumulator(
                    binCount: cascade.binCount,
                    materialCount: cascade.materials.count)))
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var transporter = ShowerTransporter(cascade: cascade)
            var block = worker
            while block < blockCount {
                transporter.tally.reset()
                let first = block * blockSize
                for index in first..<min(first + blockSize, total) { transporter.simulateShower(index: index) }
                let finished = transporter.tally
                let done = merge.withLock { $0.deliver(block: block, finished) }
                progress?(done, total)
                block += workerCount
            }
        }
        let merged = merge.withLock { $0.merged }
        return makeResult(parameters: parameters, cascade: cascade, tally: merged)
    }

    /// Simulates the single shower `index` of a run and returns its energy balance (for checks
    /// of the bookkeeping; the same stream as shower `index` of ``run(_:threadCount:progress:)``).
    public static func energyBalance(_ parameters: CascadeParameters, showerIndex index: Int) -> ShowerEnergyBalance {
        var transporter = ShowerTransporter(cascade: PreparedCascade(parameters))
        return transporter.simulateShower(index: index)
    }

    static func makeResult(
        parameters: CascadeParameters, cascade: PreparedCascade,
        tally: TrackLengthAccumulator
    ) -> CascadeResult {
        let edges = cascade.edgesGeV
        let widths = (0..<cascade.binCount).map { edges[$0 + 1] - edges[$0] }
        let materials = parameters.geometry.materials
        func spectrum(channel: Int, material: Material, charge: LeptonCharge, primaryOnly: Bool) -> TrackLengthSpectrum {
            let perBin = tally.meanAndError(channel: channel, above: false)
            let above = tally.meanAndError(channel: channel, above: true)
            return TrackLengthSpectrum(
                material: material.name, charge: charge, primaryOnly: primaryOnly,
                trackLengthCmPerGeV: zip(perBin.mean, widths).map { $0 / $1 },
                statisticalErrorCmPerGeV: zip(perBin.error, widths).map { $0 / $1 },
                trackLengthAboveCm: above.mean, trackLengthAboveErrorCm: above.error)
        }
        var spectra: [TrackLengthSpectrum] = []
        for (m, material) in materials.enumerated() {
            for (q, charge) in LeptonCharge.allCases.enumerated() {
                spectra.append(spectrum(channel: 2 * m + q, material: material, charge: charge, primaryOnly: false))
            }
        }
        let primary = materials.enumerated().map { m, material in
            spectrum(channel: 2 * materials.count + m, material: material, charge: parameters.beamParticle, primaryOnly: true)
        }
        let n = Double(max(tally.showerCount, 1))
        let mean = ShowerEnergyBalance(
            ionizationGeV: tally.balanceSum.ionizationGeV / n,
            softPhotonGeV: tally.balanceSum.softPhotonGeV / n,
            belowCutGeV: tally.balanceSum.belowCutGeV / n,
            escapedGeV: tally.balanceSum.escapedGeV / n)
        return CascadeResult(
            parameters: parameters, binEdgesGeV: edges, spectra: spectra, primarySpectra: primary,
            meanEnergyBalance: mean, largestEnergyImbalanceGeV: tally.largestImbalanceGeV)
    }
}

/// Merges finished blocks strictly in block order, holding early arrivals until their turn.
struct OrderedMerge: Sendable {
    var merged: TrackLengthAccumulator
    var nextBlock = 0
    var waiting: [Int: TrackLengthAccumulator] = [:]
    var showersDone = 0

    init(empty: TrackLengthAccumulator) { merged = empty }

    /// Accepts block `block`; returns the number of showers finished so far.
    mutating func deliver(block: Int, _ tally: TrackLengthAccumulator) -> Int {
        showersDone += tally.showerCount
        waiting[block] = tally
        while let next = waiting.removeValue(forKey: nextBlock) {
            merged.add(next)
            nextBlock += 1
        }
        return showersDone
    }
}

/// The number of processors available to this process (the default thread count).
public enum OnlineProcessors {
    /// Online processors, at least 1.
    public static var count: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}

import Foundation

/// Per-material constants of the transport, in cm and GeV.
struct TransportMaterial: Sendable {
    let spectra: TsaiCompleteScreening
    let inverseRadiationLengthCm: Double
    /// Continuous ionisation loss [GeV/cm] (zero when ionisation is off).
    let ionizationGeVPerCm: Double
    /// Photon mean free path for pair production [cm]: X₀/σ₀ (energy independent with complete screening).
    let photonMeanFreePathCm: Double
    /// 1/photonMeanFreePathCm [1/cm].
    let inversePhotonMeanFreePathCm: Double
    /// The continuous loss rate [GeV/cm] above the soft-photon cut k, as a polynomial in w = 1/E:
    /// L(E) = I + (E/X₀)∫₀^{k/E}φ(y)dy = I + (a k − (a k²/2) w + (k³/3) w²)/X₀ = A − B w + C w²
    /// (``TsaiCompleteScreening/softBremsstrahlungEnergyFractionPerRadiationLength(fractionCut:)`` with y = k w).
    let lossConstantGeVPerCm: Double
    /// B = a k²/(2X₀) [GeV²/cm].
    let lossInverseCoefficient: Double
    /// C = k³/(3X₀) [GeV³/cm].
    let lossInverseSquareCoefficient: Double

    init(spectra: TsaiCompleteScreening, radiationLengthCm: Double, ionizationGeVPerCm: Double, softPhotonCutGeV k: Double) {
        self.spectra = spectra
        inverseRadiationLengthCm = 1 / radiationLengthCm
        self.ionizationGeVPerCm = ionizationGeVPerCm
        photonMeanFreePathCm = radiationLengthCm / spectra.pairProbabilityPerRadiationLength
        inversePhotonMeanFreePathCm = spectra.pairProbabilityPerRadiationLength / radiationLengthCm
        let a = spectra.bremsstrahlungLeadingCoefficient
        lossConstantGeVPerCm = ionizationGeVPerCm + a * k / radiationLengthCm
        lossInverseCoefficient = a * k * k / (2 * radiationLengthCm)
        lossInverseSquareCoefficient = k * k * k / (3 * radiationLengthCm)
    }
}

/// The target flattened into layers, with the cuts and bins: everything a shower needs, shared
/// read-only by all threads.
struct PreparedCascade: Sendable {
    let materials: [TransportMaterial]
    /// Depth of the back face of each layer [cm], ascending.
    let layerEndCm: [Double]
    /// Index into `materials` of each layer.
    let layerMaterial: [Int]
    /// Thickness of each layer in photon mean free paths.
    let layerPhotonOpticalThickness: [Double]
    let edgesGeV: [Double]
    let logMinimumEnergy: Double
    let inverseLogBinWidth: Double
    let energyCutGeV: Double
    let softPhotonCutGeV: Double
    let beamEnergyGeV: Double
    let beamCharge: LeptonCharge
    let seed: UInt64
    /// The largest a = 4/3 + ξ among the materials: makes the bremsstrahlung majorant material independent.
    let largestBremsstrahlungCoefficient: Double
    /// The sampler of the exponential distances (optical depths).
    let exponential = ExponentialZiggurat()

    init(_ parameters: CascadeParameters) {
        precondition(parameters.energyCutGeV > 0, "the energy cut must be positive")
        precondition(
            parameters.softPhotonCutGeV > 0 && parameters.softPhotonCutGeV <= parameters.energyCutGeV,
            "the soft-photon cut must lie in (0, energy cut]: photons between the two are stopped anyway")
        precondition(
            parameters.binning.binCount >= 1 && parameters.binning.minimumGeV > 0
                && parameters.binning.maximumGeV > parameters.binning.minimumGeV, "invalid binning")
        let unique = parameters.geometry.materials
        materials = unique.map { material in
            TransportMaterial(
                spectra: TsaiCompleteScreening(material: material), radiationLengthCm: material.radiationLengthCm,
                ionizationGeVPerCm: parameters.ionizationEnabled ? material.ionizationLossGeVPerCm : 0,
                softPhotonCutGeV: parameters.softPhotonCutGeV)
        }
        largestBremsstrahlungCoefficient = materials.map { $0.spectra.bremsstrahlungLeadingCoefficient }.max() ?? 4.0 / 3.0
        var ends: [Double] = [], indices: [Int] = []
        var depth = 0.0
        for _ in 0..<parameters.geometry.repetitions {
            for layer in parameters.geometry.period {
                depth += layer.thicknessCm
                ends.append(depth)
                indices.append(unique.firstIndex(of: layer.material)!)
            }
        }
        layerEndCm = ends
        layerMaterial = indices
        let transport = materials
        layerPhotonOpticalThickness = indices.indices.map { i in
            (ends[i] - (i > 0 ? ends[i - 1] : 0)) * transport[indices[i]].inversePhotonMeanFreePathCm
        }
        edgesGeV = parameters.binning.edgesGeV
        binCount = parameters.binning.totalBinCount
        logMinimumEnergy = log(parameters.binning.minimumGeV)
        inverseLogBinWidth = Double(parameters.binning.binCount) / log(parameters.binning.maximumGeV / parameters.binning.minimumGeV)
        energyCutGeV = parameters.energyCutGeV
        softPhotonCutGeV = parameters.softPhotonCutGeV
        beamEnergyGeV = parameters.beamEnergyGeV
        beamCharge = parameters.beamParticle
        seed = parameters.seed
    }

    let binCount: Int
}

/// A particle waiting on the stack.
struct ShowerParticle: Sendable {
    enum Kind: UInt8, Sendable { case electron = 0, positron = 1, photon = 2 }
    var energyGeV: Double
    var depthCm: Double
    var layer: Int
    var kind: Kind
    var isPrimary: Bool
}


/// Simulates showers into a ``TrackLengthAccumulator``, two at a time on one thread; one per thread.
///
/// Why two: a shower's step is a chain of dependent floating-point operations (1/E, the loss series, the
/// next comparison) and data-dependent branches (boundary or candidate, one bin or several, stop), so one
/// track leaves most of the processor idle. Two showers stepped alternately give it two independent chains
/// to overlap. Each ``ShowerLane`` has its own random stream, stack, energy balance and tally buffer, and
/// finished showers are closed into the tally strictly in index order (a shower that ends before a
/// lower-numbered one waits in its buffer), so every bit is that of simulating the showers one at a time.
struct ShowerTransporter {
    let cascade: PreparedCascade
    var tally: TrackLengthAccumulator
    private let buffers: ShowerBufferPool
    /// Finished showers waiting for a lower-numbered one, ascending by index.
    private var waiting: [(index: Int, shower: UnsafeMutableBufferPointer<Double>, balance: ShowerEnergyBalance)] = []

    init(cascade: PreparedCascade) {
        self.cascade = cascade
        tally = TrackLengthAccumulator(binCount: cascade.binCount, materialCount: cascade.materials.count)
        buffers = ShowerBufferPool(size: tally.channelCount * cascade.binCount)
    }

    /// Simulates shower number `index` alone and closes it into the tally; returns its energy balance.
    @discardableResult
    mutating func simulateShower(index: Int) -> ShowerEnergyBalance {
        var lane = ShowerLane(shower: buffers.take())
        lane.begin(index: index, shower: lane.shower, cascade)
        finishShower(&lane)
        let balance = lane.balance
        tally.closeShower(lane.shower, balance: balance, beamEnergyGeV: cascade.beamEnergyGeV)
        buffers.give(lane.shower)
        return balance
    }

    /// Simulates the showers `indices` two at a time and closes them into the tally in index order.
    mutating func simulateShowers(_ indices: Range<Int>) {
        var next = indices.lowerBound
        guard next < indices.upperBound else { return }
        var first = ShowerLane(shower: buffers.take())
        first.begin(index: next, shower: first.shower, cascade)
        next += 1
        guard next < indices.upperBound else {
            finishShower(&first)
            close(&first)
            buffers.give(first.shower)
            return
        }
        var second = ShowerLane(shower: buffers.take())
        second.begin(index: next, shower: second.shower, cascade)
        next += 1
        var firstActive = first.nextCharged(cascade), secondActive = second.nextCharged(cascade)
        while true {
            // A lane whose shower is over closes it (or parks it) and starts the next one.
            if !firstActive {
                // The second lane's shower is not closed yet even if it is over.
                firstActive = restart(&first, other: second.showerIndex, next: &next, indices)
            }
            if !secondActive {
                secondActive = restart(&second, other: firstActive ? first.showerIndex : Int.max, next: &next, indices)
            }
            guard firstActive && secondActive else { break }
            // Both lanes have a charged track: one step each in turn; a lane whose track ends takes its next
            // particle at once, and the loop ends only when a lane's shower is over.
            while true {
                // Both plans first, then the decisions: see ``ShowerLane/planCharged(_:)``.
                let firstPlan = first.planCharged(cascade), secondPlan = second.planCharged(cascade)
                if first.commitCharged(firstPlan, cascade), !first.nextCharged(cascade) {
                    firstActive = false
                    break
                }
                if second.commitCharged(secondPlan, cascade), !second.nextCharged(cascade) {
                    secondActive = false
                    break
                }
            }
        }
        // No shower left to start: the remaining lane finishes alone.
        if firstActive {
            first.finishCharged(cascade)
            finishShower(&first)
            close(&first)
        }
        if secondActive {
            second.finishCharged(cascade)
            finishShower(&second)
            close(&second)
        }
        closeWaiting(below: Int.max)
        buffers.give(first.shower)
        buffers.give(second.shower)
    }

    /// Runs the lane's shower to its end on its own (the current track, if any, must be finished first).
    private func finishShower(_ lane: inout ShowerLane) {
        while lane.nextCharged(cascade) { lane.finishCharged(cascade) }
    }

    /// The lane's shower is over: closes it, or parks it while the other lane's lower-numbered shower runs;
    /// then starts the next shower on the lane. False when no shower is left to start.
    private mutating func restart(_ lane: inout ShowerLane, other: Int, next: inout Int, _ indices: Range<Int>) -> Bool {
        if lane.showerIndex < other {
            tally.closeShower(lane.shower, balance: lane.balance, beamEnergyGeV: cascade.beamEnergyGeV)
            closeWaiting(below: other)
        } else {
            let index = lane.showerIndex
            let position = waiting.firstIndex { $0.index > index } ?? waiting.endIndex
            waiting.insert((index, lane.shower, lane.balance), at: position)
            lane.shower = buffers.take()
        }
        guard next < indices.upperBound else { return false }
        lane.begin(index: next, shower: lane.shower, cascade)
        next += 1
        return lane.nextCharged(cascade)
    }

    /// Closes a lane's finished shower (all lower-numbered ones are closed) and those waiting after it.
    private mutating func close(_ lane: inout ShowerLane) {
        closeWaiting(below: lane.showerIndex)
        tally.closeShower(lane.shower, balance: lane.balance, beamEnergyGeV: cascade.beamEnergyGeV)
    }

    /// Closes the parked showers numbered below `limit`, in index order.
    private mutating func closeWaiting(below limit: Int) {
        while let parked = waiting.first, parked.index < limit {
            waiting.removeFirst()
            tally.closeShower(parked.shower, balance: parked.balance, beamEnergyGeV: cascade.beamEnergyGeV)
            buffers.give(parked.shower)
        }
    }
}

/// Zeroed per-shower tally buffers, reused: a lane takes one for each shower and a closed shower's buffer
/// (zeroed by ``TrackLengthAccumulator/closeShower(_:balance:beamEnergyGeV:)``) comes back. A class only
/// so that the memory is freed with the transporter.
final class ShowerBufferPool {
    private let size: Int
    private var free: [UnsafeMutableBufferPointer<Double>] = []
    private var all: [UnsafeMutableBufferPointer<Double>] = []

    init(size: Int) { self.size = size }

    deinit { for buffer in all { buffer.deallocate() } }

    /// A zeroed buffer.
    func take() -> UnsafeMutableBufferPointer<Double> {
        if let buffer = free.popLast() { return buffer }
        let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: size)
        buffer.initialize(repeating: 0)
        all.append(buffer)
        return buffer
    }

    /// Returns a buffer that is zero again.
    func give(_ buffer: UnsafeMutableBufferPointer<Double>) { free.append(buffer) }
}

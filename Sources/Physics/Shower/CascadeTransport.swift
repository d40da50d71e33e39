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

/// Simulates showers one at a time into a ``TrackLengthAccumulator``; one per thread.
///
/// The model (docs/PHYSICS.md §8): straight-ahead (1-D) transport; bremsstrahlung with photon energy
/// fraction y above y_c = k_cut/E sampled from Tsai's spectrum; photons below k_cut as a continuous
/// loss E·∫₀^{y_c}φ(y)dy per X₀; continuous ionisation at the minimum-ionisation rate; pair
/// production with Tsai's spectrum and its energy-independent complete-screening mean free path
/// X₀/σ₀. Neglected: Compton scattering, photoelectric absorption, annihilation in flight and
/// multiple scattering (path-length increase): all matter only far below the GeV energies tallied.
///
/// The discrete-bremsstrahlung distance is sampled with a majorant rate (λ grows with E, and E
/// only falls between emissions) and thinned by λ(E′)/majorant at the candidate point: exact for
/// any step length (the "null-collision" or Woodcock method). The continuous loss along a step
/// is the Taylor series of E(s) to third order in the step (a lead layer loses ≈ 0.15 GeV, so the
/// energy after a layer is within 3·10⁻⁶ GeV of the exact solution above 1 GeV), and the energy
/// balance is exact because every loss is booked.
struct ShowerTransporter {
    let cascade: PreparedCascade
    var tally: TrackLengthAccumulator
    private var stack: [ShowerParticle] = []
    private var balance = ShowerEnergyBalance()
    private var random = Xoshiro256StarStar(seed: 0, streamIndex: 0)
    private let materialCount: Int

    init(cascade: PreparedCascade) {
        self.cascade = cascade
        materialCount = cascade.materials.count
        tally = TrackLengthAccumulator(binCount: cascade.binCount, materialCount: cascade.materials.count)
        stack.reserveCapacity(256)
    }

    /// Simulates shower number `index` and closes it into the tally; returns its energy balance.
    @discardableResult
    mutating func simulateShower(index: Int) -> ShowerEnergyBalance {
        random = Xoshiro256StarStar(seed: cascade.seed, streamIndex: UInt64(index))
        balance = ShowerEnergyBalance()
        stack.removeAll(keepingCapacity: true)
        stack.append(
            ShowerParticle(
                energyGeV: cascade.beamEnergyGeV, depthCm: 0, layer: 0,
                kind: cascade.beamCharge == .electron ? .electron : .positron, isPrimary: true))
        // The shower's tally through a buffer pointer (the array is moved out of `tally` meanwhile): each write
        // through the array checked its uniqueness, a runtime call that also spilled the loop's registers.
        var current: [Double] = []
        swap(&current, &tally.currentShower)
        current.withUnsafeMutableBufferPointer { shower in
            while let particle = stack.popLast() {
                if particle.kind == .photon { transportPhoton(particle) } else { transportCharged(particle, into: shower) }
            }
        }
        swap(&current, &tally.currentShower)
        let result = balance
        tally.closeShower(balance: result, beamEnergyGeV: cascade.beamEnergyGeV)
        return result
    }

    /// Pushes a new particle, or books it as stopped when it is below the energy cut.
    private mutating func emit(_ kind: ShowerParticle.Kind, energyGeV: Double, depthCm: Double, layer: Int) {
        if energyGeV > cascade.energyCutGeV {
            stack.append(ShowerParticle(energyGeV: energyGeV, depthCm: depthCm, layer: layer, kind: kind, isPrimary: false))
        } else {
            balance.belowCutGeV += energyGeV
        }
    }

    /// Photon: distance to the pair conversion in units of its mean free path, walked through the
    /// layers with their precomputed optical thicknesses (no division per layer).
    private mutating func transportPhoton(_ photon: ShowerParticle) {
        var opticalDepth = cascade.exponential.next(&random)
        var layer = photon.layer
        let layerCount = cascade.layerEndCm.count
        guard layer < layerCount else {
            balance.escapedGeV += photon.energyGeV
            return
        }
        // The partly traversed first layer.
        let firstInverse = cascade.materials[cascade.layerMaterial[layer]].inversePhotonMeanFreePathCm
        let firstRemaining = (cascade.layerEndCm[layer] - photon.depthCm) * firstInverse
        if opticalDepth < firstRemaining {
            convert(photon.energyGeV, depthCm: photon.depthCm + opticalDepth / firstInverse, layer: layer)
            return
        }
        opticalDepth -= firstRemaining
        layer += 1
        while layer < layerCount {
            let thickness = cascade.layerPhotonOpticalThickness[layer]
            if opticalDepth < thickness {
                let inverse = cascade.materials[cascade.layerMaterial[layer]].inversePhotonMeanFreePathCm
                convert(photon.energyGeV, depthCm: cascade.layerEndCm[layer - 1] + opticalDepth / inverse, layer: layer)
                return
            }
            opticalDepth -= thickness
            layer += 1
        }
        balance.escapedGeV += photon.energyGeV
    }

    /// Pair production: the electron's fraction x from ψ(x) = 1 − a x(1−x) by rejection under the
    /// flat envelope 1 (acceptance σ₀ ≈ 0.78).
    private mutating func convert(_ photonEnergyGeV: Double, depthCm: Double, layer: Int) {
        let spectra = cascade.materials[cascade.layerMaterial[layer]].spectra
        var x: Double
        repeat {
            x = random.nextOpenUnit()
        } while random.nextOpenUnit() > spectra.pairSpectrum(x)
        let electronEnergy = x * photonEnergyGeV
        emit(.electron, energyGeV: electronEnergy, depthCm: depthCm, layer: layer)
        emit(.positron, energyGeV: photonEnergyGeV - electronEnergy, depthCm: depthCm, layer: layer)
    }

    /// e⁻ or e⁺: steps to the next layer boundary or candidate bremsstrahlung, tallying track length.
    ///
    /// Speed (this loop is the program's hot path): the majorant λ̂ (hard photons per X₀) is
    /// evaluated only after an emission, at the energy then; it stays a majorant while continuous
    /// losses lower E. The exponential "optical depth" to the next candidate, in units of the
    /// majorant, is carried across layer boundaries (a Poisson process with a piecewise-constant
    /// majorant intensity), and the current bin is tracked by comparisons, so crossing a layer
    /// costs no logarithm. Candidates are accepted without a logarithm when u·λ̂ lies below a
    /// lower bound of λ̂(E′) from dλ̂/dE ≤ a/E + k²/E³.
    private mutating func transportCharged(_ particle: ShowerParticle, into shower: UnsafeMutableBufferPointer<Double>) {
        var energy = particle.energyGeV, depth = particle.depthCm, layer = particle.layer
        let chargeIndex = particle.kind == .electron ? 0 : 1
        let layerCount = cascade.layerEndCm.count
        let cut = cascade.energyCutGeV, softCut = cascade.softPhotonCutGeV
        // λ̂_m(E) = a_m·ℓ(E) + q(E) with ℓ = −ln y − 1 + y, q = (1 − y²)/2, y = k_cut/E; the
        // majorant uses the largest a of the target's materials so it holds in every layer.
        var majorantEnergy = energy
        var (logTerm, quadraticTerm) = Self.bremsstrahlungTerms(energyGeV: energy, softCutGeV: softCut)
        var majorantPerRadiationLength = cascade.largestBremsstrahlungCoefficient * logTerm + quadraticTerm
        var opticalDepth = cascade.exponential.next(&random)
        var bin = binIndex(energy)
        while true {
            guard layer < layerCount else {
                balance.escapedGeV += energy
                return
            }
            let materialIndex = cascade.layerMaterial[layer]
            let material = cascade.materials[materialIndex]
            let majorantRate = majorantPerRadiationLength * material.inverseRadiationLengthCm
            let boundaryDistance = cascade.layerEndCm[layer] - depth
            // The boundary comes first when the majorant's optical depth to it is within the one
            // drawn (a comparison: the division is needed only for a candidate).
            let boundaryOpticalDepth = majorantRate * boundaryDistance
            let reachesBoundary = boundaryOpticalDepth <= opticalDepth
            var step = reachesBoundary ? boundaryDistance : opticalDepth / majorantRate
            // Continuous loss dE/ds = −L(E) by its Taylor series to third order in the step (one
            // division, no second rate evaluation; more accurate than the midpoint rule above 1 GeV):
            // E(s) = E − sL + s²LL′/2 − s³L(L′² + LL″)/6, with L = A − Bw + Cw², w = 1/E,
            // L′ = dL/dE = w²(B − 2Cw) and L″ = w³(6Cw − 2B).
            let inverseEnergy = 1 / energy
            let b = material.lossInverseCoefficient, c = material.lossInverseSquareCoefficient
            let inverseSquare = inverseEnergy * inverseEnergy
            let rate = material.lossConstantGeVPerCm - inverseEnergy * (b - c * inverseEnergy)
            let slope = inverseSquare * (b - 2 * c * inverseEnergy)
            let curvature = inverseSquare * inverseEnergy * (6 * c * inverseEnergy - 2 * b)
            let secondOrder = slope * slope + rate * curvature
            var newEnergy = energy - step * rate * (1 - 0.5 * step * slope + step * step * secondOrder * (1.0 / 6))
            let stops = newEnergy <= cut
            if stops {
                // The length that loses ΔE = E − cut, ∫₀^ΔE du/L(E − u), to the same order:
                // ΔE/L + ΔE²L′/(2L²) + ΔE³(L′²/L³ − L″/(2L²))/3.
                let remaining = energy - cut
                let inverseRate = 1 / rate
                let ratio = remaining * inverseRate
                step =
                    ratio
                    * (1 + 0.5 * ratio * slope
                        + remaining * ratio * (slope * slope * inverseRate - 0.5 * curvature) * (1.0 / 3))
                newEnergy = cut
            }
            tallyTrack(
                into: shower, materialIndex: materialIndex, chargeIndex: chargeIndex, isPrimary: particle.isPrimary,
                highEnergyGeV: energy, lowEnergyGeV: newEnergy, lengthCm: step, bin: &bin)
            let ionization = material.ionizationGeVPerCm * step
            balance.ionizationGeV += ionization
            balance.softPhotonGeV += (energy - newEnergy) - ionization
            energy = newEnergy
            if stops {
                balance.belowCutGeV += energy
                return
            }
            if reachesBoundary {
                opticalDepth -= boundaryOpticalDepth
                depth = cascade.layerEndCm[layer]
                layer += 1
                continue
            }
            depth += step
            opticalDepth = cascade.exponential.next(&random)
            // Thinning: a real emission with probability λ̂_m(E′)/majorant.
            let threshold = random.nextOpenUnit() * majorantPerRadiationLength
            let a = material.spectra.bremsstrahlungLeadingCoefficient
            let slopeBound = a / energy + softCut * softCut / (energy * energy * energy)
            let lowerBound = a * logTerm + quadraticTerm - slopeBound * (majorantEnergy - energy)
            if energy <= softCut || threshold > lowerBound {
                let actual = material.spectra.hardBremsstrahlungPerRadiationLength(fractionCut: softCut / energy)
                if threshold > actual { continue }
            }
            let photonEnergy = energy * sampleBremsstrahlungFraction(material.spectra, fractionCut: softCut / energy)
            energy -= photonEnergy
            emit(.photon, energyGeV: photonEnergy, depthCm: depth, layer: layer)
            if energy <= cut {
                balance.belowCutGeV += energy
                return
            }
            // A hard photon takes a large fraction: the bin from the approximate logarithm, not a walk down
            // (a data-dependent loop of up to ~40 steps, mispredicted at its exit).
            bin = binIndex(energy)
            majorantEnergy = energy
            (logTerm, quadraticTerm) = Self.bremsstrahlungTerms(energyGeV: energy, softCutGeV: softCut)
            majorantPerRadiationLength = cascade.largestBremsstrahlungCoefficient * logTerm + quadraticTerm
        }
    }

    /// ℓ = −ln y − 1 + y and q = (1 − y²)/2 at y = k_cut/E (both zero for y ≥ 1), so that the
    /// hard-photon rate per X₀ is a·ℓ + q (``TsaiCompleteScreening/hardBremsstrahlungPerRadiationLength(fractionCut:)``).
    @inline(__always)
    static func bremsstrahlungTerms(energyGeV: Double, softCutGeV: Double) -> (Double, Double) {
        let y = softCutGeV / energyGeV
        guard y < 1 else { return (0, 0) }
        return (-log(y) - 1 + y, 0.5 * (1 - y * y))
    }

    /// y in (y_c, 1) from φ(y)/y = a(1 − y)/y + y: proposal a/y (y = y_c^u, log-uniform), accepted
    /// with probability (φ(y)/y)/(a/y) = 1 − y + y²/a ≤ 1. Acceptance is above 90 % for y_c ≤ 10⁻².
    @inline(__always)
    private mutating func sampleBremsstrahlungFraction(_ spectra: TsaiCompleteScreening, fractionCut: Double) -> Double {
        let logCut = log(fractionCut)
        let a = spectra.bremsstrahlungLeadingCoefficient
        while true {
            let y = exp(logCut * random.nextOpenUnit())
            if random.nextOpenUnit() <= 1 - y + y * y / a { return y }
        }
    }

    /// Spreads `lengthCm`, travelled while the energy fell linearly from `highEnergyGeV` to
    /// `lowEnergyGeV`, over the bins in proportion to the energy range inside each (the
    /// track-length estimator: unbiased for any step, no bin-centre approximation).
    /// `bin` holds the bin of `highEnergyGeV` on entry (−1 below the range, binCount above) and
    /// that of `lowEnergyGeV` on return. Cost O(1 + bins crossed).
    @inline(__always)
    private func tallyTrack(
        into shower: UnsafeMutableBufferPointer<Double>, materialIndex: Int, chargeIndex: Int, isPrimary: Bool,
        highEnergyGeV: Double, lowEnergyGeV: Double, lengthCm: Double, bin: inout Int
    ) {
        let binCount = cascade.binCount
        guard bin >= 0, lowEnergyGeV < cascade.edgesGeV[binCount], lengthCm > 0 else {
            bin = lowerBin(from: bin, energyGeV: lowEnergyGeV)
            return
        }
        let channel = (2 &* materialIndex &+ chargeIndex) &* binCount
        let primaryChannel = (2 &* materialCount &+ materialIndex) &* binCount
        // The whole step inside one bin (most steps): its whole length goes there.
        if bin < binCount, lowEnergyGeV >= cascade.edgesGeV[bin] {
            shower[channel &+ bin] += lengthCm
            if isPrimary { shower[primaryChannel &+ bin] += lengthCm }
            return
        }
        // Above the range with no continuous loss: nothing to tally.
        let width = highEnergyGeV - lowEnergyGeV
        if width <= 1e-14 * highEnergyGeV { return }
        let density = lengthCm / width
        var current = min(bin, binCount - 1)
        while current >= 0 {
            let upper = min(highEnergyGeV, cascade.edgesGeV[current + 1])
            let lower = max(lowEnergyGeV, cascade.edgesGeV[current])
            if upper > lower {
                let length = density * (upper - lower)
                shower[channel &+ current] += length
                if isPrimary { shower[primaryChannel &+ current] += length }
            }
            if lowEnergyGeV >= cascade.edgesGeV[current] { break }
            current -= 1
        }
        bin = current
    }

    /// The bin of `energyGeV` found by walking down from `bin`, the bin of a higher energy.
    @inline(__always)
    private func lowerBin(from bin: Int, energyGeV: Double) -> Int {
        let binCount = cascade.binCount
        var current = bin
        if current >= binCount {
            if energyGeV >= cascade.edgesGeV[binCount] { return binCount }
            current = binCount - 1
        }
        while current >= 0 && energyGeV < cascade.edgesGeV[current] { current -= 1 }
        return current
    }

    /// Index of the bin holding `energyGeV` (−1 below, binCount at or above the last edge), from
    /// an approximate logarithm corrected against the stored edges, so it agrees with them exactly
    /// (in a refined top bin the walk up costs at most its `topBinCount` comparisons).
    @inline(__always)
    private func binIndex(_ energyGeV: Double) -> Int {
        let binCount = cascade.binCount
        if energyGeV < cascade.edgesGeV[0] { return -1 }
        if energyGeV >= cascade.edgesGeV[binCount] { return binCount }
        let guess = (Self.approximateLogarithm(energyGeV) - cascade.logMinimumEnergy) * cascade.inverseLogBinWidth
        var bin = min(max(Int(guess), 0), binCount - 1)
        while bin > 0 && energyGeV < cascade.edgesGeV[bin] { bin -= 1 }
        while bin < binCount - 1 && energyGeV >= cascade.edgesGeV[bin + 1] { bin += 1 }
        return bin
    }

    /// ln x for x > 0 normal, within 0.0053 (a tenth of a 5 % bin): x = 2^e·m with m in [1, 2) from the
    /// bits, log₂ m ≈ f(1.3466 − 0.3466 f) with f = m − 1 (exact at m = 1 and 2). Only a first guess
    /// for ``binIndex(_:)``, which walks to the exact bin; it saves a libm logarithm per particle.
    @inline(__always)
    static func approximateLogarithm(_ x: Double) -> Double {
        let bits = x.bitPattern
        let exponent = Double(Int((bits >> 52) & 0x7FF) - 1023)
        let fraction = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000) - 1
        return (exponent + fraction * (1.3466 - 0.3466 * fraction)) * 0.693_147_180_559_945_3
    }
}

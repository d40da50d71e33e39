#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The target as a ``PeriodicStack`` with the per-material constants, cuts and bins: everything
/// a shower needs, shared read-only by all threads.
struct PreparedCascade: Sendable {
    /// Tsai's spectra of each distinct material.
    let spectra: [TsaiCompleteScreening]
    let stack: PeriodicStack
    /// Coefficient a = 4/3 + ξ of each material's bremsstrahlung spectrum.
    let bremsstrahlungCoefficient: MaterialVector
    /// Continuous ionisation loss per X₀ of each material [GeV] (zero when ionisation is off).
    let ionizationGeVPerRadiationLength: MaterialVector
    /// Photon pair-conversion probability per X₀ of each material (σ₀).
    let photonRates: MaterialVector
    /// Total photon optical thickness of the target (in photon mean free paths).
    let photonOpticalThickness: Double
    /// Total thickness [X₀].
    let thicknessX0: Double
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

    init(_ parameters: CascadeParameters) {
        precondition(parameters.energyCutGeV > 0, "the energy cut must be positive")
        precondition(parameters.softPhotonCutGeV > 0 && parameters.softPhotonCutGeV <= parameters.energyCutGeV,
                     "the soft-photon cut must lie in (0, energy cut]: photons between the two are stopped anyway")
        precondition(parameters.binning.binCount >= 1 && parameters.binning.minimumGeV > 0
                     && parameters.binning.maximumGeV > parameters.binning.minimumGeV, "invalid binning")
        precondition(parameters.geometry.repetitions >= 1 && !parameters.geometry.period.isEmpty
                     && parameters.geometry.period.allSatisfy { $0.thicknessCm >= 0 }
                     && parameters.geometry.thicknessCm > 0, "invalid geometry")
        let unique = parameters.geometry.materials
        let stack = PeriodicStack(geometry: parameters.geometry)
        self.stack = stack
        spectra = unique.map { TsaiCompleteScreening(material: $0) }
        var coefficient = MaterialVector(), ionization = MaterialVector(), photon = MaterialVector()
        for (m, material) in unique.enumerated() {
            coefficient[m] = spectra[m].bremsstrahlungLeadingCoefficient
            ionization[m] = parameters.ionizationEnabled ? material.ionizationLossGeVPerCm * material.radiationLengthCm : 0
            photon[m] = spectra[m].pairProbabilityPerRadiationLength
        }
        bremsstrahlungCoefficient = coefficient
        ionizationGeVPerRadiationLength = ionization
        photonRates = photon
        largestBremsstrahlungCoefficient = spectra.map(\.bremsstrahlungLeadingCoefficient).max() ?? 4.0 / 3.0
        photonOpticalThickness = (photon * stack.totalX0).sum()
        thicknessX0 = stack.totalX0.sum()
        edgesGeV = parameters.binning.edgesGeV
        binCount = parameters.binning.binCount
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
    var position: StackPosition
    var kind: Kind
    var isPrimary: Bool
}

/// Simulates showers one at a time into a ``TrackLengthAccumulator``; one per thread.
///
/// The model (PHYSICS.md §8): straight-ahead (1-D) transport; bremsstrahlung with photon energy
/// fraction y above y_c = k_cut/E sampled from Tsai's spectrum; photons below k_cut as a continuous
/// loss E·∫₀^{y_c}φ(y)dy per X₀; continuous ionisation at the minimum-ionisation rate; pair
/// production with Tsai's spectrum and its energy-independent complete-screening mean free path
/// X₀/σ₀. Neglected: Compton scattering, photoelectric absorption, annihilation in flight and
/// multiple scattering (path-length increase): all matter only far below the GeV energies tallied.
///
/// Depth is measured in radiation lengths through the ``PeriodicStack``: the bremsstrahlung
/// majorant is a rate per X₀ common to all materials, the photon's conversion probability and the
/// continuous loss are rates per X₀ of each material, and the stack maps any accumulated amount back
/// to a position (period, layer, depth in the layer) in O(layers per period). So a particle moves
/// from interaction to interaction without stopping at the layer boundaries, however many it
/// crosses, and the track length in each material and energy bin follows from the same maps.
///
/// The discrete-bremsstrahlung distance is sampled with a majorant rate (λ grows with E, and E
/// only falls between emissions) and thinned by λ(E′)/majorant at the candidate point: exact for
/// any step length (the "null-collision" or Woodcock method). The continuous loss between
/// candidates is integrated in substeps that end on the tally's bin edges, each with every
/// material's rate at its midpoint energy (``continuousLoss(from:to:energyGeV:bin:chargeIndex:isPrimary:)``),
/// and the energy balance is exact because every loss is booked.
struct ShowerTransporter {
    let cascade: PreparedCascade
    var tally: TrackLengthAccumulator
    private var stack: [ShowerParticle] = []
    private var balance = ShowerEnergyBalance()
    private var random = Xoshiro256StarStar(seed: 0, streamIndex: 0)
    private let materialCount: Int

    init(cascade: PreparedCascade) {
        self.cascade = cascade
        materialCount = cascade.spectra.count
        tally = TrackLengthAccumulator(binCount: cascade.binCount, materialCount: cascade.spectra.count)
        stack.reserveCapacity(256)
    }

    /// Simulates shower number `index` and closes it into the tally; returns its energy balance.
    @discardableResult
    mutating func simulateShower(index: Int) -> ShowerEnergyBalance {
        random = Xoshiro256StarStar(seed: cascade.seed, streamIndex: UInt64(index))
        balance = ShowerEnergyBalance()
        stack.removeAll(keepingCapacity: true)
        stack.append(ShowerParticle(energyGeV: cascade.beamEnergyGeV, position: .front,
                                    kind: cascade.beamCharge == .electron ? .electron : .positron, isPrimary: true))
        while let particle = stack.popLast() {
            if particle.kind == .photon { transportPhoton(particle) } else { transportCharged(particle) }
        }
        let result = balance
        tally.closeShower(balance: result, beamEnergyGeV: cascade.beamEnergyGeV)
        return result
    }

    /// Pushes a new particle, or books it as stopped when it is below the energy cut.
    private mutating func emit(_ kind: ShowerParticle.Kind, energyGeV: Double, at position: StackPosition) {
        if energyGeV > cascade.energyCutGeV {
            stack.append(ShowerParticle(energyGeV: energyGeV, position: position, kind: kind, isPrimary: false))
        } else {
            balance.belowCutGeV += energyGeV
        }
    }

    /// Photon: the distance to the pair conversion in mean free paths, −ln u, added to the optical
    /// depth of its position and mapped back to a position by the stack.
    private mutating func transportPhoton(_ photon: ShowerParticle) {
        let opticalDepth = -log(random.nextOpenUnit())
        let target = (cascade.photonRates * cascade.stack.materialDepthsX0(at: photon.position)).sum() + opticalDepth
        guard target < cascade.photonOpticalThickness else {
            balance.escapedGeV += photon.energyGeV
            return
        }
        let position = cascade.stack.position(rates: cascade.photonRates, atCumulative: target)
        guard position.period < cascade.stack.repetitions else {
            balance.escapedGeV += photon.energyGeV
            return
        }
        convert(photon.energyGeV, at: position)
    }

    /// Pair production: the electron's fraction x from ψ(x) = 1 − a x(1−x) by rejection under the
    /// flat envelope 1 (acceptance σ₀ ≈ 0.78).
    private mutating func convert(_ photonEnergyGeV: Double, at position: StackPosition) {
        let spectra = cascade.spectra[cascade.stack.layerMaterial[position.layer]]
        var x: Double
        repeat {
            x = random.nextOpenUnit()
        } while random.nextOpenUnit() > spectra.pairSpectrum(x)
        let electronEnergy = x * photonEnergyGeV
        emit(.electron, energyGeV: electronEnergy, at: position)
        emit(.positron, energyGeV: photonEnergyGeV - electronEnergy, at: position)
    }

    /// Every material's continuous loss per X₀ at energy E [GeV]: ionisation + E∫₀^{y_c}φ(y)dy
    /// with ∫₀^y φ = a(y − y²/2) + y³/3
    /// (``TsaiCompleteScreening/softBremsstrahlungEnergyFractionPerRadiationLength(fractionCut:)``).
    @inline(__always)
    private func continuousLossPerRadiationLength(energyGeV: Double) -> MaterialVector {
        let y = min(cascade.softPhotonCutGeV / energyGeV, 1)
        let soft = cascade.bremsstrahlungCoefficient * (y - 0.5 * y * y) + MaterialVector(repeating: y * y * y / 3)
        return cascade.ionizationGeVPerRadiationLength + energyGeV * soft
    }

    /// e⁻ or e⁺: moves from candidate bremsstrahlung to candidate bremsstrahlung (or to its stop or
    /// the back face), across any number of layers, tallying track length.
    ///
    /// Speed (this loop is the program's hot path): the majorant λ̂ (hard photons per X₀) is
    /// evaluated only after an emission, at the energy then; it stays a majorant while continuous
    /// losses lower E. The exponential "optical depth" to the next candidate is in units of the
    /// majorant, which per X₀ is the same in every material, so the candidate's depth in X₀ needs
    /// no walk through the layers. The current bin is tracked by comparisons. Candidates are
    /// accepted without a logarithm when u·λ̂ lies below a lower bound of λ̂(E′) from
    /// dλ̂/dE ≤ a/E + k²/E³.
    private mutating func transportCharged(_ particle: ShowerParticle) {
        var energy = particle.energyGeV, position = particle.position
        let chargeIndex = particle.kind == .electron ? 0 : 1
        let cut = cascade.energyCutGeV, softCut = cascade.softPhotonCutGeV
        // λ̂_m(E) = a_m·ℓ(E) + q(E) with ℓ = −ln y − 1 + y, q = (1 − y²)/2, y = k_cut/E; the
        // majorant uses the largest a of the target's materials so it holds in every layer.
        var majorantEnergy = energy
        var (logTerm, quadraticTerm) = Self.bremsstrahlungTerms(energyGeV: energy, softCutGeV: softCut)
        var majorantPerRadiationLength = cascade.largestBremsstrahlungCoefficient * logTerm + quadraticTerm
        var opticalDepth = -log(random.nextOpenUnit())
        var bin = binIndex(energy)
        var depths = cascade.stack.materialDepthsX0(at: position)
        while true {
            guard position.period < cascade.stack.repetitions else {
                balance.escapedGeV += energy
                return
            }
            let depthX0 = depths.sum()
            let distanceX0 = majorantPerRadiationLength > 0 ? opticalDepth / majorantPerRadiationLength : .infinity
            let reachesBack = depthX0 + distanceX0 >= cascade.thicknessX0
            let candidate = reachesBack
                ? cascade.stack.back
                : cascade.stack.position(rates: cascade.stack.unitRates, atCumulative: depthX0 + distanceX0)
            if continuousLoss(from: &position, depths: &depths, to: candidate, energyGeV: &energy, bin: &bin,
                              chargeIndex: chargeIndex, isPrimary: particle.isPrimary) {
                balance.belowCutGeV += energy
                return
            }
            if reachesBack {
                balance.escapedGeV += energy
                return
            }
            opticalDepth = -log(random.nextOpenUnit())
            // Thinning: a real emission with probability λ̂_m(E′)/majorant.
            let spectra = cascade.spectra[cascade.stack.layerMaterial[position.layer]]
            let threshold = random.nextOpenUnit() * majorantPerRadiationLength
            let a = spectra.bremsstrahlungLeadingCoefficient
            let slopeBound = a / energy + softCut * softCut / (energy * energy * energy)
            let lowerBound = a * logTerm + quadraticTerm - slopeBound * (majorantEnergy - energy)
            if energy <= softCut || threshold > lowerBound {
                let actual = spectra.hardBremsstrahlungPerRadiationLength(fractionCut: softCut / energy)
                if threshold > actual { continue }
            }
            let photonEnergy = energy * sampleBremsstrahlungFraction(spectra, fractionCut: softCut / energy)
            energy -= photonEnergy
            emit(.photon, energyGeV: photonEnergy, at: position)
            if energy <= cut {
                balance.belowCutGeV += energy
                return
            }
            bin = lowerBin(from: bin, energyGeV: energy)
            majorantEnergy = energy
            (logTerm, quadraticTerm) = Self.bremsstrahlungTerms(energyGeV: energy, softCutGeV: softCut)
            majorantPerRadiationLength = cascade.largestBremsstrahlungCoefficient * logTerm + quadraticTerm
        }
    }

    /// The largest fraction of its energy a particle loses continuously in one substep.
    static let maximumSubstepEnergyFraction = 0.1

    /// Moves a particle continuously from `position` (whose material depths are `depths`) towards
    /// `end`, booking the energy lost and tallying its track; returns true if it stops (reaches the
    /// energy cut) first, with `position` then where it stopped.
    ///
    /// The path is cut into substeps that end at every bin edge the energy crosses, at the cut,
    /// and after at most ``maximumSubstepEnergyFraction`` of the energy. In a substep every
    /// material's loss rate is taken at the substep's midpoint energy (the midpoint rule, second
    /// order in the rate's relative change across the substep, ≲ 10⁻⁴ here), so the energy lost
    /// is Σ_m rate_m·ΔX₀_m and the stack's inverse map gives where the substep ends. Because
    /// substeps end on the bin edges, each bin's track length is a midpoint-rule integral of
    /// dx/dE too, with no first-order error from where a particle starts or stops in the bin.
    @inline(__always)
    private mutating func continuousLoss(from position: inout StackPosition, depths: inout MaterialVector,
                                         to end: StackPosition, energyGeV energy: inout Double, bin: inout Int,
                                         chargeIndex: Int, isPrimary: Bool) -> Bool {
        let binCount = cascade.binCount
        let cut = cascade.energyCutGeV
        let endDepths = cascade.stack.materialDepthsX0(at: end)
        while true {
            var boundary = bin >= binCount ? cascade.edgesGeV[binCount] : (bin >= 0 ? cascade.edgesGeV[bin] : cut)
            if boundary <= cut {
                boundary = cut
            } else if energy <= boundary {
                // Exactly on the bin's lower edge: the energy below belongs to the bin below.
                bin = min(bin, binCount) - 1
                continue
            }
            let target = max(boundary, (1 - Self.maximumSubstepEnergyFraction) * energy)
            var rates = continuousLossPerRadiationLength(energyGeV: 0.5 * (energy + target))
            let available = (rates * (endDepths - depths)).sum()
            let reachesTarget = available >= energy - target
            let next: StackPosition, nextDepths: MaterialVector, newEnergy: Double
            if reachesTarget {
                // Mostly the substep ends in the layer it starts in: then no walk through the stack.
                let material = cascade.stack.layerMaterial[position.layer]
                let advanceX0 = (energy - target) / rates[material]
                let offset = position.offsetX0 + advanceX0
                if position.period < cascade.stack.repetitions && offset < cascade.stack.layerThicknessX0[position.layer] {
                    next = StackPosition(period: position.period, layer: position.layer, offsetX0: offset)
                    nextDepths = depths + advanceX0 * cascade.stack.layerIndicator[position.layer]
                } else {
                    next = cascade.stack.position(rates: rates, atCumulative: (rates * depths).sum() + (energy - target))
                    nextDepths = cascade.stack.materialDepthsX0(at: next)
                }
                newEnergy = target
            } else {
                // The end comes first: redo the midpoint with the energy there.
                rates = continuousLossPerRadiationLength(energyGeV: energy - 0.5 * available)
                next = end
                nextDepths = endDepths
                newEnergy = max(energy - (rates * (endDepths - depths)).sum(), target)
            }
            bookSubstep(lengthsX0: nextDepths - depths, lostGeV: energy - newEnergy, bin: bin,
                        chargeIndex: chargeIndex, isPrimary: isPrimary)
            energy = newEnergy
            position = next
            depths = nextDepths
            if energy <= cut { return true }
            if !reachesTarget { return false }
        }
    }

    /// Books a substep inside one bin: the track length in each material (its X₀ there times its
    /// radiation length) to the bin's tallies, and the energy lost to ionisation and soft photons.
    @inline(__always)
    private mutating func bookSubstep(lengthsX0: MaterialVector, lostGeV: Double, bin: Int,
                                      chargeIndex: Int, isPrimary: Bool) {
        let binCount = cascade.binCount
        let ionization = (cascade.ionizationGeVPerRadiationLength * lengthsX0).sum()
        balance.ionizationGeV += ionization
        balance.softPhotonGeV += lostGeV - ionization
        guard bin >= 0 && bin < binCount else { return }
        let lengthsCm = lengthsX0 * cascade.stack.radiationLengthCm
        for m in 0..<materialCount where lengthsCm[m] > 0 {
            tally.currentShower[(2 * m + chargeIndex) * binCount + bin] += lengthsCm[m]
            if isPrimary { tally.currentShower[(2 * materialCount + m) * binCount + bin] += lengthsCm[m] }
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
    /// the logarithm and corrected against the stored edges so it agrees with them exactly.
    @inline(__always)
    private func binIndex(_ energyGeV: Double) -> Int {
        let binCount = cascade.binCount
        if energyGeV < cascade.edgesGeV[0] { return -1 }
        if energyGeV >= cascade.edgesGeV[binCount] { return binCount }
        var bin = min(max(Int((log(energyGeV) - cascade.logMinimumEnergy) * cascade.inverseLogBinWidth), 0), binCount - 1)
        while bin > 0 && energyGeV < cascade.edgesGeV[bin] { bin -= 1 }
        while bin < binCount - 1 && energyGeV >= cascade.edgesGeV[bin + 1] { bin += 1 }
        return bin
    }
}

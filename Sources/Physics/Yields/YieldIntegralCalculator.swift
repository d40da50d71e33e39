/// The coupling-independent yield integrals at one mass: I_rad for ε = 1 and I_res per unit |Π(m²)|² BR_inv
/// (docs/PHYSICS.md §10), from which every experiment and scenario scales its events.
public struct PerUnitYieldIntegrals: Sendable, Hashable {
    /// I_rad [cm³ per primary].
    public var radiativeCm3: Double
    /// I_res [cm³ per primary], per unit |Π|² BR_inv.
    public var resonantCm3: Double

    /// Memberwise initialiser.
    public init(radiativeCm3: Double, resonantCm3: Double) {
        self.radiativeCm3 = radiativeCm3
        self.resonantCm3 = resonantCm3
    }

    /// Radiative and resonant events for `exposure` at strength |Π(m²)|² BR_inv = `piSquaredTimesBranching`.
    public func events(exposure: Exposure, piSquaredTimesBranching strength: Double) -> (radiative: Double, resonant: Double) {
        let yield = SignalYield(exposure: exposure, radiativeIntegralCm3: radiativeCm3, resonantIntegralCm3: resonantCm3)
        return (yield.radiativeEvents(piSquaredTimesBranching: strength), yield.resonantEvents(piSquaredTimesBranching: strength))
    }
}

/// Computes `PerUnitYieldIntegrals` for one beam's track lengths in the yield target (`YieldTarget`).
public struct YieldIntegralCalculator: Sendable {
    /// T±(E) in the yield target (lead) for this beam.
    public let trackLengths: TrackLengthHistogram
    /// η(E).
    public let efficiency: TabulatedEfficiency
    /// IWW (default) or WW strahlung cross section (docs/PHYSICS.md §7).
    public let approximation: StrahlungApproximation
    /// Whether the resonant term uses σ_atom with the atomic-electron momentum distribution (docs/PHYSICS.md §6).
    public let atomicMotion: Bool
    /// The materials whose electrons the positrons annihilate on (lead alone by default).
    public let resonantTargets: [ResonantTarget]
    /// K(m) = I_rad(ETL)/I_rad(IWW) multiplying I_rad (the exact tree level, docs/PHYSICS.md §7), or nil for `approximation` as is.
    public let exactTreeLevelFactors: StrahlungKFactorCurve?

    /// A calculator for one beam; `resonantTargets` nil means lead alone, with `trackLengths`.
    public init(
        trackLengths: TrackLengthHistogram, efficiency: TabulatedEfficiency, approximation: StrahlungApproximation,
        atomicMotion: Bool, resonantTargets: [ResonantTarget]? = nil, exactTreeLevelFactors: StrahlungKFactorCurve? = nil
    ) {
        precondition(
            exactTreeLevelFactors == nil || approximation == .improvedWeizsackerWilliams, "K(m) multiplies the IWW cross section")
        self.trackLengths = trackLengths
        self.efficiency = efficiency
        self.approximation = approximation
        self.atomicMotion = atomicMotion
        self.resonantTargets = resonantTargets ?? [.lead(trackLengths)]
        self.exactTreeLevelFactors = exactTreeLevelFactors
    }

    /// Both integrals at `massGeV`.
    public func integrals(massGeV: Double) -> PerUnitYieldIntegrals {
        integrals(massGeV: massGeV, sharing: RadiativeEnergyMemo())
    }

    /// Both integrals at `massGeV`, with the x-integrated strahlung cross section F(E) (which depends on
    /// the mass and energy, not on the track lengths) shared through `memo` by calculators of the same
    /// mass: electron- and positron-beam histograms with the same bin edges evaluate F at the same
    /// Gauss–Legendre nodes, so the second beam costs little more than its resonant term.
    public func integrals(massGeV: Double, sharing memo: RadiativeEnergyMemo) -> PerUnitYieldIntegrals {
        let lowest = efficiency.lowestSignalEnergyGeV
        let radiative = radiative(crossSection: strahlungCrossSection(massGeV: massGeV), reuse: { memo.value(at: $0, $1) })
        return PerUnitYieldIntegrals(
            radiativeCm3: radiative * exactTreeLevelFactor(massGeV: massGeV),
            resonantCm3: resonant(massGeV: massGeV, lowestSignalEnergyGeV: lowest))
    }

    /// The strahlung cross section at `massGeV`, its flux table sized for the histogram's top energy.
    func strahlungCrossSection(massGeV: Double) -> StrahlungCrossSection {
        StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, approximation: approximation,
            maximumBeamEnergyGeV: trackLengths.binEdgesGeV[trackLengths.binCount])
    }

    /// I_rad before K(m), with F(E) through `reuse` (`RadiativeYieldIntegral.integralCm3`).
    func radiative(crossSection: StrahlungCrossSection, reuse: (Double, () -> Double) -> Double) -> Double {
        RadiativeYieldIntegral.integralCm3(
            crossSection: crossSection, trackLengths: trackLengths, lowestSignalEnergyGeV: efficiency.lowestSignalEnergyGeV,
            efficiency: { efficiency($0) }, reuse: reuse)
    }

    /// K(m) at `massGeV`, 1 without exact-tree-level factors.
    func exactTreeLevelFactor(massGeV: Double) -> Double {
        guard let curve = exactTreeLevelFactors else { return 1 }
        guard let k = curve.factor(atMassGeV: massGeV) else { preconditionFailure("m = \(massGeV) GeV is outside the K(m) grid") }
        return k
    }

    /// I_res per unit |Π|² BR_inv, summed over the resonant targets, per lead atom.
    public func resonant(massGeV: Double, lowestSignalEnergyGeV lowest: Double) -> Double {
        resonantTargets.reduce(0) { $0 + resonant(on: $1, massGeV: massGeV, lowestSignalEnergyGeV: lowest) }
    }

    /// One target's I_res per lead atom: narrow width on electrons at rest or Doppler-smeared by atomic motion.
    public func resonant(on target: ResonantTarget, massGeV: Double, lowestSignalEnergyGeV lowest: Double) -> Double {
        guard atomicMotion else {
            return ResonantYieldIntegral.integralCm3(
                crossSection: .narrowWidth(bosonMassGeV: massGeV, piSquaredTimesBranching: 1), trackLengths: target.trackLengths,
                atomicNumber: target.electronsPerLeadAtom, efficiency: { efficiency($0) })
        }
        guard let atomic = target.atomicMotionCrossSection(massGeV: massGeV) else { return 0 }
        let edges = target.trackLengths.binEdgesGeV
        guard atomic.support.upperBound > max(lowest, edges[0]), atomic.support.lowerBound < edges[edges.count - 1] else {
            return 0
        }
        return ResonantYieldIntegral.integralCm3(
            crossSection: .perAtom(supportGeV: atomic.support, peakEnergyGeV: atomic.peakGeV, crossSectionCm2: atomic.crossSectionCm2),
            trackLengths: target.trackLengths, atomicNumber: target.electronsPerLeadAtom, efficiency: { efficiency($0) })
    }
}

extension ResonantTarget {
    /// σ_atom(E₊) per lead atom [cm²] per unit |Π(m²)|² BR_inv, with its support and peak; nil when the mass has none.
    ///
    /// Narrow width: the Z′ width is far below the Doppler spread of the atomic electrons, so σ_atom is the
    /// kernel-smeared δ-resonance (AtomicMotionKernel.narrowWidthCrossSectionPerAtom) per kernel unit (atom or
    /// molecule), divided by its electrons and times the target's electrons per lead atom. Y_m is computed once per
    /// mass, not per node (the same value: the same bits).
    func atomicMotionCrossSection(
        massGeV: Double
    ) -> (support: ClosedRange<Double>, peakGeV: Double, crossSectionCm2: @Sendable (Double) -> Double)? {
        let kernel = self.kernel
        let perElectron = electronsPerLeadAtom / Double(kernel.atomicNumber)
        guard let (support, peak) = kernel.narrowWidthSupport(bosonMassGeV: massGeV),
            let rapidity = AtomicMotionKernel.resonanceRapidity(bosonMassGeV: massGeV)
        else { return nil }
        return (
            support, peak,
            { energy in
                perElectron * kernel.narrowWidthCrossSectionPerAtom(positronEnergyGeV: energy, resonanceRapidity: rapidity)
                    * PhysicalConstants.inverseGeV2InCm2
            }
        )
    }
}

/// F(E) values already computed at one mass, keyed by the exact energy (the memo is only shared by
/// calculators with the same mass, approximation and efficiency). Used inside one task; not Sendable.
public final class RadiativeEnergyMemo {
    /// An empty memo.
    public init() {}

    private var values: [Double: Double] = [:]

    /// The memoised value at `energy`, computing it on first use.
    public func value(at energy: Double, _ compute: () -> Double) -> Double {
        if let known = values[energy] { return known }
        let value = compute()
        values[energy] = value
        return value
    }
}

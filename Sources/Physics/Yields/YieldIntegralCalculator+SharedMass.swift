import Foundation

extension YieldIntegralCalculator {
    /// `integrals(massGeV:)` of every calculator in `calculators` (e.g. the beams and the sampled ECAL thresholds of a
    /// limit scan), the same numbers to the bit, with the work they have in common done once.
    ///
    /// - F(E) once per energy for the calculators with the same efficiency (and flux table); for other efficiencies,
    ///   (1 − x) dσ/dx at the quadrature panels of F(E) that an earlier efficiency's F(E) already evaluated (the
    ///   efficiencies' integrals over w start from the same panels and mostly halve the same ones). The energies are
    ///   visited one at a time, so the shared panels stay few.
    /// - σ_atom(E₊) and ln E₊ at the quadrature panels of I_res that an earlier calculator evaluated on the same target
    ///   (same material, electrons and kernel) in the same bin; the bins are visited one at a time.
    public static func integrals(massGeV: Double, calculators: [YieldIntegralCalculator]) -> [PerUnitYieldIntegrals] {
        let radiative = sharedRadiative(massGeV: massGeV, calculators)
        let resonant = sharedResonant(massGeV: massGeV, calculators)
        return calculators.indices.map { c in
            PerUnitYieldIntegrals(
                radiativeCm3: radiative[c] * calculators[c].exactTreeLevelFactor(massGeV: massGeV), resonantCm3: resonant[c])
        }
    }

    /// Whether F(E) is the same function for both calculators: the same approximation, efficiency and histogram top
    /// energy (which sizes the flux table, hence χ to the bit).
    func hasSameStrahlungIntegrand(as other: YieldIntegralCalculator) -> Bool {
        approximation == other.approximation && efficiency.energiesGeV == other.efficiency.energiesGeV
            && efficiency.values == other.efficiency.values
            && trackLengths.binEdgesGeV[trackLengths.binCount] == other.trackLengths.binEdgesGeV[other.trackLengths.binCount]
    }

    /// I_rad before K(m) of every calculator.
    static func sharedRadiative(massGeV: Double, _ calculators: [YieldIntegralCalculator]) -> [Double] {
        // One group per distinct F(E): its representative and its cross section.
        var groups: [(calculator: YieldIntegralCalculator, crossSection: StrahlungCrossSection)] = []
        let groupOf = calculators.map { calculator in
            if let known = groups.firstIndex(where: { $0.calculator.hasSameStrahlungIntegrand(as: calculator) }) { return known }
            groups.append((calculator, calculator.strahlungCrossSection(massGeV: massGeV)))
            return groups.count - 1
        }
        // The energies at which the groups need F, in the order the integrals first ask for them, the groups that need
        // each, and every calculator's requests as indices into them (its integral asks again in the same order).
        var energies: [Double] = []
        var indexOf: [Double: Int] = [:]
        var needs: [[Int]] = []
        var requests: [[Int]] = []
        for (c, calculator) in calculators.enumerated() {
            let group = groupOf[c]
            var sequence: [Int] = []
            _ = calculator.radiative(crossSection: groups[group].crossSection) { energy, _ in
                let index: Int
                if let known = indexOf[energy] {
                    index = known
                } else {
                    index = energies.count
                    indexOf[energy] = index
                    energies.append(energy)
                    needs.append([])
                }
                if !needs[index].contains(group) { needs[index].append(group) }
                sequence.append(index)
                return 0
            }
            requests.append(sequence)
        }
        let panels = SharedPanelValues(componentCount: 2)
        let lowest = groups.map(\.calculator.efficiency.lowestSignalEnergyGeV)
        var values = [[Double]](repeating: [Double](repeating: .nan, count: energies.count), count: groups.count)
        for (index, energy) in energies.enumerated() {
            panels.removeAll()
            for group in needs[index] {
                let (calculator, crossSection) = groups[group]
                values[group][index] = RadiativeYieldIntegral.efficiencyWeightedCrossSectionCm2(
                    crossSection: crossSection, beamEnergyGeV: energy, lowestSignalEnergyGeV: lowest[group],
                    efficiency: calculator.efficiency, sharing: panels)
            }
        }
        return calculators.enumerated().map { c, calculator in
            let group = groupOf[c], sequence = requests[c]
            var cursor = 0
            return calculator.radiative(crossSection: groups[group].crossSection) { energy, _ in
                let index = sequence[cursor]
                precondition(energies[index] == energy, "the integral asks for F(E) in the order it did before")
                cursor += 1
                return values[group][index]
            }
        }
    }

    /// I_res of every calculator, summed over its targets in order as `resonant(massGeV:lowestSignalEnergyGeV:)` does.
    static func sharedResonant(massGeV: Double, _ calculators: [YieldIntegralCalculator]) -> [Double] {
        var perTarget = calculators.map { [Double](repeating: 0, count: $0.resonantTargets.count) }
        // The atomic-motion integrals, grouped by target cross section; the others as they are.
        var groups: [[(calculator: Int, target: Int)]] = []
        for (c, calculator) in calculators.enumerated() {
            for (t, target) in calculator.resonantTargets.enumerated() {
                guard calculator.atomicMotion else {
                    perTarget[c][t] = calculator.resonant(
                        on: target, massGeV: massGeV, lowestSignalEnergyGeV: calculator.efficiency.lowestSignalEnergyGeV)
                    continue
                }
                let member = (calculator: c, target: t)
                if let known = groups.firstIndex(where: {
                    calculators[$0[0].calculator].resonantTargets[$0[0].target].sharesCrossSection(with: target)
                }) {
                    groups[known].append(member)
                } else {
                    groups.append([member])
                }
            }
        }
        for group in groups {
            let first = calculators[group[0].calculator].resonantTargets[group[0].target]
            guard let (support, peak, sigma) = first.atomicMotionCrossSection(massGeV: massGeV) else { continue }
            // The members whose histogram overlaps the support above their efficiency's lowest energy.
            let members = group.filter { member in
                let edges = calculators[member.calculator].resonantTargets[member.target].trackLengths.binEdgesGeV
                let lowest = calculators[member.calculator].efficiency.lowestSignalEnergyGeV
                return support.upperBound > max(lowest, edges[0]) && support.lowerBound < edges[edges.count - 1]
            }
            guard !members.isEmpty else { continue }
            let histograms = members.map { calculators[$0.calculator].resonantTargets[$0.target].trackLengths }
            let smooth = histograms.map { SmoothTrackLength($0, .positrons) }
            let panels = SharedPanelValues(componentCount: 2)
            var totals = [Double](repeating: 0, count: members.count)
            func addBin(_ i: Int, of m: Int) {
                guard let (lo, hi) = ResonantYieldIntegral.overlap(bin: i, support: support, trackLengths: histograms[m], smooth: smooth[m])
                else { return }
                let efficiency = calculators[members[m].calculator].efficiency
                totals[m] += ResonantYieldIntegral.binIntegralCm3(
                    bin: i, fromGeV: lo, toGeV: hi, peakEnergyGeV: peak, crossSectionCm2: sigma, sharing: panels, smooth: smooth[m],
                    efficiency: efficiency)
            }
            if histograms.allSatisfy({ $0.binEdgesGeV == histograms[0].binEdgesGeV }) {
                // Bin by bin: a bin's panels cannot recur in another bin.
                for i in 0..<histograms[0].binCount {
                    for m in members.indices { addBin(i, of: m) }
                    panels.removeAll()
                }
            } else {
                for m in members.indices { for i in 0..<histograms[m].binCount { addBin(i, of: m) } }
            }
            for (m, member) in members.enumerated() { perTarget[member.calculator][member.target] = totals[m] }
        }
        return perTarget.map { $0.reduce(0, +) }
    }
}

extension ResonantTarget {
    /// Whether σ_atom per lead atom is the same function on both targets (their track lengths may differ).
    func sharesCrossSection(with other: ResonantTarget) -> Bool {
        name == other.name && electronsPerLeadAtom == other.electronsPerLeadAtom && kernel.hasSameTable(as: other.kernel)
    }
}

extension AtomicMotionKernel {
    /// Whether both kernels evaluate K from the same table (then they agree to the bit everywhere).
    func hasSameTable(as other: AtomicMotionKernel) -> Bool {
        maximumRapidity == other.maximumRapidity && scale == other.scale && step == other.step && values == other.values
            && slopes == other.slopes
    }
}

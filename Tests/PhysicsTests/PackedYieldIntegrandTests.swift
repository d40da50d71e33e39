import Foundation
import Testing
@testable import Physics

/// The panel-at-a-time forms of the yield integrands (η for a whole panel, dσ/dx and T₊ two points at a time) give the
/// numbers of their scalar forms to the bit (`==`), inside and outside their ranges.
@Suite struct PackedYieldIntegrandTests {
    /// `TabulatedEfficiency.evaluate` against `callAsFunction` at nodes, between them, at the ends, outside the grid, at
    /// ±∞ and NaN, in batches of every length from 1 to 17 (odd lengths end on the scalar lane; batches within a few
    /// intervals take the counting path, the others the search) on two grids.
    @Test func efficiencyBatchEqualsScalar() {
        let model = SignalEfficiency()
        let grid = model.energyGridGeV(points: 201, densePoints: 41, denseWidthSigmas: 4)
        let tables = [
            model.tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV),
            model.withThreshold(47.338105).tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV)
        ]
        for table in tables {
            let x = table.energiesGeV
            var points: [Double] = [-1, x[0].nextDown, x[x.count - 1].nextUp, 1e3, .infinity, -.infinity, x[x.count - 1], .nan]
            for i in 0..<(x.count - 1) { points += [x[i], 0.5 * (x[i] + x[i + 1]), x[i].nextUp, x[i + 1].nextDown] }
            for length in 1...17 {
                var start = 0
                while start < points.count {
                    let batch = Array(points[start..<min(start + length, points.count)])
                    var out = [Double](repeating: -7, count: batch.count)
                    batch.withUnsafeBufferPointer { input in
                        out.withUnsafeMutableBufferPointer { table.evaluate(input.baseAddress!, count: batch.count, into: $0.baseAddress!) }
                    }
                    for (energy, value) in zip(batch, out) {
                        #expect(value.bitPattern == table(energy).bitPattern, "at E = \(energy)")
                    }
                    start += length
                }
            }
            #expect(tables.allSatisfy { $0(60) > 0.5 }, "η is not trivially zero on the plateau")
        }
    }

    /// On a grid whose nodes cluster far below any bucket's width (a search then takes several steps and the bucket table
    /// stops refining at its cap), η still interpolates in the interval `LinearInterpolator` finds, one energy at a time
    /// and in batches.
    @Test func clusteredGridKeepsLinearInterpolation() {
        var energies: [Double] = [0]
        energies += (1...40).map { 10 + Double($0) * 1e-9 }
        energies += [20, 20.5, 21, 60, 60 + 1e-12, 100]
        let values = energies.indices.map { 0.5 + 0.4 * sin(Double($0)) }
        let table = TabulatedEfficiency(energiesGeV: energies, values: values)
        let line = LinearInterpolator(x: energies, y: values)
        var points = energies.dropLast().map { $0 }
        for i in 0..<(energies.count - 1) { points += [0.5 * (energies[i] + energies[i + 1]), energies[i + 1].nextDown] }
        points += (0..<997).map { Double($0) * 0.1003 }
        for point in points {
            #expect(table(point) == line(point)!, "at E = \(point)")
        }
        var out = [Double](repeating: 0, count: points.count)
        points.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { table.evaluate(input.baseAddress!, count: points.count, into: $0.baseAddress!) }
        }
        #expect(out == points.map { line($0)! })
    }

    /// The IWW dσ/dx two x at a time equals the scalar form lane by lane: across the kinematic range, at and beyond its
    /// ends, below the boson's threshold (β = 0) and with a lepton mass that makes U₀ tiny near x → 1.
    @Test(arguments: [(0.01, 100.0), (0.2, 3.0), (1.0, 1.01)])
    func differentialPairEqualsScalar(massGeV: Double, energyGeV: Double) {
        let crossSection = StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, approximation: .improvedWeizsackerWilliams,
            maximumBeamEnergyGeV: 100)
        let chi = crossSection.improvedChi(beamEnergyGeV: energyGeV)
        let differential = crossSection.improvedDifferential(beamEnergyGeV: energyGeV, chi: chi)
        var xs: [Double] = [-0.5, 0, 1, 1.5, differential.lowestX, differential.highestX, differential.lowestX.nextUp]
        xs += [differential.highestX.nextDown, .nan]
        xs += (0...400).map { Double($0) / 400 }
        xs += (0...100).map { differential.lowestX + (differential.highestX - differential.lowestX) * Double($0) / 100 }
        var nonZero = 0
        for (first, second) in zip(xs, xs.reversed()) {
            let pair = differential(SIMD2(first, second))
            #expect(pair[0].bitPattern == differential(first).bitPattern, "at x = \(first)")
            #expect(pair[1].bitPattern == differential(second).bitPattern, "at x = \(second)")
            if pair[0] > 0 { nonZero += 1 }
        }
        #expect(nonZero > 50, "the range holds non-zero values")
    }

    /// T₊'s interval derivative two points at a time equals the scalar form, inside and beyond its interval.
    @Test func intervalDerivativePairEqualsScalar() {
        let smooth = SmoothTrackLength(YieldTestFixtures.histogram(), .positrons)
        for bin in [0, smooth.binCount / 2, smooth.binCount - 1] {
            let derivative = smooth.logDensity(bin: bin)
            let lo = smooth.logEdges[bin], hi = smooth.logEdges[bin + 1]
            let us = (0...64).map { lo + (hi - lo) * (Double($0) / 50 - 0.1) }
            for (first, second) in zip(us, us.reversed()) {
                let pair = derivative(SIMD2(first, second))
                #expect(pair[0].bitPattern == derivative(first).bitPattern)
                #expect(pair[1].bitPattern == derivative(second).bitPattern)
                #expect(derivative(first) == smooth.logDensity(bin: bin, logEnergy: first))
            }
        }
    }

    /// The panel form of the shared-panel quadrature equals the scalar integral when its panel callbacks compute the
    /// scalar integrand's numbers, also reversed; a second integral on the memo finds the first one's panels.
    @Test func panelFormEqualsScalar() {
        func shared(_ x: Double) -> Double { 1 / (1e-8 + (x - 0.3) * (x - 0.3)) }
        let memo = SharedPanelValues(componentCount: 2)
        for (a, b) in [(0.0, 2.0), (2.0, 0.0), (0.0, 2.0)] {
            let plain = AdaptiveQuadrature.integrate(from: a, to: b, breakpoints: [0.3], relativeTolerance: 1e-12) {
                shared($0) * exp(-$0) + log1p($0)
            }
            let panel = AdaptiveQuadrature.integrate(
                from: a, to: b, breakpoints: [0.3], relativeTolerance: 1e-12, sharing: memo,
                sharedPanel: { points, out in
                    for p in 0..<AdaptiveQuadrature.panelPointCount {
                        out[p] = shared(points[p])
                        out[AdaptiveQuadrature.panelPointCount + p] = log1p(points[p])
                    }
                },
                combinePanel: { points, stored, values in
                    for p in 0..<AdaptiveQuadrature.panelPointCount {
                        values[p] = stored[p] * exp(-points[p]) + stored[AdaptiveQuadrature.panelPointCount + p]
                    }
                })
            #expect(panel == plain)
            #expect(plain.evaluations > 15 * 10, "a subdivided integral")
        }
        #expect(memo.hits > 0)
    }
}

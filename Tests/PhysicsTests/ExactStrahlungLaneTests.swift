import Foundation
import Numerics
import Testing
@testable import Physics

/// The two-lane exact-strahlung algebra must give, in each lane, the scalar algebra's numbers: compared with `==` (no
/// tolerance; −0 == +0, the only difference allowed).
@Suite("Exact-strahlung lanes")
struct ExactStrahlungLaneTests {
    static let spinors = ExactStrahlungShortcutTests.spinors

    static func equal(_ a: DiracSpinor, _ b: DiracSpinor) -> Bool { ExactStrahlungShortcutTests.equal(a, b) }

    static func lanes(_ a: DiracSpinor, _ b: DiracSpinor) -> DiracSpinorLanes {
        func pair(_ x: Complex<Double>, _ y: Complex<Double>) -> (AzimuthPair, AzimuthPair) {
            (AzimuthPair(x.rawStorage.x, y.rawStorage.x), AzimuthPair(x.rawStorage.y, y.rawStorage.y))
        }
        let p0 = pair(a.c0, b.c0), p1 = pair(a.c1, b.c1), p2 = pair(a.c2, b.c2), p3 = pair(a.c3, b.c3)
        return DiracSpinorLanes(r0: p0.0, i0: p0.1, r1: p1.0, i1: p1.1, r2: p2.0, i2: p2.1, r3: p3.0, i3: p3.1)
    }

    static func lanes(_ a: FourVector, _ b: FourVector) -> FourVectorLanes {
        FourVectorLanes(t: AzimuthPair(a.t, b.t), x: AzimuthPair(a.x, b.x), y: AzimuthPair(a.y, b.y), z: AzimuthPair(a.z, b.z))
    }

    @Test("Slashes, combinations and |ψ̄χ|² per lane equal the scalar ones")
    func spinorOperationsMatch() {
        let vectors = [
            FourVector(t: 1.3, x: -0.2, y: 4e-6, z: 0.9), FourVector(t: -0.37, x: 1.2e-4, y: -2.5, z: 0.37),
            FourVector(t: 5, x: -3, y: 0.5, z: 4e-7)
        ]
        let plane = FourVector(t: -0.4, x: 0.6, y: 0, z: -0.8)
        for (a, b) in zip(Self.spinors, Self.spinors.reversed()) {
            let both = Self.lanes(a, b)
            for (v, w) in zip(vectors, vectors.reversed()) {
                let slashed = both.slashed(Self.lanes(v, w), plusMass: 0.105)
                #expect(Self.equal(slashed.lane(0), a.slashed(v, plusMass: 0.105)))
                #expect(Self.equal(slashed.lane(1), b.slashed(w, plusMass: 0.105)))
                let massless = both.slashed(Self.lanes(v, w))
                #expect(Self.equal(massless.lane(0), a.slashed(v)) && Self.equal(massless.lane(1), b.slashed(w)))
            }
            #expect(Self.equal(both.slashedInPlane(plane).lane(0), a.slashedInPlane(plane)))
            #expect(Self.equal(both.slashedAlongY.lane(1), b.slashedAlongY))
            let mixed = DiracSpinorLanes.combination(AzimuthPair(0.7, -3e4), both, 2.5e-3, Self.lanes(b, a))
            #expect(Self.equal(mixed.lane(0), 0.7 * a + 2.5e-3 * b) && Self.equal(mixed.lane(1), -3e4 * b + 2.5e-3 * a))
        }
    }

    @Test("Photon slashes of spinors with zero parts equal the general slash lane by lane")
    func zeroPartSlashesMatch() {
        let first = FourVector(t: 1.0000002, x: -2e-4, y: 3e-5, z: 0.9), second = FourVector(t: 1, x: 0.6, y: -0.5, z: -1e-3)
        let photon = Self.lanes(first, second)
        let (large, small) = (14.1, 3.6e-5)
        func general(_ psi: DiracSpinor) -> DiracSpinorLanes { DiracSpinorLanes(repeating: psi).slashed(photon) }
        func same(_ a: DiracSpinorLanes, _ b: DiracSpinorLanes) -> Bool {
            Self.equal(a.lane(0), b.lane(0)) && Self.equal(a.lane(1), b.lane(1))
        }
        let zero = Complex<Double>(0, 0)
        let minus = DiracSpinor(c0: zero, c1: Complex(large, 0), c2: zero, c3: Complex(small, 0))
        let plus = DiracSpinor(c0: Complex(small, 0), c1: zero, c2: Complex(large, 0), c3: zero)
        #expect(same(DiracSpinorLanes.slashedBeamMinus(photon, large: large, small: small), general(minus)))
        #expect(same(DiracSpinorLanes.slashedBeamPlus(photon, large: large, small: small), general(plus)))
        let parts = SpinorParts(p0: -0.7, p1: 2.2e-3, p2: 41, p3: -6.5e-6)
        let real = DiracSpinor(c0: Complex(-0.7, 0), c1: Complex(2.2e-3, 0), c2: Complex(41, 0), c3: Complex(-6.5e-6, 0))
        let imaginary = DiracSpinor(c0: Complex(0, -0.7), c1: Complex(0, 2.2e-3), c2: Complex(0, 41), c3: Complex(0, -6.5e-6))
        #expect(real.realParts != nil && imaginary.imaginaryParts != nil && real.imaginaryParts == nil)
        #expect(same(DiracSpinorLanes.slashed(real: parts, photon), general(real)))
        #expect(same(DiracSpinorLanes.slashed(imaginary: parts, photon), general(imaginary)))
    }

    @Test("u(p, ±) per lane equal forwardParticles, and their |ψ̄χ|² equal the scalar products'")
    func forwardSpinorsMatch() {
        let m = PhysicalConstants.electronMassGeV
        let first = FourVector(t: 0, x: 3e-6, y: -1e-6, z: 50), second = FourVector(t: 0, x: 0.02, y: 0.01, z: 0.3)
        let both = DiracSpinorLanes.forwardParticles(Self.lanes(first, second), massGeV: m)
        for (lane, p) in [first, second].enumerated() {
            let scalar = DiracSpinor.forwardParticles(p, massGeV: m)
            for (k, chi) in Self.spinors.enumerated() {
                let chiLanes = lane == 0 ? Self.lanes(chi, Self.spinors[5 - k]) : Self.lanes(Self.spinors[5 - k], chi)
                #expect(both.minus.barDotOddRealLengthSquared(chiLanes)[lane] == scalar.minus.barDotOddReal(chi).lengthSquared)
                #expect(both.plus.barDotEvenRealLengthSquared(chiLanes)[lane] == scalar.plus.barDotEvenReal(chi).lengthSquared)
            }
        }
    }

    @Test("Σ|ε_γ·A|² of two exchanges in lanes equals the scalar amplitude at each")
    func amplitudeMatches() throws {
        let m = PhysicalConstants.electronMassGeV
        var compared = 0
        for (x, theta, boson) in [(0.7, 2e-4, 0.01), (0.05, 3e-3, 0.002), (0.999, 1e-5, 0.5)] {
            let kin = try #require(
                ExactStrahlungKinematics(
                    beamEnergyGeV: 100, energyFraction: x, polarAngleRad: theta, leptonMassGeV: m, bosonMassGeV: boson,
                    nucleusMassGeV: 193))
            let prepared = ExactStrahlungAmplitude.Prepared(kinematics: kin)
            let lanes = try #require(ExactStrahlungAmplitude.Prepared.Lanes(prepared))
            for delta in [0, 1e-9 * kin.tLowerGeV2, 3 * kin.tLowerGeV2] {
                let atT = kin.exchanges(deltaAboveLowerGeV2: delta)
                let (c, s) = (AzimuthPair(cos(0.4), cos(2.2)), AzimuthPair(sin(0.4), sin(2.2)))
                let pair = atT.at(azimuthCosines: c, azimuthSines: s)
                let sDen = 2 * (kin.beamEnergyGeV * atT.q0 - kin.beamMomentumGeV * pair.q.z) - atT.t
                try #require(all(AzimuthPair(repeating: prepared.outgoingBase.z) + pair.q.z .>= 0))
                let both = prepared.summedSquared(lanes: lanes, q: pair.q, photon: pair.polarization, sDenominatorGeV2: sDen)
                for lane in 0..<2 {
                    let (q, photon, t) = atT.at(azimuthCosine: c[lane], azimuthSine: s[lane])
                    #expect(q.x == pair.q.x[lane] && q.y == pair.q.y[lane] && q.z == pair.q.z[lane] && q.t == pair.q.t[lane])
                    #expect(photon.x == pair.polarization.x[lane] && photon.z == pair.polarization.z[lane])
                    let scalarDen = 2 * (kin.beamEnergyGeV * q.t - kin.beamMomentumGeV * q.z) - t
                    #expect(scalarDen == sDen[lane])
                    let scalar = prepared.summedSquared(q: q, photon: photon, sDenominatorGeV2: scalarDen)
                    #expect(scalar > 0)
                    #expect(both[lane] == scalar)
                    compared += 1
                }
            }
        }
        #expect(compared == 18)
    }
}

/// The table's per-energy view must give its per-query numbers to the bit.
@Suite("Exact-strahlung table at one energy")
struct ExactStrahlungTableAtEnergyTests {
    @Test("ratio and dσ/dx at one energy equal the per-query methods, nodes and range ends included")
    func atEnergyMatches() {
        let table = ExactStrahlungTable(
            exact: ExactStrahlungCrossSection(bosonMassGeV: 0.02), energyRangeGeV: 40...100, energyNodeCount: 3,
            fractionNodeCount: 8)
        var positive = 0
        for energy in [30.0, 40, 57.3, 100, 120] {
            let atEnergy = table.atEnergy(energy)
            guard let range = table.exact.kinematicRangeOfX(beamEnergyGeV: energy) else {
                Issue.record("empty x range at \(energy) GeV")
                continue
            }
            var xs = [range.lowerBound, range.upperBound, 0.5 * range.lowerBound, 1.0001]
            for k in 1..<40 { xs.append(range.lowerBound + (range.upperBound - range.lowerBound) * Double(k) / 40) }
            // At (or within rounding of) a y node.
            let node = table.fractionNodes[3]
            let lower = ExactStrahlungTable.logit(range.lowerBound), upper = ExactStrahlungTable.logit(range.upperBound)
            xs.append(1 / (1 + exp(-(lower + 0.5 * (node + 1) * (upper - lower)))))
            for x in xs {
                #expect(atEnergy.ratio(x: x) == table.ratio(x: x, beamEnergyGeV: energy))
                let direct = table.differentialGeV2(x: x, beamEnergyGeV: energy)
                #expect(atEnergy.differentialGeV2(x: x) == direct)
                if direct > 0 { positive += 1 }
            }
        }
        #expect(positive > 150)
    }
}

import Foundation
import Numerics
import Testing
@testable import Physics

/// The exact-strahlung amplitude's shortcuts must be the general Dirac algebra's numbers: compared with `==` (no
/// tolerance; −0 == +0, the only difference the shortcuts allow).
@Suite("Exact-strahlung shortcuts")
struct ExactStrahlungShortcutTests {
    /// Spinors with all components non-zero and of mixed signs and sizes.
    static let spinors: [DiracSpinor] = (0..<6).map { k in
        let a = Double(k) + 1
        return DiracSpinor(
            c0: Complex(0.3 * a, -1.7 / a), c1: Complex(-2.1e-5 * a, 4.4), c2: Complex(7.9 / a, 0.013 * a),
            c3: Complex(-1.1, -3.3e3 / a))
    }

    static func equal(_ a: DiracSpinor, _ b: DiracSpinor) -> Bool {
        a.c0 == b.c0 && a.c1 == b.c1 && a.c2 == b.c2 && a.c3 == b.c3
    }

    @Test("Slashes of x–z-plane vectors and of ŷ equal the general slash")
    func planeSlashesMatch() {
        let vectors = [
            FourVector(t: 0, x: 0.6, y: 0, z: -0.8), FourVector(t: -0.37, x: 1.2e-4, y: 0, z: 0.37),
            FourVector(t: 5, x: -3, y: 0, z: 4e-7)
        ]
        for psi in Self.spinors {
            for a in vectors { #expect(Self.equal(psi.slashedInPlane(a), psi.slashed(a))) }
            #expect(Self.equal(psi.slashedAlongY, psi.slashed(FourVector(t: 0, x: 0, y: 1, z: 0))))
        }
    }

    /// u(p, h) as `forwardParticle` built it before it shared its work between helicities (forward momenta).
    static func formerForwardParticle(_ p: FourVector, massGeV m: Double, helicitySign h: Double) -> DiracSpinor {
        let momentum = p.spatialMagnitude
        let energy = (momentum * momentum + m * m).squareRoot()
        let sum = momentum + p.z
        let cosHalf = (sum / (2 * momentum)).squareRoot()
        let norm = 1 / (2 * momentum * sum).squareRoot()
        let sinPhase = Complex(p.x * norm, p.y * norm)
        let xi: (Complex<Double>, Complex<Double>) = h > 0 ? (Complex(cosHalf, 0), sinPhase) : (-sinPhase.conjugate, Complex(cosHalf, 0))
        let small = m / (energy + momentum).squareRoot(), large = (energy + momentum).squareRoot()
        let lower = h > 0 ? small : large, upper = h > 0 ? large : small
        return DiracSpinor(c0: scaled(lower, xi.0), c1: scaled(lower, xi.1), c2: scaled(upper, xi.0), c3: scaled(upper, xi.1))
    }

    @Test("u(p, ±) in one call equal the former single-helicity spinors, and their real-part products equal barDot")
    func forwardSpinorsMatch() {
        let momenta = [
            FourVector(t: 0, x: 3e-6, y: -1e-6, z: 50), FourVector(t: 0, x: 0.02, y: 0.01, z: 0.3),
            FourVector(t: 0, x: 0, y: 0, z: 20)
        ]
        let m = PhysicalConstants.electronMassGeV
        for p in momenta {
            let both = DiracSpinor.forwardParticles(p, massGeV: m)
            #expect(Self.equal(both.minus, Self.formerForwardParticle(p, massGeV: m, helicitySign: -1)))
            #expect(Self.equal(both.plus, Self.formerForwardParticle(p, massGeV: m, helicitySign: 1)))
            for chi in Self.spinors {
                #expect(both.plus.barDotEvenReal(chi) == both.plus.barDot(chi))
                #expect(both.minus.barDotOddReal(chi) == both.minus.barDot(chi))
            }
        }
    }

    @Test("The exchanges at one t give the former per-azimuth exchange's vectors")
    func exchangesAtTMatch() throws {
        let kin = try #require(
            ExactStrahlungKinematics(
                beamEnergyGeV: 100, energyFraction: 0.7, polarAngleRad: 2e-4, leptonMassGeV: PhysicalConstants.electronMassGeV,
                bosonMassGeV: 0.01, nucleusMassGeV: 193))
        for delta in [0, 1e-9, 3e-4] {
            let atT = kin.exchanges(deltaAboveLowerGeV2: delta)
            for phi in [0.1, 1.3, 2.9] {
                let (cp, sp) = (cos(phi), sin(phi))
                // The former `exchange(deltaAboveLowerGeV2:azimuthCosine:azimuthSine:)`, everything per azimuth.
                let t = kin.tLowerGeV2 + delta, bigM = kin.nucleusMassGeV
                let qm = (t + t * t / (4 * bigM * bigM)).squareRoot()
                let r = 1 + kin.transfer.t / bigM
                let cosQ = -(kin.virtuality + t * r) / (2 * kin.transferMomentumGeV * qm)
                let sinQ = max(0, kin.quadraticA * delta * (kin.tUpperGeV2 - t)).squareRoot() / (2 * kin.transferMomentumGeV * qm)
                let qx = qm * (cosQ * kin.alongV.x + sinQ * cp * kin.acrossV.x)
                let qy = qm * sinQ * sp
                let qz = qm * (cosQ * kin.alongV.z + sinQ * cp * kin.acrossV.z)
                let hoisted = atT.at(azimuthCosine: cp, azimuthSine: sp)
                #expect(hoisted.t == t)
                #expect(hoisted.q.t == -t / (2 * bigM) && hoisted.q.x == qx && hoisted.q.y == qy && hoisted.q.z == qz)
                let photon = hoisted.polarization
                #expect(photon.t == 1 + t / (4 * bigM * bigM) && photon.x == -qx / (2 * bigM))
                #expect(photon.y == -qy / (2 * bigM) && photon.z == -qz / (2 * bigM))
            }
        }
    }
}

import Foundation
import Numerics
import Testing
@testable import Physics

/// Checks of the CCFR trident recast: matrix element, phase space, EPA and the Z′ limit.
struct TridentTests {
    /// Small recast for debug-build tests: 12 nodes × 1024 pairs (≈ 25 k amplitudes); its limit differs from the
    /// default (24 × 4096) by ≲ 2 % (measured in the release benchmark), far inside the tolerances used below.
    static let small: TridentRecast = {
        var parameters = TridentParameters.standard
        parameters.invariantMassNodes = 12
        parameters.pointsPerNode = 1024
        return TridentRecast(parameters: parameters)
    }()

    /// The Helm form factor is 1 at Q = 0, has its first zero at QR = 4.493 (j₁ zero), and iron's R is
    /// √(c² + 7π²a²/3 − 5s²) = 4.36 fm with c = 1.23·56^{1/3} − 0.6 = 4.106 fm (hand evaluation).
    @Test func helmFormFactor() {
        let helm = HelmFormFactor(massNumber: 56)
        #expect(abs(helm(momentumGeV: 0) - 1) < 1e-15)
        #expect(abs(helm(momentumGeV: 4.493409457909064 / helm.radiusPerGeV)) < 1e-12)
        let radiusFm = helm.radiusPerGeV * 0.1973269804
        #expect(abs(radiusFm - 4.363) < 0.005)
    }

    /// Leading-log check of the normalisation, independent of the amplitude code: for s ≫ m_μ² the photon splits into a
    /// collinear μ⁺μ⁻ pair (Weizsäcker–Williams muon density (α/2π)[x² + (1−x)²] ln(s/m²)) and ν_μ scatters on either
    /// muon through the contact interaction, σ̂(νμ⁻) = (G_F² ŝ/π)(g_L² + g_R²/3), σ̂(νμ⁺) = (G_F² ŝ/π)(g_R² + g_L²/3),
    /// g_{L,R} = (C_V ± C_A)/2 (cf. 't Hooft's ν e result). Integrating ∫dx x[x² + (1−x)²] = 1/3 gives
    /// σ(νγ) → (α G_F² s/9π²)(C_V² + C_A²) ln(s/m_μ²) + O(s). So the slope of σ/s in ln s must be
    /// (α G_F²/9π²)(C_V² + C_A²). Using two large s removes the non-logarithmic constant; the leftover O(m²/s)
    /// and the quasi-random error (~1 % with 4096 pairs each) justify a 5 % tolerance.
    @Test func leadingLogarithmSlope() {
        let kernel = NeutrinoPhotonTrident(momentumTransferFloorGeV2: 1e-3)
        let cv = 0.5 + 2 * 0.2387, ca = 0.5
        let (s1, s2) = (1e3, 1e5)
        let sigma1 = kernel.crossSection(centerOfMassEnergy2: s1, vectorCoupling: cv, axialCoupling: ca, pointCount: 4096)
        let sigma2 = kernel.crossSection(centerOfMassEnergy2: s2, vectorCoupling: cv, axialCoupling: ca, pointCount: 4096)
        let slope = (sigma2 / s2 - sigma1 / s1) / log(s2 / s1)
        let fermi = PhysicalConstants.fermiConstantPerGeV2
        let expected = PhysicalConstants.alpha * fermi * fermi / (9 * Double.pi * Double.pi) * (cv * cv + ca * ca)
        #expect(abs(slope / expected - 1) < 0.05, "slope \(slope) vs leading log \(expected)")
    }

    /// C parity: the V–A interference is odd under μ⁺ ↔ μ⁻ and cancels in the mirrored pairs (to rounding).
    /// Ward identities of the amplitude: replacing the photon polarisation by its momentum q must give zero (the muon's
    /// electromagnetic current is conserved; this needs both diagrams with the right relative sign and propagators),
    /// and contracting the weak vertex with K = p₋ + p₊ − q instead of J must kill the vector part (conserved vector
    /// current) but not the axial part (∂A = 2m_μ P). "Zero" means ≲ 10⁻¹⁰ of the physical-polarisation value.
    @Test func chargeConjugationAndWardIdentities() {
        let kernel = NeutrinoPhotonTrident()
        let samples = kernel.samples(centerOfMassEnergy2: 2, pointCount: 512, sequence: QuasiRandomSequence(dimension: 4))
        let vv = samples.reduce(0) { $0 + $1.vectorVector }
        let va = samples.reduce(0) { $0 + $1.vectorAxial }
        #expect(abs(va / vv) < 1e-10)

        let rootS = 2.0
        let q = FourVector(t: 0.5 * rootS, x: 0, y: 0, z: -0.5 * rootS)
        let m = PhysicalConstants.muonMassGeV
        // A generic configuration: μ⁻ and μ⁺ on shell, not collinear with anything.
        func onShell(_ x: Double, _ y: Double, _ z: Double) -> FourVector {
            FourVector(t: (x * x + y * y + z * z + m * m).squareRoot(), x: x, y: y, z: z)
        }
        let muon = onShell(0.31, -0.12, 0.22), antimuon = onShell(-0.18, 0.27, -0.41)
        let current = ComplexFourVector(t: Complex(0.7, 0.1), x: Complex(-0.2, 0.5), y: Complex(0.3, -0.4), z: Complex(0.6, 0.2))
        let polarizations = [FourVector(t: 0, x: 1, y: 0, z: 0), FourVector(t: 0, x: 0, y: 1, z: 0)]
        let physical = kernel.squaredAmplitudes(muon: muon, antimuon: antimuon, photon: q, current: current, polarizations: polarizations)
        let gauge = kernel.squaredAmplitudes(muon: muon, antimuon: antimuon, photon: q, current: current, polarizations: [q])
        #expect(gauge.vv < 1e-10 * physical.vv && gauge.aa < 1e-10 * physical.aa)
        let k = muon + antimuon - q
        let longitudinal = ComplexFourVector(t: Complex(k.t, 0), x: Complex(k.x, 0), y: Complex(k.y, 0), z: Complex(k.z, 0))
        let divergence = kernel.squaredAmplitudes(
            muon: muon, antimuon: antimuon, photon: q, current: longitudinal, polarizations: polarizations)
        #expect(divergence.vv < 1e-10 * divergence.aa && divergence.aa > 0)
    }

    /// Heavy Z′: at m = 10 TeV the K² dependence is invisible (|K²| ≲ 160 GeV² ≪ m²), so the full computation must
    /// equal a constant shift δC_V = g²/(√2 G_F m²) to ~|K²|/m² ≈ 10⁻⁶. And the ratio follows Altmannshofer et al.'s
    /// [(1 + 4s² + 2v²/Λ²)² + 1]/[(1 + 4s²)² + 1] up to muon-mass terms (|T_V|² ≠ |T_A|² at O(m_μ²/s)), ≲ 5 %.
    @Test func heavyLimitIsContactInteraction() {
        let recast = Self.small
        let mass = 1e4, coupling = 20.0
        let delta = coupling * coupling / (2.0.squareRoot() * PhysicalConstants.fermiConstantPerGeV2 * mass * mass)
        let full = recast.crossSectionRatio(coupling: coupling, massGeV: mass)
        let contact = recast.contactCrossSectionRatio(vectorCouplingShift: delta)
        #expect(abs(full / contact - 1) < 1e-5)
        let cv = recast.parameters.vectorCoupling, ca = recast.parameters.axialCoupling
        let leadingLog = ((cv + delta) * (cv + delta) + ca * ca) / (cv * cv + ca * ca)
        #expect(abs(contact / leadingLog - 1) < 0.05, "\(contact) vs \(leadingLog)")
        // The heavy-Z′ bound on g/m (Λ = m/g) from the contact form: here g_limit/m at 10 TeV.
        let lambdaGeV = mass / recast.couplingLimit(massGeV: mass)
        #expect(lambdaGeV > 450 && lambdaGeV < 650, "Λ = \(lambdaGeV) GeV")
    }

    /// Equivalent-photon flux: while Q R ≪ 1 (F ≈ 1 − Q²R²/10), ∫_{Q²min} dQ²/Q² F² falls by exactly
    /// 2 ln(Q₂/Q₁) between Q₁ and Q₂; at Q ~ 10⁻⁴ GeV, QR ~ 2·10⁻³, so the deviation is ~10⁻⁶.
    @Test func photonFluxLogarithm() {
        let helm = HelmFormFactor(massNumber: 56)
        let difference =
            TridentRecast.photonFlux(minimumMomentumGeV: 1e-4, formFactor: helm)
            - TridentRecast.photonFlux(minimumMomentumGeV: 2e-4, formFactor: helm)
        #expect(abs(difference - 2 * log(2.0)) < 1e-5)
    }

    /// The limit is where σ/σ_SM reaches 0.82 + 1.96·0.28 exactly, and it weakens monotonically with mass above 1 GeV.
    @Test func limitSolvesTheBound() {
        let recast = Self.small
        for mass in [0.01, 0.3, 3.0] {
            let g = recast.couplingLimit(massGeV: mass)
            #expect(abs(recast.crossSectionRatio(coupling: g, massGeV: mass) - recast.parameters.ratioBound) < 1e-10)
        }
        #expect(recast.couplingLimit(massGeV: 3) > recast.couplingLimit(massGeV: 1))
    }
}

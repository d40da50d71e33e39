import Foundation
import ComplexModule
import Testing
@testable import Physics

/// Tsai's spectra, the random streams and the complex digamma: the building blocks of §8.
struct ShowerSpectraTests {
    /// Tsai's D reproduces the PDG radiation length of lead, 6.37 g/cm² (PDG atomic and nuclear
    /// properties, computed there with the same formula): agreement to the PDG's three digits
    /// (0.1 %) checks L_rad, L′_rad and f(Z), hence ξ.
    @Test func tsaiRadiationLengthOfLeadMatchesPDG() {
        let x0 = TsaiCompleteScreening.radiationLengthGramsPerCm2(atomicNumber: 82, atomicMassGramsPerMole: 207.2)
        #expect(abs(x0 / 6.37 - 1) < 1e-3)
        // Carbon: PDG 42.70 g/cm².
        let carbon = TsaiCompleteScreening.radiationLengthGramsPerCm2(atomicNumber: 6, atomicMassGramsPerMole: 12.011)
        #expect(abs(carbon / 42.70 - 1) < 2e-3)
    }

    /// The closed forms of the hard-photon rate, the soft-photon energy loss and σ₀ against
    /// adaptive quadrature of the spectra themselves (tolerance: the quadrature's 1e-12 target).
    @Test func closedFormsMatchQuadrature() {
        let spectra = TsaiCompleteScreening(material: .lead)
        for cut in [1e-4, 5e-3, 0.3] {
            let hard = AdaptiveQuadrature.integrate(from: cut, to: 1, relativeTolerance: 1e-13) {
                spectra.bremsstrahlungSpectrum($0) / $0
            }.value
            #expect(abs(spectra.hardBremsstrahlungPerRadiationLength(fractionCut: cut) / hard - 1) < 1e-11)
            let soft = AdaptiveQuadrature.integrate(from: 0, to: cut, relativeTolerance: 1e-13) {
                spectra.bremsstrahlungSpectrum($0)
            }.value
            #expect(abs(spectra.softBremsstrahlungEnergyFractionPerRadiationLength(fractionCut: cut) / soft - 1) < 1e-11)
        }
        let sigma0 = AdaptiveQuadrature.integrate(from: 0, to: 1) { spectra.pairSpectrum($0) }.value
        #expect(abs(spectra.pairProbabilityPerRadiationLength / sigma0 - 1) < 1e-12)
        #expect(spectra.hardBremsstrahlungPerRadiationLength(fractionCut: 1.2) == 0)
    }

    /// Tsai's b for lead: ξ/2 with D = Z²(L_rad − f) + Z L′_rad; hand value 0.01623 (ξ = 6806/(9·23305)).
    @Test func tsaiBForLead() {
        let b = TsaiCompleteScreening(material: .lead).rossiB
        #expect(abs(b - 0.016225) < 2e-5)
    }

    /// xoshiro256** from state (1, 2, 3, 4): the reference implementation (prng.di.unimi.it)
    /// gives 11520, 0, 1509978240, 1215971899390074240.
    @Test func xoshiroMatchesReferenceOutputs() {
        var generator = Xoshiro256StarStar(rawState: (1, 2, 3, 4))
        #expect(
            [generator.next(), generator.next(), generator.next(), generator.next()]
                == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    /// Distinct shower indices give distinct streams; uniform draws lie in (0, 1] with mean ½
    /// (10⁵ draws: σ of the mean 0.0009, tolerance 5σ).
    @Test func streamsAreDistinctAndUniform() {
        var first = Xoshiro256StarStar(seed: 7, streamIndex: 0)
        var second = Xoshiro256StarStar(seed: 7, streamIndex: 1)
        #expect(first.next() != second.next())
        var sum = 0.0
        for _ in 0..<100_000 {
            let u = first.nextOpenUnit()
            #expect(u > 0 && u <= 1)
            sum += u
        }
        #expect(abs(sum / 100_000 - 0.5) < 5 * (1.0 / 12 / 100_000).squareRoot())
    }

    /// ψ at points with independent values: ψ(1) = −γ, ψ(−½) and the others from mpmath 1.3
    /// (30 digits); Im ψ(½ + iy) = (π/2) tanh(πy) (Abramowitz–Stegun 6.3.12).
    @Test func complexDigammaMatchesReferenceValues() {
        func close(_ z: Complex<Double>, _ re: Double, _ im: Double) -> Bool {
            let v = ComplexDigamma.value(z)
            return abs(v.real - re) < 1e-13 * max(1, abs(re)) && abs(v.imaginary - im) < 1e-13 * max(1, abs(im))
        }
        #expect(close(Complex(1), -0.57721566490153286, 0))
        #expect(close(Complex(-0.5), 0.0364899739785765206, 0))
        #expect(close(Complex(0.5, 3), 1.09388653167884, 1.57079630633555))
        #expect(abs(ComplexDigamma.value(Complex(0.5, 3)).imaginary - Double.pi / 2 * tanh(3 * Double.pi)) < 1e-13)
        #expect(close(Complex(-3.7, 0.2), 0.0854261613166824, 2.24964773860552))
        #expect(close(Complex(2.5, -40), 3.69010204426949, -1.52083533931559))
    }
}

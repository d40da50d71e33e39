extension StrahlungCrossSection {
    /// The IWW dσ/dx at one beam energy E₀ and flux χ as a function of x, with what depends on E₀ and χ only
    /// computed once: the kinematic limits m/E₀ and 1 − m_ℓ/E₀, m², m_ℓ² and 4α³χ. Each value is the same number to
    /// the bit as `improvedDifferentialGeV2(x:beamEnergyGeV:chi:)` computed it with them inline (the same operations
    /// in the same order), for an F(E₀) integral that evaluates it at hundreds of x.
    public struct ImprovedDifferential: Sendable {
        @usableFromInline let lowestX: Double, highestX: Double
        @usableFromInline let bosonMassGeV: Double, bosonMassSquared: Double, leptonMassSquared: Double
        @usableFromInline let beamEnergyGeV: Double, prefactor: Double

        @inlinable
        init(_ crossSection: StrahlungCrossSection, beamEnergyGeV energy: Double, chi: Double) {
            lowestX = crossSection.bosonMassGeV / energy
            highestX = 1 - crossSection.leptonMassGeV / energy
            bosonMassGeV = crossSection.bosonMassGeV
            bosonMassSquared = crossSection.bosonMassGeV * crossSection.bosonMassGeV
            leptonMassSquared = crossSection.leptonMassGeV * crossSection.leptonMassGeV
            beamEnergyGeV = energy
            prefactor = 4 * StrahlungCrossSection.alphaCubed * chi
        }

        /// dσ/dx [GeV⁻²] at x: 4α³χ β [(1 − x + x²/2)/U₀ − x(1 − x) m²/(6U₀²)], 0 outside the kinematic range.
        @inlinable
        public func callAsFunction(_ x: Double) -> Double {
            guard x > lowestX, x < highestX else { return 0 }
            let u0 = StrahlungCrossSection.forwardU(x, bosonMassSquared: bosonMassSquared, leptonMassSquared: leptonMassSquared)
            let bracket = (1 - x + 0.5 * x * x) / u0 - x * (1 - x) * bosonMassSquared / (6 * u0 * u0)
            let velocity = StrahlungCrossSection.velocity(x, beamEnergyGeV, bosonMassGeV: bosonMassGeV)
            return prefactor * velocity * bracket
        }

        /// dσ/dx at two x at once: each lane is the number `callAsFunction(_:)` gives at its x (the same operations, lane
        /// by lane; the lanes outside the kinematic range or below threshold are computed and then replaced by its 0).
        @inlinable
        public func callAsFunction(_ x: SIMD2<Double>) -> SIMD2<Double> {
            let oneMinusX: SIMD2<Double> = 1 - x
            let u0: SIMD2<Double> = bosonMassSquared * oneMinusX / x + leptonMassSquared * x
            let leading: SIMD2<Double> = (oneMinusX + 0.5 * x * x) / u0
            let recoil: SIMD2<Double> = x * oneMinusX * bosonMassSquared / (6 * u0 * u0)
            let bracket: SIMD2<Double> = leading - recoil
            let r: SIMD2<Double> = bosonMassGeV / (x * beamEnergyGeV)
            let zero = SIMD2<Double>(repeating: 0)
            let velocity = zero.replacing(with: (1 - r * r).squareRoot(), where: r .< 1)
            let value: SIMD2<Double> = prefactor * velocity * bracket
            return zero.replacing(with: value, where: (x .> lowestX) .& (x .< highestX))
        }
    }

    /// IWW dσ/dx at beam energy `energy` with flux `chi` (`improvedChi(beamEnergyGeV:)`), as a function of x.
    @inlinable
    public func improvedDifferential(beamEnergyGeV energy: Double, chi: Double) -> ImprovedDifferential {
        ImprovedDifferential(self, beamEnergyGeV: energy, chi: chi)
    }
}

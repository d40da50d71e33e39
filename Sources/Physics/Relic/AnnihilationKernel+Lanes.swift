import Foundation

/// Four lanes of doubles: AVX's 256-bit packed division and square root do four numbers in the time of one (the
/// thermal average's integrand is bound by them; Physics is compiled for AVX on x86-64, see Package.swift; without it
/// the lanes are two SSE2 halves). Each lane goes through the IEEE operation of the scalar code, so a lane's result
/// is the scalar result to the bit.
typealias DoubleLanes = SIMD4<Double>

extension AnnihilationKernel {
    /// `branchFree(_:)` lane by lane: the same operations in the same order on each lane. Lanes at or below
    /// threshold (never inside the thermal average's range in practice) take the scalar form, so that the common
    /// case has no select for the compiler to turn into branches per lane.
    @inline(__always)
    func branchFree(_ s: DoubleLanes) -> DoubleLanes {
        guard all(s .> DoubleLanes(repeating: threshold)) else {
            var scalar = DoubleLanes()
            for lane in 0..<DoubleLanes.scalarCount { scalar[lane] = branchFree(s[lane]) }
            return scalar
        }
        let one = DoubleLanes(repeating: 1)
        let beta = (one - DoubleLanes(repeating: threshold) / s).squareRoot()
        let chiFactor = isVectorCurrent ? s + DoubleLanes(repeating: twiceMassSquared) : s - DoubleLanes(repeating: threshold)
        let offPole = s - DoubleLanes(repeating: mediatorMassSquared)
        let propagator = one / (offPole * offPole + DoubleLanes(repeating: widthTerm))
        var sum = s
        sum += Self.channel(s, threshold: muonThreshold, twiceMassSquared: twiceMuonMassSquared)
        sum += Self.channel(s, threshold: tauThreshold, twiceMassSquared: twiceTauMassSquared)
        return DoubleLanes(repeating: couplings) * sum * beta * chiFactor * propagator / DoubleLanes(repeating: 12 * Double.pi)
    }

    /// β_f (s + 2m_f²) where s > 4m_f², else +0 (what the scalar form adds). Lanes on both sides of the threshold
    /// (the quadrature has a break point there, so only by rounding) take the scalar expression.
    @inline(__always)
    static func channel(_ s: DoubleLanes, threshold: Double, twiceMassSquared: Double) -> DoubleLanes {
        let open = s .> DoubleLanes(repeating: threshold)
        if all(open) {
            return (DoubleLanes(repeating: 1) - DoubleLanes(repeating: threshold) / s).squareRoot()
                * (s + DoubleLanes(repeating: twiceMassSquared))
        }
        guard any(open) else { return DoubleLanes(repeating: 0) }
        var scalar = DoubleLanes()
        for lane in 0..<DoubleLanes.scalarCount {
            scalar[lane] = channel(s[lane], threshold: threshold, twiceMassSquared: twiceMassSquared)
        }
        return scalar
    }
}

extension ModifiedBessel {
    /// eˣ K₁(x) for x > 2 (A&S 9.8.8) on four lanes at once, with no branch and no call: the series in y = 2/x,
    /// innermost coefficient first, divided by √x.
    @inline(__always)
    static func scaledK1AboveTwo(_ x: DoubleLanes) -> DoubleLanes {
        typealias L = DoubleLanes
        let y = L(repeating: 2) / x
        // Innermost first, as the scalar expression nests: c₀ + y(c₁ + y(c₂ + … + y c₆)).
        var series: L = y * -0.00068245
        series = y * (L(repeating: 0.00325614) + series)
        series = y * (L(repeating: -0.00780353) + series)
        series = y * (L(repeating: 0.01504268) + series)
        series = y * (L(repeating: -0.03655620) + series)
        series = y * (L(repeating: 0.23498619) + series)
        series = L(repeating: 1.25331414) + series
        return series / x.squareRoot()
    }
}

import Foundation

/// The thermal average's integrand in u (`DarkMatterAnnihilation.thermalAverage`), a Kronrod panel at a time:
///
///     f(u) = σ(s)(s − 4m²) √s k₁(z) e^(−w) z 2u,   w = u², z = 2x + w, √s = zT
///
/// (ds = 2zT² dz, dz = 2u du; K₁(z)/K₂(x)² = e^(−w) k₁(z)/k₂(x)² with k = eˣK), the products in that order. The
/// divisions and square roots run four points at a time (`DoubleLanes`; the last four repeat the last point) in a
/// loop without calls, e^(−w) and the rest in a second loop; each lane sees the operations of the scalar formula, so
/// every value is the scalar one to the bit.
struct ThermalAverageIntegrand {
    /// σ(s)(s − 4m²) at the width of this table.
    let kernel: AnnihilationKernel
    /// 2x.
    let twoX: Double
    /// T = m/x [GeV].
    let temperatureGeV: Double

    /// Writes f(points[i]) to values[i] for the `AdaptiveQuadrature.panelPointCount` points of a panel.
    @inline(__always)
    func panel(_ points: UnsafePointer<Double>, _ values: UnsafeMutablePointer<Double>) {
        let count = AdaptiveQuadrature.panelPointCount
        var i = 0
        while i < count {
            var u = DoubleLanes()
            for lane in 0..<DoubleLanes.scalarCount { u[lane] = points[Swift.min(i + lane, count - 1)] }
            let partial = partialProduct(u)
            for lane in 0..<DoubleLanes.scalarCount where i + lane < count { values[i + lane] = partial[lane] }
            i += DoubleLanes.scalarCount
        }
        for i in 0..<count {
            let u = points[i], w = u * u
            values[i] = values[i] * exp(-w) * (twoX + w) * 2 * u
        }
    }

    /// σ(s)(s − 4m²) √s k₁(z) at four points.
    @inline(__always)
    func partialProduct(_ u: DoubleLanes) -> DoubleLanes {
        let w = u * u, z = DoubleLanes(repeating: twoX) + w
        let rootS = z * DoubleLanes(repeating: temperatureGeV)
        var k1 = ModifiedBessel.scaledK1AboveTwo(z)
        // z ≤ 2 only at x = 1 next to threshold: A&S 9.8.7's branch of k₁.
        if any(z .<= DoubleLanes(repeating: 2)) {
            for lane in 0..<DoubleLanes.scalarCount where !(z[lane] > 2) { k1[lane] = ModifiedBessel.scaledK1(z[lane]) }
        }
        return kernel.branchFree(rootS * rootS) * rootS * k1
    }
}

/// Monotone piecewise-cubic Hermite interpolation (Fritsch & Carlson, SIAM J. Numer. Anal. 17 (1980) 238):
/// no overshoot between tabulated points, a continuous first derivative. Clamped outside the table.
struct MonotoneCubic: Sendable {
    let hermite: CubicHermite

    init(x: [Double], y: [Double]) {
        let n = x.count
        var secants: [Double] = []
        for i in 0..<(n - 1) { secants.append((y[i + 1] - y[i]) / (x[i + 1] - x[i])) }
        var d = [Double](repeating: 0, count: n)
        d[0] = secants[0]
        d[n - 1] = secants[n - 2]
        for i in 1..<(n - 1) {
            // The weighted harmonic mean of the neighbouring secants (zero at a local extremum).
            if secants[i - 1] * secants[i] <= 0 {
                d[i] = 0
            } else {
                let h0 = x[i] - x[i - 1], h1 = x[i + 1] - x[i]
                let w0 = 2 * h1 + h0, w1 = h1 + 2 * h0
                d[i] = (w0 + w1) / (w0 / secants[i - 1] + w1 / secants[i])
            }
        }
        hermite = CubicHermite(nodes: x, values: y, slopes: d)
    }

    func callAsFunction(_ point: Double) -> Double {
        let x = hermite.nodes, y = hermite.values
        if point <= x[0] { return y[0] }
        if point >= x[x.count - 1] { return y[y.count - 1] }
        return hermite.value(inInterval: hermite.interval(containing: point), at: point)
    }
}

import Foundation

/// A smooth T(E) reconstructed from a track-length histogram that keeps every bin's integral exactly
/// (docs/PHYSICS.md §8, "Energy integral").
///
/// The cumulative track length C(u) = ∫_{E_0}^{E} T dE, known exactly at the bin edges u_i = ln E_i, is
/// interpolated by a monotone piecewise cubic Hermite (Steffen, Astron. Astrophys. 239, 443 (1990)): at each
/// edge the slope is that of the parabola through the neighbouring edges, limited to keep C monotone. Its
/// derivative is T(E) = C′(u)/E: continuous, never negative, and in each bin ∫ T dE = C_{i+1} − C_i is the
/// bin's content. For a smooth T the parabola slopes are second-order accurate, so T is recovered to O(h²)
/// in the bin width h in ln E; where T jumps the limiter keeps it from overshooting.
public struct SmoothTrackLength: Sendable, Hashable {
    /// C(u) with Steffen's slopes at the bin edges u_i = ln E_i.
    let cumulative: CubicHermite

    /// ln of the bin edges [ln GeV].
    public var logEdges: [Double] { cumulative.nodes }
    /// C at the edges [cm per primary], C₀ = 0.
    public var cumulativeCm: [Double] { cumulative.values }
    /// dC/du at the edges [cm per primary].
    public var slopesCm: [Double] { cumulative.slopes }

    /// The reconstruction of `histogram`'s `charges` track lengths.
    public init(_ histogram: TrackLengthHistogram, _ charges: TrackCharges) {
        let edges = histogram.binEdgesGeV, bins = histogram.binCount
        let logEdges = edges.map { log($0) }
        var cumulative = [0.0]
        cumulative.reserveCapacity(bins + 1)
        for i in 0..<bins { cumulative.append(cumulative[i] + histogram.density(charges, bin: i) * (edges[i + 1] - edges[i])) }
        let widths = (0..<bins).map { logEdges[$0 + 1] - logEdges[$0] }
        let secants = (0..<bins).map { (cumulative[$0 + 1] - cumulative[$0]) / widths[$0] }
        self.cumulative = CubicHermite(nodes: logEdges, values: cumulative, slopes: Self.steffenSlopes(widths: widths, secants: secants))
    }

    /// Steffen's slopes: interior, the parabola's slope p_i limited to 2 min(|s_{i−1}|, |s_i|) (0 where the secants
    /// change sign); at the ends, the end parabola's slope, limited the same way against the end secant.
    static func steffenSlopes(widths h: [Double], secants s: [Double]) -> [Double] {
        let n = s.count
        guard n > 1 else { return [s[0], s[0]] }
        var slopes = [Double](repeating: 0, count: n + 1)
        for i in 1..<n {
            let parabola = (s[i - 1] * h[i] + s[i] * h[i - 1]) / (h[i - 1] + h[i])
            if s[i - 1] * s[i] <= 0 { continue }
            let bound = 2 * min(abs(s[i - 1]), abs(s[i]))
            slopes[i] = copysign(min(abs(parabola), bound), s[i])
        }
        func end(_ outer: Double, _ inner: Double, _ hOuter: Double, _ hInner: Double) -> Double {
            // The slope at the end of the parabola through the first three (last three) edges.
            let parabola = outer * (1 + hOuter / (hOuter + hInner)) - inner * hOuter / (hOuter + hInner)
            if parabola * outer <= 0 { return 0 }
            return abs(parabola) > 2 * abs(outer) ? 2 * outer : parabola
        }
        slopes[0] = end(s[0], s[1], h[0], h[1])
        slopes[n] = end(s[n - 1], s[n - 2], h[n - 1], h[n - 2])
        return slopes
    }

    /// Number of bins.
    public var binCount: Int { cumulative.nodes.count - 1 }

    /// dC/du at u = ln E inside bin i (the Hermite cubic's derivative) [cm per primary].
    @inline(__always)
    func logDensity(bin i: Int, logEnergy u: Double) -> Double {
        cumulative.derivative(inInterval: i, at: u)
    }

    /// dC/du inside bin i as a function of u = ln E, with what depends on the bin only computed once (the same numbers
    /// as `logDensity(bin:logEnergy:)`) [cm per primary].
    func logDensity(bin i: Int) -> CubicHermite.IntervalDerivative {
        cumulative.derivative(inInterval: i)
    }

    /// T(E) inside bin i [cm/GeV per primary].
    func density(bin i: Int, energyGeV energy: Double) -> Double {
        logDensity(bin: i, logEnergy: log(energy)) / energy
    }

    /// T(E) [cm/GeV per primary]; 0 outside the histogram.
    public func densityCmPerGeV(atEnergyGeV energy: Double) -> Double {
        guard energy > 0 else { return 0 }
        let u = log(energy), edges = cumulative.nodes
        guard u >= edges[0], u <= edges[binCount] else { return 0 }
        return logDensity(bin: cumulative.interval(containing: u), logEnergy: u) / energy
    }

    /// ∫ T dE over [lowGeV, highGeV] inside bin i, exact for the cubic C [cm per primary].
    func integralCm(bin i: Int, fromGeV low: Double, toGeV high: Double) -> Double {
        cumulative.value(inInterval: i, at: log(high)) - cumulative.value(inInterval: i, at: log(low))
    }
}

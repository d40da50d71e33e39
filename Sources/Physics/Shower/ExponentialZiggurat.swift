import Foundation

/// Unit-mean exponential variates by Marsaglia and Tsang's ziggurat (J. Stat. Softw. 5 (2000) 8):
/// 256 strips of equal area under e^{−x}; a draw lands inside its strip's inner rectangle ≈ 98.9 %
/// of the time and then costs one 64-bit output, two table reads, a comparison and a product,
/// instead of a libm logarithm. The other draws take the exact wedge test (one `exp`) or the tail
/// beyond r = 7.697 (r − ln u). Exact in distribution; the integer part has 53 random bits and the
/// strip index the 8 low bits of the same output, which do not overlap.
struct ExponentialZiggurat: Sendable {
    /// Accept x = j·width[i] at once when the 53-bit j lies below threshold[i].
    let threshold: [UInt64]
    let width: [Double]
    /// e^{−x} at the strips' upper edges (value[0] = 1).
    let value: [Double]
    /// Start of the tail, r.
    static let tailStart = 7.697_117_470_131_487
    /// Area of each strip, v.
    static let stripArea = 3.949_659_822_581_572e-3

    init() {
        let scale = 0x1.0p53
        var threshold = [UInt64](repeating: 0, count: 256)
        var width = [Double](repeating: 0, count: 256)
        var value = [Double](repeating: 0, count: 256)
        var edge = Self.tailStart, previous = edge
        let base = Self.stripArea / exp(-edge)
        threshold[0] = UInt64(edge / base * scale)
        threshold[1] = 0
        width[0] = base / scale
        width[255] = edge / scale
        value[0] = 1
        value[255] = exp(-edge)
        for i in stride(from: 254, through: 1, by: -1) {
            edge = -log(Self.stripArea / edge + exp(-edge))
            threshold[i + 1] = UInt64(edge / previous * scale)
            previous = edge
            value[i] = exp(-edge)
            width[i] = edge / scale
        }
        self.threshold = threshold
        self.width = width
        self.value = value
    }

    /// One variate with density e^{−x}, x ≥ 0.
    @inline(__always)
    func next(_ random: inout Xoshiro256StarStar) -> Double {
        let bits = random.next()
        let strip = Int(truncatingIfNeeded: bits & 0xFF), integer = bits >> 11
        if integer < threshold[strip] { return Double(integer) * width[strip] }
        return wedgeOrTail(strip: strip, integer: integer, &random)
    }

    /// The rare draws outside the inner rectangles: the tail (strip 0) or a wedge, by rejection.
    private func wedgeOrTail(strip: Int, integer: UInt64, _ random: inout Xoshiro256StarStar) -> Double {
        var strip = strip, integer = integer
        while true {
            if strip == 0 { return Self.tailStart - log(random.nextOpenUnit()) }
            let x = Double(integer) * width[strip]
            if value[strip] + random.nextOpenUnit() * (value[strip - 1] - value[strip]) < exp(-x) { return x }
            let bits = random.next()
            strip = Int(truncatingIfNeeded: bits & 0xFF)
            integer = bits >> 11
            if integer < threshold[strip] { return Double(integer) * width[strip] }
        }
    }
}

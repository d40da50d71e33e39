/// The natural logarithm and exponential of the shower's hard-photon sampler, inline and within a few units in the
/// last place of libm's.
///
/// Why not libm: a call costs more than the arithmetic (≈ 40 cycles each in the profile of a 100 GeV shower, where
/// `log` and `exp` took 15 % of the time), and every floating-point register is caller-saved in the x86-64 System V
/// ABI, so the transport loop spills and reloads its state around each one. Why these forms: Physics is compiled
/// without fused multiply-adds on x86-64 (Package.swift), so both use short chains of plain products and sums
/// (Estrin's scheme) and no table.
enum ShowerElementaryFunctions {
    /// ln 2 split so that k·ln2High is exact for |k| < 2²⁰ (Cody and Waite's argument reduction).
    static let ln2High = 0x1.62e42fee00000p-1
    static let ln2Low = 0x1.a39ef35793c76p-33

    /// ln x for positive normal x: x = 2^e·m with m in [√½, √2), then ln m = 2 atanh s with s = (m − 1)/(m + 1)
    /// (|s| ≤ 0.172), the series 2s(1 + s²/3 + … + s²⁰/21) whose next term is below 10⁻¹⁸ of the sum.
    @inline(__always)
    static func logarithm(_ x: Double) -> Double {
        let bits = x.bitPattern
        let mantissaBits = bits & 0x000F_FFFF_FFFF_FFFF
        // Mantissas above √2 (0x6A09E667F3BCD) move down an octave, so that m − 1 stays small.
        let isHigh = mantissaBits > 0x6_A09E_667F_3BCD
        let exponent = Double(Int((bits >> 52) & 0x7FF) - (isHigh ? 1022 : 1023))
        let m = Double(bitPattern: mantissaBits | (isHigh ? 0x3FE0_0000_0000_0000 : 0x3FF0_0000_0000_0000))
        let s = (m - 1) / (m + 1)
        let z = s * s
        let z2 = z * z, z4 = z2 * z2, z8 = z4 * z4
        let c01 = 1.0 / 3 + z * (1.0 / 5), c23 = 1.0 / 7 + z * (1.0 / 9)
        let c45 = 1.0 / 11 + z * (1.0 / 13), c67 = 1.0 / 15 + z * (1.0 / 17)
        let c89 = 1.0 / 19 + z * (1.0 / 21)
        let series = (c01 + z2 * c23) + z4 * (c45 + z2 * c67) + z8 * c89
        let twoS = s + s
        return exponent * ln2High + (twoS + (exponent * ln2Low + twoS * z * series))
    }

    /// e^t for t in [−708, 0]: t = k ln 2 + r with |r| ≤ ln 2 / 2, then e^r by its Taylor series to r¹³/13!
    /// (the next term is below 10⁻¹⁷ of the sum) and 2^k from the exponent bits.
    @inline(__always)
    static func exponential(_ t: Double) -> Double {
        let k = (t * 1.442_695_040_888_963_4).rounded()
        let r = (t - k * ln2High) - k * ln2Low
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let p01 = 1 + r, p23 = 1.0 / 2 + r * (1.0 / 6)
        let p45 = 1.0 / 24 + r * (1.0 / 120), p67 = 1.0 / 720 + r * (1.0 / 5040)
        let p89 = 1.0 / 40320 + r * (1.0 / 362_880), p1011 = 1.0 / 3_628_800 + r * (1.0 / 39_916_800)
        let p1213 = 1.0 / 479_001_600 + r * (1.0 / 6_227_020_800)
        let low = (p01 + r2 * p23) + r4 * (p45 + r2 * p67)
        let high = p89 + r2 * p1011 + r4 * p1213
        let scale = Double(bitPattern: UInt64(Int(k) + 1023) << 52)
        return (low + r8 * high) * scale
    }
}

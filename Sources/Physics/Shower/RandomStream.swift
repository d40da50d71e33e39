/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
///
/// Used only to expand a 64-bit key into the 256-bit state of ``Xoshiro256StarStar``, as its
/// authors recommend: consecutive outputs are well mixed even for nearby keys.
public struct SplitMix64: Sendable {
    /// The Weyl-sequence state; advances by the golden-ratio increment on every draw.
    public var state: UInt64

    /// A generator starting at `state`.
    public init(state: UInt64) { self.state = state }

    /// The next 64-bit output.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output finaliser (a bijective avalanche mix of 64 bits).
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47 (2021) 36): period 2²⁵⁶ − 1, passes BigCrush, four shifts/rotations per draw.
///
/// One stream per shower: the stream of shower `i` under seed `s` is seeded by SplitMix64 from
/// the key mix(s ⊕ mix(i + 1)), so a shower's random numbers depend only on (seed, index) and
/// never on which thread simulates it, which is what makes the cascade reproducible bit for bit.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// The stream for item `streamIndex` of a run with seed `seed`.
    public init(seed: UInt64, streamIndex: UInt64) {
        let key = SplitMix64.mix(seed ^ SplitMix64.mix(streamIndex &+ 1))
        var expander = SplitMix64(state: key)
        s0 = expander.next(); s1 = expander.next(); s2 = expander.next(); s3 = expander.next()
        // The all-zero state is the generator's only fixed point; SplitMix64 cannot emit four
        // zeros in a row from any key, but guard anyway.
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// A generator with the given raw state (not all zero), e.g. to compare with the reference
    /// implementation's published outputs.
    public init(rawState: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = rawState
        precondition(s0 | s1 | s2 | s3 != 0, "the all-zero state is a fixed point")
    }

    /// The next 64-bit output.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in (0, 1]: 53 random bits, offset by one ulp so that −ln u is finite.
    @inlinable
    public mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) &+ 1) * 0x1.0p-53
    }

    @inlinable
    func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// The Adler-32 checksum (RFC 1950) of the bytes given to `update`, as zlib computes it, summing 16 bytes at a time
/// in vector lanes. O(bytes).
struct PNGAdler32 {
    private var low: UInt32 = 1
    private var high: UInt32 = 0

    /// The checksum so far.
    var value: UInt32 { high << 16 | low }

    private static let modulus: UInt32 = 65521
    /// Bytes after which the sums must be reduced so that `high` cannot overflow 32 bits (zlib's NMAX), in whole
    /// 16-byte chunks.
    private static let blockBytes = 5552
    /// The weight of each lane of a 16-byte chunk in `high`: 16 for the first byte down to 1 for the last.
    private static let weights: SIMD16<UInt16> = {
        var weights = SIMD16<UInt16>()
        for lane in 0..<16 { weights[lane] = UInt16(16 - lane) }
        return weights
    }()

    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let block = min(remaining, Self.blockBytes)
            let chunks = block / 16
            if chunks > 0 {
                // Per lane: the byte sums (for `low`), the sums of earlier chunks' byte sums (each chunk adds 16 × low
                // to `high`), and the weighted sums within a chunk.
                var sums = SIMD16<UInt32>(), earlier = SIMD16<UInt32>(), weighted = SIMD16<UInt32>()
                let raw = UnsafeRawPointer(pointer)
                for chunk in 0..<chunks {
                    let vector = SIMD16<UInt16>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: chunk * 16, as: SIMD16<UInt8>.self))
                    earlier &+= sums
                    sums &+= SIMD16<UInt32>(truncatingIfNeeded: vector)
                    weighted &+= SIMD16<UInt32>(truncatingIfNeeded: vector &* Self.weights)
                }
                let chunkBytes = UInt64(chunks * 16)
                var newHigh = UInt64(high) + chunkBytes * UInt64(low)
                newHigh += 16 * UInt64(earlier.wrappedSum()) + UInt64(weighted.wrappedSum())
                low = UInt32((UInt64(low) + UInt64(sums.wrappedSum())) % UInt64(Self.modulus))
                high = UInt32(newHigh % UInt64(Self.modulus))
                pointer += chunks * 16
            }
            for _ in 0..<(block - chunks * 16) {
                low += UInt32(pointer.pointee)
                high += low
                pointer += 1
            }
            low %= Self.modulus
            high %= Self.modulus
            remaining -= block
        }
    }
}

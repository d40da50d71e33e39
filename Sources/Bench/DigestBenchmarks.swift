import Digest

/// Release benchmarks of SHA-256 (content addressing hashes every object and input).
enum DigestBenchmarks {
    /// 64 MiB of a fixed byte pattern.
    static let message = (0..<(64 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

    static let all: [Benchmark] = [
        Benchmark(name: "digest-sha256-64MiB", unit: "64 MiB hashed in one call") {
            Double(SHA256Hasher.hash(message)[0])
        }
    ]
}

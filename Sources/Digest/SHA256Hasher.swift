import COpenSSL

/// An incremental SHA-256 hasher (FIPS 180-4) computed by the system's libcrypto (OpenSSL 3),
/// which uses the CPU's SHA extensions or vectorised code where available.
///
/// A value type: the OpenSSL context is a plain C struct stored inline, so copying a hasher
/// copies its state (no shared heap context). Content addressing needs collision resistance,
/// not constant time, and OpenSSL's digest is the reference implementation the tests check
/// against NIST's vectors.
///
/// Cost: O(n) in the bytes hashed.
public struct SHA256Hasher: Sendable {
    private var context = SHA256_CTX()

    /// A hasher with no input yet.
    public init() {
        SHA256_Init(&context)
    }

    /// Appends bytes to the message.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            self.update(buffer: UnsafeRawBufferPointer(buffer))
        }
        if handled == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { self.update(buffer: $0) }
        }
    }

    /// Appends the bytes in `buffer` to the message.
    public mutating func update(buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        SHA256_Update(&context, base, buffer.count)
    }

    /// Pads the message (FIPS 180-4 §5.1.1) and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        digest.withUnsafeMutableBufferPointer { buffer in
            _ = SHA256_Final(buffer.baseAddress!, &context)
        }
        return digest
    }

    /// The digest of `bytes` in one call.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Lowercase hex of a digest.
    public static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(digest.count * 2)
        for byte in digest { text.append(digits[Int(byte >> 4)]); text.append(digits[Int(byte & 15)]) }
        return String(decoding: text, as: UTF8.self)
    }
}

import Crypto
import Foundation

/// A SHA-256 content hash, written as 64 lowercase hex digits.
public struct ContentHash: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The hex digits.
    public let hex: String

    /// Wraps an existing hex digest (e.g. read from an action entry).
    public init(hex: String) { self.hex = hex }

    /// Hashes bytes.
    public init(of data: Data) {
        hex = Self.hexString(SHA256.hash(data: data))
    }

    /// Hashes the UTF-8 bytes of a string.
    public init(ofText text: String) { self.init(of: Data(text.utf8)) }

    static func hexString(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(64)
        for byte in digest { bytes.append(digits[Int(byte >> 4)]); bytes.append(digits[Int(byte & 15)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True if `text` looks like a hash this type writes (64 lowercase hex digits).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    public var description: String { hex }
    /// The first 12 digits, for messages.
    public var short: String { String(hex.prefix(12)) }
    public static func < (a: ContentHash, b: ContentHash) -> Bool { a.hex < b.hex }
}

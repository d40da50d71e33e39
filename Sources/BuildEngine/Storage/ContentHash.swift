import Digest
import Foundation

/// A SHA-256 content hash, written as 64 lowercase hex digits.
public struct ContentHash: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The hex digits.
    public let hex: String

    /// Wraps an existing hex digest (e.g. read from an action entry).
    public init(hex: String) { self.hex = hex }

    /// Hashes bytes.
    public init(of data: Data) {
        hex = SHA256Hasher.hex(SHA256Hasher.hash(data))
    }

    /// Hashes the UTF-8 bytes of a string.
    public init(ofText text: String) { self.init(of: Data(text.utf8)) }

    /// True if `text` looks like a hash this type writes (64 lowercase hex digits).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    public var description: String { hex }
    /// The first 12 digits, for messages.
    public var short: String { String(hex.prefix(12)) }
    public static func < (a: ContentHash, b: ContentHash) -> Bool { a.hex < b.hex }
}

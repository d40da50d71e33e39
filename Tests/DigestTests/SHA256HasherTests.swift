import Digest
import Testing

/// Known-answer tests from FIPS 180-4's examples and NIST's CAVP short/long messages.
@Suite struct SHA256HasherTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        )
    ])
    func knownAnswers(message: String, expectedHex: String) {
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(Array(message.utf8))) == expectedHex)
    }

    @Test func oneMillionLetterA() {
        var hasher = SHA256Hasher()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(
            SHA256Hasher.hex(hasher.finalize())
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every split of a message across two updates, including across the 55/56/64-byte
    /// padding boundaries, gives the one-shot digest.
    @Test func splitUpdatesMatchOneShot() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let oneShot = SHA256Hasher.hash(message)
            for split in 0...length {
                var hasher = SHA256Hasher()
                hasher.update(message[0..<split])
                hasher.update(message[split...])
                #expect(hasher.finalize() == oneShot, "length \(length), split \(split)")
            }
        }
    }

    /// Lengths around the padding boundary agree with reference digests computed by
    /// coreutils `sha256sum` on runs of the byte 0x61.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    ])
    func paddingBoundaries(length: Int, expectedHex: String) {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(message)) == expectedHex)
    }
}

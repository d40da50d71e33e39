/// The inputs of an action key, in the form they are hashed (see docs/CACHE.md).
public struct ActionKeyInputs: Sendable, Equatable {
    /// Key-format version: bumped when this layout changes.
    public static let keyFormatVersion = 1

    /// Kind name.
    public var kind: String
    /// Kind version.
    public var kindVersion: Int
    /// Code fingerprint of the implementing code.
    public var codeFingerprint: String
    /// Canonical JSON of the typed parameters.
    public var canonicalParameters: String
    /// `role/artifact` → content hash for step inputs; `role` → content hash for dataset files.
    public var inputHashes: [String: ContentHash]

    /// Creates the key inputs.
    public init(kind: String, kindVersion: Int, codeFingerprint: String, canonicalParameters: String, inputHashes: [String: ContentHash]) {
        self.kind = kind
        self.kindVersion = kindVersion
        self.codeFingerprint = codeFingerprint
        self.canonicalParameters = canonicalParameters
        self.inputHashes = inputHashes
    }

    /// The exact text that is hashed: one field per line, inputs sorted by name.
    ///
    /// Nothing else enters: no step name, no paths, no modification times, no clock, no job count.
    /// Two steps with the same kind, code, parameters and input contents share one cache entry.
    public var hashedText: String {
        var text = "zprimepaper-action-key \(Self.keyFormatVersion)\n"
        text += "kind \(kind) \(kindVersion)\n"
        text += "code \(codeFingerprint)\n"
        text += "params \(canonicalParameters)\n"
        for name in inputHashes.keys.sorted() { text += "input \(name) \(inputHashes[name]!.hex)\n" }
        return text
    }

    /// The action key: SHA-256 of `hashedText`.
    public var key: ContentHash { ContentHash(ofText: hashedText) }
}

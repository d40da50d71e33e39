/// Parsing of the header keys every dataset kind shares: `name`, `kind`, provenance.
enum DatasetCommonHeader {
    /// The keys every kind accepts.
    static let keys = [
        "name", "kind", "origin", "licence", "citation", "source-repository", "source-path",
        "source-commit", "converted-by", "notes"
    ]
    /// The keys that may appear more than once.
    static let repeatableKeys: Set<String> = ["notes", "column"]

    /// Reads and checks the `name` key: kebab-case, lower-case letters and digits.
    static func name(_ reader: DatasetHeaderReader) throws(DatasetError) -> String {
        let entry = try reader.required("name", meaning: "the dataset's name")
        let parts = entry.value.split(separator: "-", omittingEmptySubsequences: false)
        let isKebab = parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
        guard isKebab else {
            throw reader.invalid(entry, expected: "a kebab-case name (a-z, 0-9, single '-' between words)")
        }
        return entry.value
    }

    /// Reads the provenance keys.
    static func provenance(_ reader: DatasetHeaderReader) throws(DatasetError) -> DatasetProvenance {
        let originEntry = try reader.required("origin", meaning: "where the numbers come from")
        guard let origin = DatasetOrigin(text: originEntry.value) else {
            let allowed = DatasetOrigin.Category.allCases.map { "'\($0.rawValue) …'" }
            throw reader.invalid(originEntry, expected: "a value starting with one of \(allowed.joined(separator: ", "))")
        }
        let licence = try reader.required("licence", meaning: "the licence of the numbers").value
        var source: DatasetSourceFile?
        let repository = reader.optional("source-repository")?.value
        let path = reader.optional("source-path")?.value
        let commitEntry = reader.optional("source-commit")
        if let commitEntry {
            let isHex = commitEntry.value.allSatisfy(\.isHexDigit)
            guard isHex, (7...40).contains(commitEntry.value.count) else {
                throw reader.invalid(commitEntry, expected: "a commit id of 7 to 40 hexadecimal digits")
            }
        }
        if repository != nil || path != nil || commitEntry != nil {
            source = DatasetSourceFile(repository: repository, path: path, commit: commitEntry?.value)
        }
        return DatasetProvenance(
            origin: origin, licence: licence, citation: reader.optional("citation")?.value,
            source: source, convertedBy: reader.optional("converted-by")?.value,
            notes: reader.all("notes").map(\.value))
    }
}

/// Strict parsing of the numbers in a dataset's CSV body.
enum DatasetNumber {
    /// Parses a plain decimal number (`123`, `-1.5`, `2.1371e-01`); rejects `nan`, `inf`, hex and empty text.
    static func parse(_ text: String) -> Double? {
        guard !text.isEmpty,
            text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            text.contains(where: \.isNumber),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}

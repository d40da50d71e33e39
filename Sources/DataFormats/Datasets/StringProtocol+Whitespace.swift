extension StringProtocol {
    /// The text without leading and trailing whitespace: the scalars of `CharacterSet.whitespaces`
    /// (tab and the Unicode space separators, Zs), trimmed by scalar as Foundation does, but without
    /// Foundation's bridging through `NSString`, which was most of the time spent reading a dataset.
    var trimmedWhitespace: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isWhitespace($0) })!
        return String(Substring(scalars[first...last]))
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}

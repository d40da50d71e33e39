import Synchronization

extension ExternalLimitDatasetParser {
    /// The datasets this process has parsed, by file name and text. Parsing is a pure function of the two,
    /// so a second caller (the figure step after the load-time dataset check) gets the first result.
    private static let parsed = Mutex<[ParsedKey: ExternalLimitDataset]>([:])

    private struct ParsedKey: Hashable, Sendable {
        var file: String
        var text: String
    }

    /// `parse(text:file:)`, once per distinct file name and text in this process: a render checks every
    /// dataset when the project loads and then reads its own, and each parse costs more than the lookup
    /// (hashing the text is O(n) in its bytes, parsing it several passes over them). Failures are not
    /// remembered: they are rethrown as `parse` throws them, every time.
    public static func parseOnce(text: String, file: String) throws(DatasetError) -> ExternalLimitDataset {
        let key = ParsedKey(file: file, text: text)
        if let known = parsed.withLock({ $0[key] }) { return known }
        let dataset = try parse(text: text, file: file)
        parsed.withLock { $0[key] = dataset }
        return dataset
    }
}

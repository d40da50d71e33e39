/// The text of `figures datasets`: every external dataset with its provenance, one block per dataset.
public enum DatasetListing {
    /// Renders the listing, datasets sorted by name. Pure: same datasets, same text.
    public static func render(_ datasets: [ExternalLimitDataset]) -> String {
        guard !datasets.isEmpty else { return "No external datasets.\n" }
        let count = datasets.count
        var lines = ["\(count) external dataset\(count == 1 ? "" : "s")"]
        for dataset in datasets.sorted(by: { $0.name < $1.name }) {
            lines.append("")
            lines.append(dataset.name)
            for (label, value) in fields(of: dataset) {
                lines.append("  " + (label + ":").paddedRight(to: 12) + value)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The labelled fields shown for one dataset, in display order.
    static func fields(of dataset: ExternalLimitDataset) -> [(String, String)] {
        let identifiers = [dataset.paper.arXiv.map { "arXiv:\($0)" }, dataset.paper.doi.map { "doi:\($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let segmentCount = dataset.segments.count
        let range = dataset.massRangeInGeV
        return [
            ("experiment", dataset.experiment),
            ("paper", "\(dataset.paper.title) (\(identifiers))"),
            (
                "model",
                dataset.model.rawValue
                    + (dataset.darkSector.map {
                        " (alpha_D = \($0.alphaD), m_Z'/m_chi = \($0.massRatio))"
                    } ?? "")
            ),
            ("kind", "\(dataset.kind.rawValue) of \(dataset.coupling.rawValue), \(dataset.confidenceLevel)"),
            ("origin", dataset.provenance.origin.text),
            ("licence", dataset.provenance.licence),
            ("points", "\(dataset.pointCount) in \(segmentCount) segment\(segmentCount == 1 ? "" : "s")"),
            ("mass range", "\(range.lowerBound) to \(range.upperBound) GeV"),
            ("file", dataset.file)
        ]
    }
}

extension String {
    /// The string padded with spaces on the right to at least `length` characters.
    fileprivate func paddedRight(to length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}

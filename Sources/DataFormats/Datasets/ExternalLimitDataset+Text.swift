import Foundation

/// Writing a limit dataset in the text format of docs/DATASETS.md (what `figures datasets import` writes).
extension ExternalLimitDataset {
    /// The file's text: the format line, the header keys in the documented order, the CSV header and
    /// the rows (masses in GeV, every number the shortest decimal that reads back as the same double,
    /// so loading the text gives this dataset's numbers exactly). Pure: same dataset, same bytes.
    public var encodedText: String {
        var lines = [DatasetTextFile.formatLine]
        // A header value is one line: line breaks in a value (a wrapped HEPData description) become spaces.
        func key(_ name: String, _ value: String?) {
            guard let value else { return }
            let parts = value.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            lines.append("# \(name): \(parts.filter { !$0.isEmpty }.joined(separator: " "))")
        }
        key("name", name)
        key("kind", kind.rawValue)
        key("experiment", experiment)
        key("paper-title", paper.title)
        key("paper-arxiv", paper.arXiv)
        key("paper-doi", paper.doi)
        key("paper-reference", paper.reference)
        key("model", model.rawValue)
        key("alpha-d", darkSector.map { "\($0.alphaD)" })
        key("mass-ratio", darkSector.map { "\($0.massRatio)" })
        key("x", "\(mass.name) [\(DatasetUnit.gigaElectronVolt.rawValue)]")
        key("y", "\(coupling.rawValue) [1]")
        key("confidence-level", confidenceLevel)
        key("origin", provenance.origin.text)
        key("licence", provenance.licence)
        key("citation", provenance.citation)
        key("source-repository", provenance.source?.repository)
        key("source-path", provenance.source?.path)
        key("source-commit", provenance.source?.commit)
        key("converted-by", provenance.convertedBy)
        for note in provenance.notes { key("notes", note) }
        lines.append((kind.limitColumnNames ?? ["x", "y"]).joined(separator: ","))
        for (index, segment) in segments.enumerated() {
            if index > 0 { lines.append(DatasetTextFile.gapMarker) }
            for row in segment.massesInGeV.indices {
                var fields = [segment.massesInGeV[row], segment.couplings[row]]
                if let upper = segment.upperCouplings { fields.append(upper[row]) }
                lines.append(fields.map { "\($0)" }.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

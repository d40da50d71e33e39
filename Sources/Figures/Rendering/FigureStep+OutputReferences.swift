import BuildEngine

extension FigureStep {
    /// The columns a figure reads from external datasets (`SourceReader`): x, y, and a band's edges.
    static let datasetColumns = ["x", "y", "y_lower", "y_upper"]

    /// The figure's data and renders (no table columns: no step reads a figure).
    static func declaredOutputs(of spec: FigureSpecification) -> DeclaredOutputs? {
        DeclaredOutputs(["data.csv", "figure.pdf", "figure.svg", "figure.png"].map { DeclaredOutputs.Output(name: $0, columns: nil) })
    }

    /// Every `from:` of the series, bands and regions with the columns it reads (`x`/`y`, or `x`/`lower`/`upper`
    /// for bands), each located at its key, or at the entry when the key is omitted and the default applies.
    static func outputReferences(of spec: FigureSpecification, in node: ConfigNode, path: [String]) -> [OutputReference] {
        let sections: [(key: String, columns: [(key: String, default: String)])] = [
            ("series", [("x", "x"), ("y", "y")]),
            ("bands", [("x", "x"), ("lower", "y_lower"), ("upper", "y_upper")]),
            ("regions", [("x", "x"), ("y", "y")])
        ]
        var references: [OutputReference] = []
        for section in sections {
            guard case .sequence(let items)? = node[section.key]?.value else { continue }
            for (index, item) in items.enumerated() {
                let itemPath = path + [section.key, "[\(index)]"]
                guard let entries = item.mappingEntries, let from = entries.first(where: { $0.key == "from" }),
                    case .scalar(let text, _) = from.value.value
                else { continue }
                let columns = section.columns.map { column -> OutputReference.Column in
                    if let entry = entries.first(where: { $0.key == column.key }), case .scalar(let name, _) = entry.value.value {
                        return OutputReference.Column(
                            name: name, location: entry.keyLocation, path: itemPath + [column.key],
                            isDefault: false)
                    }
                    return OutputReference.Column(
                        name: column.default, location: item.location, path: itemPath + [column.key],
                        isDefault: true)
                }
                let source: InputReference, artifact: String?
                if text.hasPrefix("external:") {
                    (source, artifact) = (InputReference(parsing: text), nil)
                } else {
                    let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
                    (source, artifact) = (.step(parts.first ?? text), parts.count > 1 ? parts[1] : nil)
                }
                references.append(
                    OutputReference(
                        source: source, artifact: artifact, sourceLocation: from.keyLocation,
                        sourcePath: itemPath + ["from"], columns: columns))
            }
        }
        return references
    }
}

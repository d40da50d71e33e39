import Yams

/// YAML reading for the HEPData importer: documents as Yams nodes, and Yams errors as `DatasetError`s.
enum DatasetHEPDataYAML {
    /// Every document of a (possibly multi-document) YAML text.
    static func documents(yaml: String, file: String) throws(DatasetError) -> [Node] {
        var sequence: YamlSequence<Node>
        do {
            sequence = try Yams.compose_all(yaml: yaml)
        } catch {
            throw datasetError(error, file: file)
        }
        var nodes: [Node] = []
        while let node = sequence.next() { nodes.append(node) }
        if let error = sequence.error { throw datasetError(error, file: file) }
        return nodes
    }

    /// A Yams error rendered with its line, if it has one.
    static func datasetError(_ error: any Error, file: String) -> DatasetError {
        var line: Int?
        var problem = "\(error)"
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _),
                .composer(_, let text, let mark, _):
                line = mark.line
                problem = text
            default: break
            }
        }
        return DatasetError(file: file, line: line, subject: .file, expected: "valid YAML", found: problem)
    }
}

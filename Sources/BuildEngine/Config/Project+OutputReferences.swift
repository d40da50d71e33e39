extension Project {
    /// Checks every node's `OutputReference`s against what the referenced steps declare (`DeclaredOutputs`)
    /// and, for datasets, against the registry's `datasetColumns`. Undeclared sources are not checked.
    /// Nodes in name order, references in the order the kind gives them: the first problem is reported.
    static func checkOutputReferences(nodes: [String: BuildNode], registry: StepKindRegistry) throws(ConfigError) {
        for name in nodes.keys.sorted() {
            for reference in nodes[name]!.step.outputReferences {
                switch reference.source {
                case .step(let source):
                    guard let declared = nodes[source]?.step.declaredOutputs else { continue }
                    let output = try declaredOutput(of: source, declared: declared, reference: reference)
                    guard let columns = output.columns else { continue }
                    for column in reference.columns where !columns.contains(column.name) {
                        throw ConfigError(
                            column.location, path: column.path,
                            unknownColumnProblem(
                                column, in: "step '\(source)' output '\(output.name)'", columns: columns,
                                datasetColumns: registry.datasetColumns ?? []))
                    }
                case .dataset(let dataset):
                    guard let columns = registry.datasetColumns else { continue }
                    for column in reference.columns where !columns.contains(column.name) {
                        throw ConfigError(
                            column.location, path: column.path,
                            unknownColumnProblem(column, in: "dataset '\(dataset)'", columns: columns, datasetColumns: []))
                    }
                }
            }
        }
    }

    /// The output a reference names (or the only one), or the error saying which outputs there are.
    private static func declaredOutput(
        of source: String, declared: DeclaredOutputs,
        reference: OutputReference
    ) throws(ConfigError) -> DeclaredOutputs.Output {
        let names = declared.outputs.map(\.name)
        if let artifact = reference.artifact {
            guard let output = declared.output(named: artifact) else {
                throw ConfigError(
                    reference.sourceLocation, path: reference.sourcePath,
                    "step '\(source)' has no output '\(artifact)'" + suggestion(artifact, Set(names))
                        + "; its outputs: \(names.joined(separator: ", "))")
            }
            return output
        }
        guard declared.outputs.count == 1 else {
            throw ConfigError(
                reference.sourceLocation, path: reference.sourcePath,
                "step '\(source)' has \(names.count) outputs; name one as '\(source)/OUTPUT', "
                    + "one of: \(names.joined(separator: ", "))")
        }
        return declared.outputs[0]
    }

    /// "OWNER has no column 'c'; did you mean …?; its columns: a, b", with a note when the name is a
    /// dataset column used on a step (a common slip: datasets name their columns x and y, steps do not)
    /// and when it is the default of an omitted key.
    private static func unknownColumnProblem(
        _ column: OutputReference.Column, in owner: String, columns: [String],
        datasetColumns: [String]
    ) -> String {
        // A dataset column on a step is a slip of kind, not of spelling: no "did you mean" then.
        let isDatasetColumn = datasetColumns.contains(column.name)
        var problem =
            "\(owner) has no column '\(column.name)'" + (isDatasetColumn ? "" : suggestion(column.name, Set(columns)))
            + "; its columns: \(columns.joined(separator: ", "))"
        if isDatasetColumn {
            problem += " ('\(column.name)' is a column of external datasets; a step's table names its own columns)"
        }
        if column.isDefault, let key = column.path.last { problem += " (the default when '\(key)' is omitted)" }
        return problem
    }
}

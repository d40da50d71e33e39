/// What `figures kinds` shows of one step kind, from the kind's own declarations.
public struct KindDocumentation: Sendable {
    /// `kind:` name.
    public var name: String
    /// One line.
    public var summary: String
    /// Input roles it needs.
    public var requiredInputs: [String]
    /// Input roles it accepts.
    public var optionalInputs: [String]
    /// Its parameters, if they are a `ParameterSet` (the figure kind keeps its own schema).
    public var parameters: ParameterSchema?
    /// Markdown paragraphs after the parameter table.
    public var details: String
}

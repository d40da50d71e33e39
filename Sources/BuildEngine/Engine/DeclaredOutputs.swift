/// The outputs a step kind declares it writes for given parameters: artifact names and, for tables,
/// their column names.
///
/// Declaring them lets the engine check, when figures.yaml is loaded, every `OutputReference` other
/// nodes make to the step: a misspelt output or column is then a configuration error with its location,
/// not a failure after the upstream steps have run. A kind that declares nothing is not checked.
public struct DeclaredOutputs: Sendable, Equatable {
    /// One artifact.
    public struct Output: Sendable, Equatable {
        /// Artifact name, e.g. `table`.
        public var name: String
        /// Column names of a table artifact, in order; nil for an artifact that is not a table.
        public var columns: [String]?

        /// Creates an output.
        public init(name: String, columns: [String]?) {
            self.name = name
            self.columns = columns
        }
    }

    /// The artifacts, in the order the step writes them.
    public var outputs: [Output]

    /// Creates a declaration.
    public init(_ outputs: [Output]) { self.outputs = outputs }

    /// A single table artifact named `name`.
    public static func table(_ name: String = "table", columns: [String]) -> DeclaredOutputs {
        DeclaredOutputs([Output(name: name, columns: columns)])
    }

    /// The artifact named `name`, if declared.
    public func output(named name: String) -> Output? { outputs.first { $0.name == name } }
}

/// A reference a node makes in figures.yaml to columns of another step's output or of a dataset,
/// with where each part is written (checked against `DeclaredOutputs` at load time).
public struct OutputReference: Sendable {
    /// A column read, with the location of the key that names it.
    public struct Column: Sendable {
        /// Column name.
        public var name: String
        /// Where it is named: the key (e.g. `y:`), or the entry when the key is omitted.
        public var location: SourceLocation
        /// Key path of the key, e.g. ["figures", "limits", "series", "[2]", "y"].
        public var path: [String]
        /// True when the key is omitted and the kind's default name is used.
        public var isDefault: Bool

        /// Creates a column reference.
        public init(name: String, location: SourceLocation, path: [String], isDefault: Bool) {
            self.name = name
            self.location = location
            self.path = path
            self.isDefault = isDefault
        }
    }

    /// The step or dataset read.
    public var source: InputReference
    /// The artifact named (`STEP/ARTIFACT`), or nil for the source's only output.
    public var artifact: String?
    /// Where the source is named (e.g. the `from:` key).
    public var sourceLocation: SourceLocation
    /// Key path of that key.
    public var sourcePath: [String]
    /// The columns read.
    public var columns: [Column]

    /// Creates a reference.
    public init(source: InputReference, artifact: String?, sourceLocation: SourceLocation, sourcePath: [String], columns: [Column]) {
        self.source = source
        self.artifact = artifact
        self.sourceLocation = sourceLocation
        self.sourcePath = sourcePath
        self.columns = columns
    }
}

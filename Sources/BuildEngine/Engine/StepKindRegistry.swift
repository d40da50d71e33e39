/// A step whose parameters have been decoded: what the engine keys and runs.
public struct PreparedStep: Sendable {
    /// Kind name.
    public var kindName: String
    /// Kind version.
    public var kindVersion: Int
    /// Code fingerprint of the implementing code.
    public var codeFingerprint: String
    /// Canonical JSON of the typed parameters (what the key hashes).
    public var canonicalParameters: String
    /// The same parameters flattened to `path = value` pairs, for "params changed: a 1 → 2" messages.
    public var flatParameters: [String: String]
    /// Inputs implied by the parameters.
    public var impliedInputs: [String: InputReference]
    /// Required and optional roles.
    public var requiredInputs: [String], optionalInputs: [String]
    /// What the step declares it writes (nil: undeclared, not checked).
    public var declaredOutputs: DeclaredOutputs?
    /// The columns of other outputs its parameters name, checked when the project is loaded.
    public var outputReferences: [OutputReference]
    /// Runs the step.
    public var run: @Sendable (StepInputs, StepContext) throws -> [Artifact]
    /// How the step splits into shards, if its kind can (`ShardableStepKind`).
    public var sharding: StepSharding? = nil
}

/// A top-level section of figures.yaml that the domain adds to the engine's own (`version`,
/// `datasets`, `steps`).
public struct ConfigSection: Sendable, Equatable {
    /// The section's key, e.g. `figures`.
    public var name: String
    /// For a section of build nodes: the kind every entry has (its entries are that kind's
    /// parameters, with the entry's name under `name`); nil for a plain section the domain reads
    /// itself from `Project.sections`.
    public var nodeKind: String?
    /// For a node section: another top-level section merged under each entry's key of the same name
    /// (project-wide defaults such as `style:`), the entry's own values winning.
    public var inheritedSection: String?
}

/// A check of the whole loaded project that a domain registers (e.g. "every dataset a figure reads
/// holds what the figure draws"); it may read the project's files. Run by `Project.load` after
/// parsing, before anything is built; a non-nil result is the configuration error to report.
public typealias ProjectCheck = @Sendable (Project) -> ConfigError?

/// The step kinds a build knows, by name, and the top-level sections the domain adds.
public struct StepKindRegistry: Sendable {
    var preparers: [String: @Sendable (ConfigNode, [String]) throws -> PreparedStep] = [:]
    private var summaries: [String: String] = [:]
    /// Sections added by the domain, in registration order (node sections are parsed in this order,
    /// after `steps:`).
    public private(set) var sections: [ConfigSection] = []
    private var documenters: [String: @Sendable () -> KindDocumentation] = [:]
    /// The columns every external dataset offers to `OutputReference`s (as the project's readers name
    /// them), or nil to leave references to datasets unchecked.
    public var datasetColumns: [String]?

    /// Directories under out/ that the domain's own outputs fill (e.g. `data`), with what they hold: a step's
    /// `publish:` may not name one or a directory below it, so that no stray file lands among them.
    public var reservedPublishDirectories: [String: String] = [:]

    /// Checks of the loaded project, in registration order.
    public private(set) var projectChecks: [ProjectCheck] = []

    /// An empty registry.
    public init() {}

    /// Adds a check that `Project.load` runs on the parsed project (see `ProjectCheck`).
    public mutating func registerProjectCheck(_ check: @escaping ProjectCheck) {
        projectChecks.append(check)
    }

    /// Adds a top-level section whose entries are build nodes of `kind` (e.g. `figures:` of kind
    /// `figure`), optionally inheriting a project-wide section under the entry key of the same name.
    public mutating func registerNodeSection(_ name: String, kind: String, inheriting inherited: String? = nil) {
        sections.append(ConfigSection(name: name, nodeKind: kind, inheritedSection: inherited))
    }

    /// Adds a plain top-level section that the domain reads from `Project.sections` (e.g. `style:`,
    /// `tolerances:`).
    public mutating func registerSection(_ name: String) {
        sections.append(ConfigSection(name: name, nodeKind: nil, inheritedSection: nil))
    }

    /// Registers a kind.
    public mutating func register<K: StepKind>(_ kind: K.Type) { registerKind(K.self) }

    mutating func registerKind<K: StepKind>(_ kind: K.Type) {
        summaries[K.name] = K.summary
        documenters[K.name] = {
            KindDocumentation(
                name: K.name, summary: K.summary, requiredInputs: K.requiredInputs, optionalInputs: K.optionalInputs,
                parameters: (K.Parameters.self as? any ParameterSet.Type).map { schema(of: $0) }, details: K.details)
        }
        preparers[K.name] = { (node: ConfigNode, path: [String]) throws -> PreparedStep in
            let parameters = try ConfigDecoder().decode(K.Parameters.self, from: node, path: path)
            if let problem = K.validate(parameters) { throw ConfigError.located(problem, in: node, path: path) }
            let canonical: String
            let flat: [String: String]
            do {
                canonical = try CanonicalEncoder().encode(parameters)
                flat = try CanonicalEncoder().flatten(parameters)
            } catch {
                throw ConfigError(node.location, path: path, "cannot be encoded canonically: \(error)")
            }
            return PreparedStep(
                kindName: K.name, kindVersion: K.version, codeFingerprint: K.codeFingerprint,
                canonicalParameters: canonical, flatParameters: flat,
                impliedInputs: K.impliedInputs(of: parameters),
                requiredInputs: K.requiredInputs, optionalInputs: K.optionalInputs,
                declaredOutputs: K.declaredOutputs(of: parameters),
                outputReferences: K.outputReferences(of: parameters, in: node, path: path),
                run: { inputs, context in try K.run(parameters, inputs: inputs, context: context) })
        }
    }

    /// Names of the registered kinds, sorted.
    public var kindNames: [String] { preparers.keys.sorted() }

    /// The kinds a `steps:` entry may name: every kind but those of node sections (a figure is
    /// declared under `figures:`, not as a step).
    public var stepKindNames: [String] {
        let sectionKinds = Set(sections.compactMap(\.nodeKind))
        return kindNames.filter { !sectionKinds.contains($0) }
    }

    /// The summary line of a kind.
    public func summary(of kind: String) -> String? { summaries[kind] }

    /// What `figures kinds` shows of a kind: summary, inputs, parameters, details.
    public func documentation(of kind: String) -> KindDocumentation? { documenters[kind]?() }

    /// Decodes `node` as the parameters of `kind`.
    func prepare(kind: String, parameters node: ConfigNode, path: [String]) throws(ConfigError) -> PreparedStep? {
        guard let preparer = preparers[kind] else { return nil }
        do {
            return try preparer(node, path)
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError(node.location, path: path, "\(error)")
        }
    }
}

private func schema<P: ParameterSet>(of type: P.Type) -> ParameterSchema { ParameterSchema.of(type) }

extension ConfigError {
    /// A validation problem, located at the key it names when it starts with `KEY: ` (or a key path,
    /// `KEY.SUB[2].LEAF: `) and the node gives that key (else at the node). An `expected …` problem about a
    /// scalar says what was found.
    public static func located(_ problem: String, in node: ConfigNode, path: [String]) -> ConfigError {
        guard let colon = problem.range(of: ": ") else { return ConfigError(node.location, path: path, problem) }
        let keyText = problem[..<colon.lowerBound]
        guard !keyText.isEmpty, !keyText.contains(" ") else { return ConfigError(node.location, path: path, problem) }
        var target = node
        var keys: [String] = []
        for part in keyText.split(separator: ".", omittingEmptySubsequences: false) {
            // `experiments[0]` is the key `experiments`, then the item `[0]`.
            let name = part.prefix { $0 != "[" }
            var components = name.isEmpty ? [] : [String(name)]
            components += part.dropFirst(name.count).split(separator: "]").map { String($0) + "]" }
            for component in components {
                if component.hasPrefix("["), let index = Int(component.dropFirst().dropLast()),
                    case .sequence(let items) = target.value, items.indices.contains(index)
                {
                    target = items[index]
                } else if !component.hasPrefix("["), let next = target[component] {
                    target = next
                } else {
                    return ConfigError(node.location, path: path, problem)
                }
                keys.append(component)
            }
        }
        var rest = String(problem[colon.upperBound...])
        if rest.hasPrefix("expected"), !rest.contains("found"), case .scalar(let text, _) = target.value {
            rest += ", found '\(text)'"
        }
        return ConfigError(target.location, path: path + keys, rest)
    }
}

extension CanonicalEncoder {
    /// The value flattened to dotted key paths and canonical leaf texts (lists as `key[i]`).
    public func flatten<T: Encodable>(_ value: T) throws -> [String: String] {
        let root = CanonicalBox()
        try value.encode(to: CanonicalValueEncoder(box: root, path: []))
        var result: [String: String] = [:]
        func walk(_ value: CanonicalValue, _ prefix: String) {
            switch value {
            case .object(let members):
                if members.isEmpty { result[prefix] = "{}" }
                for (key, box) in members { walk(box.value, prefix.isEmpty ? key : prefix + "." + key) }
            case .array(let items):
                if items.isEmpty { result[prefix] = "[]" }
                for (index, box) in items.enumerated() { walk(box.value, prefix + "[\(index)]") }
            default:
                result[prefix] = value.json
            }
        }
        walk(root.value, "")
        return result
    }
}

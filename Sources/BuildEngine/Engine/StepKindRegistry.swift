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
    /// Runs the step.
    public var run: @Sendable (StepInputs, StepContext) throws -> [Artifact]
    /// How the step splits into shards, if its kind can (`ShardableStepKind`).
    public var sharding: StepSharding? = nil
}

/// The step kinds a build knows, by name.
public struct StepKindRegistry: Sendable {
    var preparers: [String: @Sendable (ConfigNode, [String]) throws -> PreparedStep] = [:]
    private var summaries: [String: String] = [:]

    /// An empty registry.
    public init() {}

    /// Registers a kind.
    public mutating func register<K: StepKind>(_ kind: K.Type) { registerKind(K.self) }

    mutating func registerKind<K: StepKind>(_ kind: K.Type) {
        summaries[K.name] = K.summary
        preparers[K.name] = { (node: ConfigNode, path: [String]) throws -> PreparedStep in
            let parameters = try ConfigDecoder().decode(K.Parameters.self, from: node, path: path)
            if let problem = K.validate(parameters) { throw ConfigError(node.location, path: path, problem) }
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
                run: { inputs, context in try K.run(parameters, inputs: inputs, context: context) })
        }
    }

    /// Names of the registered kinds, sorted.
    public var kindNames: [String] { preparers.keys.sorted() }

    /// The summary line of a kind.
    public func summary(of kind: String) -> String? { summaries[kind] }

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

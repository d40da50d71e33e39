import CommonVocabulary
import Foundation
import Yams

/// A command-line override of one parameter: `--set STEP.PARAM=VALUE`.
public struct ParameterOverride: Sendable, Equatable {
    /// Step or figure name.
    public var target: String
    /// Key path inside the step's `params` (or inside the figure's description).
    public var keyPath: [String]
    /// The value as YAML text.
    public var valueText: String

    /// Parses `STEP.PARAM[.SUB…]=VALUE`; nil if it has no `=` or no `.`.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let lhs = text[..<equals].split(separator: ".").map(String.init)
        guard lhs.count >= 2, lhs.allSatisfy({ !$0.isEmpty }) else { return nil }
        target = lhs[0]
        keyPath = Array(lhs.dropFirst())
        valueText = String(text[text.index(after: equals)...])
    }
}

/// A dataset declaration: a file in the project (or swapped in with `--dataset`).
public struct DatasetDeclaration: Sendable {
    /// Name used as `external:NAME`.
    public var name: String
    /// Path relative to the project root (or absolute), as written.
    public var path: String
    /// Where it was declared.
    public var location: SourceLocation
    /// True if `--dataset` replaced the configured path.
    public var overridden: Bool
}

/// One node of the build graph: a step or a figure, decoded and validated.
public struct BuildNode: Sendable {
    /// Name (unique across steps and figures).
    public var name: String
    /// The top-level section it is declared in: `steps`, or a section the domain registered.
    public var section: String
    /// Where it is declared.
    public var location: SourceLocation
    /// The decoded step.
    public var step: PreparedStep
    /// Role → what it reads.
    public var inputs: [String: InputReference]
    /// Directory under out/ to publish every artifact to (`publish:`), if any.
    public var publishDirectory: String?
    /// How many shards the step splits into when it runs (`shards:`, 1 = not split); never in a key.
    public var shards: Int = 1
    /// The wall time after which the step fails (`timeout_s:`, default `BuildNode.defaultTimeLimitSeconds`);
    /// never in a key.
    public var timeLimitSeconds: Double = BuildNode.defaultTimeLimitSeconds
    /// The parameters as decoded (after `--set` and inherited sections), with their locations, for
    /// project checks that point at one entry.
    public var parameters: ConfigNode
}

/// figures.yaml, loaded and validated: the nodes, their order, datasets and the raw sections others read.
public struct Project: Sendable {
    /// The schema version this engine reads.
    public static let schemaVersion = 1
    /// The largest configuration file read (1 MiB; the project's own is about 20 kB).
    public static let maximumConfigurationBytes = 1 << 20

    /// Absolute project root.
    public var rootDirectory: String
    /// Config file name as shown in messages (relative to the root).
    public var configFile: String
    /// Nodes by name.
    public var nodes: [String: BuildNode]
    /// The dependency graph: order, dependents, closures.
    public var graph: BuildGraph
    /// All node names in a topological order (ties broken by name, so the order is deterministic).
    public var order: [String] { graph.order }
    /// Datasets by name.
    public var datasets: [String: DatasetDeclaration]
    /// The plain sections the domain registered (e.g. `tolerances:`), as written, by name.
    public var sections: [String: ConfigNode]
    /// The `cache:` section (remote cache settings; decoded by `RemoteCacheSettings`).
    public var cacheSection: ConfigNode?

    /// Loads `configFile` from `rootDirectory`, applying overrides, and validates everything.
    public static func load(
        rootDirectory: String, configFile: String = "figures.yaml", registry: StepKindRegistry,
        overrides: [ParameterOverride] = [], datasetOverrides: [String: String] = [:]
    ) throws(ConfigError) -> Project {
        let path = rootDirectory + "/" + configFile
        // A configuration is a few tens of kilobytes; anything far larger is a mistake or an attack
        // that would cost memory and time before any message could be given.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, size > maximumConfigurationBytes
        {
            throw ConfigError(
                SourceLocation(file: configFile), path: [],
                "is \(size) bytes; a configuration may be at most \(maximumConfigurationBytes) bytes (1 MiB)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(SourceLocation(file: configFile), path: [], "cannot be read (no such file in \(rootDirectory))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(SourceLocation(file: configFile), path: [], "is not UTF-8 text")
        }
        let project = try parse(
            text: text, rootDirectory: rootDirectory, configFile: configFile, registry: registry,
            overrides: overrides, datasetOverrides: datasetOverrides)
        try project.checkDatasetPaths()
        for check in registry.projectChecks {
            if let error = check(project) { throw error }
        }
        return project
    }

    /// Parses and validates configuration text (the pure part of `load`).
    public static func parse(
        text: String, rootDirectory: String, configFile: String, registry: StepKindRegistry,
        overrides: [ParameterOverride] = [], datasetOverrides: [String: String] = [:]
    ) throws(ConfigError) -> Project {
        var root = try ConfigNode.parseYAML(text, file: configFile)
        // `cache:` is the engine's own (where to share results); the domain adds its sections.
        let topLevel = ["version", "datasets", "steps", "cache"] + registry.sections.map(\.name)
        guard let entries = root.mappingEntries else {
            throw ConfigError(
                root.location, path: [], "expected a mapping with keys \(topLevel.joined(separator: ", ")), found \(root.kindDescription)")
        }
        for entry in entries where !topLevel.contains(entry.key) {
            throw ConfigError(entry.keyLocation, path: [entry.key], unknownKeyProblem(entry.key, known: Set(topLevel)))
        }
        // Version first: a future file must fail on its version, not on a key this engine does not know.
        guard let versionNode = root["version"] else {
            throw ConfigError(root.location, path: ["version"], "missing; this engine reads version: \(schemaVersion)")
        }
        guard case .scalar(let versionText, false) = versionNode.value, Int(versionText) == schemaVersion else {
            throw ConfigError(versionNode.location, path: ["version"], "expected \(schemaVersion), found \(versionNode.kindDescription)")
        }

        root = try applyOverrides(overrides, to: root, registry: registry)
        let datasets = try parseDatasets(root["datasets"], overrides: datasetOverrides)
        var nodes: [String: BuildNode] = [:]
        var declarationOrder: [String] = []

        if let steps = root["steps"] {
            guard let stepEntries = steps.mappingEntries else {
                throw ConfigError(
                    steps.location, path: ["steps"], "expected a mapping of step names to steps, found \(steps.kindDescription)")
            }
            for (name, keyLocation, node) in stepEntries {
                let built = try parseStep(name: name, keyLocation: keyLocation, node: node, registry: registry)
                nodes[name] = built
                declarationOrder.append(name)
            }
        }
        var sections: [String: ConfigNode] = [:]
        for section in registry.sections {
            guard let sectionNode = root[section.name] else { continue }
            guard let kind = section.nodeKind else { sections[section.name] = sectionNode; continue }
            guard let entries = sectionNode.mappingEntries else {
                throw ConfigError(
                    sectionNode.location, path: [section.name],
                    "expected a mapping of names to \(kind) descriptions, found \(sectionNode.kindDescription)")
            }
            let inherited = section.inheritedSection.flatMap { root[$0] }
            for (name, keyLocation, node) in entries {
                if let other = nodes[name] {
                    throw ConfigError(
                        keyLocation, path: [section.name, name],
                        "is also the name of a node in \(other.section): (\(other.location)); names must be unique")
                }
                nodes[name] = try parseSectionNode(
                    name: name, keyLocation: keyLocation, node: node, section: section,
                    inherited: inherited, registry: registry)
                declarationOrder.append(name)
            }
        }
        try checkInputs(nodes: nodes, datasets: datasets)
        try checkOutputReferences(nodes: nodes, registry: registry)
        let graph = try buildGraph(nodes: nodes)
        return Project(
            rootDirectory: rootDirectory, configFile: configFile, nodes: nodes, graph: graph,
            datasets: datasets, sections: sections, cacheSection: root["cache"])
    }

    private static func applyOverrides(
        _ overrides: [ParameterOverride], to root: ConfigNode,
        registry: StepKindRegistry
    ) throws(ConfigError) -> ConfigNode {
        var root = root
        for override in overrides {
            let location = SourceLocation(file: "--set \(override.target).\(override.keyPath.joined(separator: "."))")
            let section: [String]
            if root["steps"]?[override.target] != nil {
                section = ["steps", override.target, "params"]
            } else if let nodeSection = registry.sections.first(where: { $0.nodeKind != nil && root[$0.name]?[override.target] != nil }) {
                section = [nodeSection.name, override.target]
            } else {
                let nodeSections = ["steps"] + registry.sections.filter { $0.nodeKind != nil }.map(\.name)
                let known = Set(nodeSections.flatMap { (root[$0]?.mappingEntries ?? []).map(\.key) })
                throw ConfigError(location, path: [], "no step or figure named '\(override.target)'" + suggestion(override.target, known))
            }
            if override.valueText.allSatisfy(\.isWhitespace) {
                throw ConfigError(
                    location, path: section + override.keyPath, "expected a value after '=', found an empty value")
            }
            let value: ConfigNode
            do {
                value = try ConfigNode.parseYAML(override.valueText, file: location.file)
            } catch {
                throw ConfigError(location, path: [], "the value '\(override.valueText)' is not valid YAML")
            }
            var parent = root[section[0]]
            for (index, key) in (section.dropFirst() + override.keyPath.dropLast()).enumerated() {
                parent = parent?[key]
                if let parent, parent.mappingEntries == nil, !isNull(parent) {
                    let keys = Array((section + override.keyPath).prefix(index + 2))
                    throw ConfigError(
                        location, path: keys, "expected a mapping to set '\(override.keyPath.last!)' in, found \(parent.kindDescription)")
                }
            }
            root = root.replacing(path: section + override.keyPath, with: ConfigNode(value.value, at: location))
        }
        return root
    }

    private static func parseDatasets(_ node: ConfigNode?, overrides: [String: String]) throws(ConfigError) -> [String: DatasetDeclaration]
    {
        var datasets: [String: DatasetDeclaration] = [:]
        if let node {
            guard let entries = node.mappingEntries else {
                throw ConfigError(
                    node.location, path: ["datasets"], "expected a mapping of dataset names to file paths, found \(node.kindDescription)")
            }
            for (name, keyLocation, value) in entries {
                if let problem = OutputPath.nameProblem(name) { throw ConfigError(keyLocation, path: ["datasets", name], problem) }
                guard case .scalar(let path, _) = value.value, !path.isEmpty else {
                    throw ConfigError(value.location, path: ["datasets", name], "expected a file path, found \(value.kindDescription)")
                }
                datasets[name] = DatasetDeclaration(name: name, path: path, location: value.location, overridden: false)
            }
        }
        for (name, path) in overrides.sorted(by: { $0.key < $1.key }) {
            guard var declaration = datasets[name] else {
                throw ConfigError(
                    SourceLocation(file: "--dataset \(name)=\(path)"), path: [],
                    "no dataset named '\(name)' in figures.yaml" + suggestion(name, Set(datasets.keys)))
            }
            declaration.path = path
            declaration.overridden = true
            declaration.location = SourceLocation(file: "--dataset \(name)")
            datasets[name] = declaration
        }
        return datasets
    }

    private static func parseStep(name: String, keyLocation: SourceLocation, node: ConfigNode, registry: StepKindRegistry)
        throws(ConfigError) -> BuildNode
    {
        let path = ["steps", name]
        if let problem = OutputPath.nameProblem(name) { throw ConfigError(keyLocation, path: path, problem) }
        guard let entries = node.mappingEntries else {
            throw ConfigError(
                node.location, path: path, "expected a mapping with 'kind', 'params', 'inputs', found \(node.kindDescription)")
        }
        let allowed: Set<String> = ["kind", "params", "inputs", "publish", "shards", "timeout_s"]
        for entry in entries where !allowed.contains(entry.key) {
            throw ConfigError(entry.keyLocation, path: path + [entry.key], unknownKeyProblem(entry.key, known: allowed))
        }
        guard let kindNode = node["kind"] else {
            throw ConfigError(
                node.location, path: path + ["kind"], "missing; expected one of: \(registry.stepKindNames.joined(separator: ", "))")
        }
        guard case .scalar(let kind, _) = kindNode.value else {
            throw ConfigError(kindNode.location, path: path + ["kind"], "expected a step kind name, found \(kindNode.kindDescription)")
        }
        let parameters = node["params"] ?? ConfigNode(.mapping([]), at: node.location)
        let parametersNode: ConfigNode
        if case .null = parameters.value {
            parametersNode = ConfigNode(.mapping([]), at: parameters.location)
        } else {
            parametersNode = parameters
        }
        guard let step = try registry.prepare(kind: kind, parameters: parametersNode, path: path + ["params"]) else {
            throw ConfigError(
                kindNode.location, path: path + ["kind"],
                "unknown step kind '\(kind)'" + suggestion(kind, Set(registry.stepKindNames))
                    + "; known kinds: \(registry.stepKindNames.joined(separator: ", "))")
        }
        var inputs = step.impliedInputs
        if let inputsNode = node["inputs"], case .mapping = inputsNode.value {
            for (role, roleLocation, reference) in inputsNode.mappingEntries ?? [] {
                guard step.requiredInputs.contains(role) || step.optionalInputs.contains(role) else {
                    let roles = Set(step.requiredInputs + step.optionalInputs)
                    throw ConfigError(
                        roleLocation, path: path + ["inputs", role],
                        "kind '\(kind)' has no input '\(role)'" + suggestion(role, roles)
                            + (roles.isEmpty ? " (it takes no inputs)" : " (its inputs: \(roles.sorted().joined(separator: ", ")))"))
                }
                guard case .scalar(let text, _) = reference.value, !text.isEmpty else {
                    throw ConfigError(
                        reference.location, path: path + ["inputs", role],
                        "expected a step name or external:DATASET, found \(reference.kindDescription)")
                }
                inputs[role] = InputReference(parsing: text)
            }
        } else if let inputsNode = node["inputs"], !isNull(inputsNode) {
            throw ConfigError(
                inputsNode.location, path: path + ["inputs"],
                "expected a mapping of input roles to step names, found \(inputsNode.kindDescription)")
        }
        for role in step.requiredInputs where inputs[role] == nil {
            throw ConfigError(node.location, path: path + ["inputs", role], "missing; kind '\(kind)' needs input '\(role)'")
        }
        var publish: String?
        if let publishNode = node["publish"] {
            guard case .scalar(let text, _) = publishNode.value else {
                throw ConfigError(
                    publishNode.location, path: path + ["publish"], "expected a directory under out/, found \(publishNode.kindDescription)")
            }
            if let problem = OutputPath.problem(with: text) { throw ConfigError(publishNode.location, path: path + ["publish"], problem) }
            for (directory, contents) in registry.reservedPublishDirectories.sorted(by: { $0.key < $1.key })
            where text == directory || text.hasPrefix(directory + "/") {
                throw ConfigError(
                    publishNode.location, path: path + ["publish"],
                    "expected a directory under out/ outside out/\(directory), which holds \(contents), found '\(text)'")
            }
            publish = text
        }
        let shards = try parseShards(node["shards"], step: step, kind: kind, path: path)
        let timeLimit = try parseTimeLimit(node["timeout_s"], path: path)
        return BuildNode(
            name: name, section: "steps", location: keyLocation, step: step, inputs: inputs, publishDirectory: publish,
            shards: shards, timeLimitSeconds: timeLimit, parameters: parametersNode)
    }

    /// An entry of a node section the domain registered (e.g. a figure): the kind receives the
    /// entry's name under `name` and the inherited section merged under its own key of that name.
    private static func parseSectionNode(
        name: String, keyLocation: SourceLocation, node: ConfigNode, section: ConfigSection, inherited: ConfigNode?,
        registry: StepKindRegistry
    ) throws(ConfigError) -> BuildNode {
        let path = [section.name, name]
        let kind = section.nodeKind!
        if let problem = OutputPath.nameProblem(name) { throw ConfigError(keyLocation, path: path, problem) }
        guard case .mapping(var entries) = node.value else {
            throw ConfigError(node.location, path: path, "expected a \(kind) description (a mapping), found \(node.kindDescription)")
        }
        if let entry = entries.first(where: { $0.key == "name" }) {
            throw ConfigError(entry.keyLocation, path: path + ["name"], "is set from the \(kind)'s key; remove it")
        }
        entries.append(("name", keyLocation, ConfigNode(.scalar(name, quoted: true), at: keyLocation)))
        if let inherited, let key = section.inheritedSection {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = inherited.merging(entries[index].value)
            } else {
                entries.append((key, inherited.location, inherited))
            }
        }
        let merged = ConfigNode(.mapping(entries), at: node.location)
        guard let step = try registry.prepare(kind: kind, parameters: merged, path: path) else {
            throw ConfigError(
                keyLocation, path: path, "entries of \(section.name): need the '\(kind)' step kind, which this build does not have")
        }
        return BuildNode(
            name: name, section: section.name, location: keyLocation, step: step, inputs: step.impliedInputs,
            publishDirectory: nil, parameters: merged)
    }

    private static func checkInputs(nodes: [String: BuildNode], datasets: [String: DatasetDeclaration]) throws(ConfigError) {
        for name in nodes.keys.sorted() {
            var node = nodes[name]!
            let section = node.section
            let keyLocation = node.location
            for role in node.inputs.keys.sorted() {
                // An input implied by a node's description (a figure's `from: STEP/OUTPUT`) is reported at the
                // value that names it; one under `inputs:` at the node.
                let text: String
                switch node.inputs[role]! {
                case .step(let other): text = other
                case .dataset(let dataset): text = "external:" + dataset
                }
                var path = [section, name, "inputs", role]
                node.location = keyLocation
                if section != "steps", let named = node.parameters.firstScalar(where: { $0 == text || $0.hasPrefix(text + "/") }) {
                    node.location = named.node.location
                    path = [section, name] + named.path
                }
                switch node.inputs[role]! {
                case .step(let other):
                    guard let upstream = nodes[other] else {
                        throw ConfigError(
                            node.location, path: path,
                            "refers to '\(other)', which is not a step" + suggestion(other, Set(nodes.keys)))
                    }
                    if upstream.section != "steps" {
                        throw ConfigError(
                            node.location, path: path,
                            "expected the name of a step, found '\(other)', which is declared under \(upstream.section):")
                    }
                case .dataset(let dataset):
                    if datasets[dataset] == nil {
                        throw ConfigError(
                            node.location, path: path,
                            "refers to dataset '\(dataset)', which is not declared under datasets:"
                                + suggestion(dataset, Set(datasets.keys)))
                    }
                }
            }
        }
    }

    /// The graph of the nodes, or the configuration error that names a cycle.
    private static func buildGraph(nodes: [String: BuildNode]) throws(ConfigError) -> BuildGraph {
        do {
            return try BuildGraph(upstream: nodes.mapValues(\.upstreamSteps))
        } catch {
            let first = nodes[error.nodes[0]]!
            throw ConfigError(
                first.location, path: [first.section, error.nodes[0], "inputs"],
                "is part of a cycle: \((error.nodes + [error.nodes[0]]).joined(separator: " → "))")
        }
    }
}

extension Project {
    /// The node name closest to `name` (a small edit distance), for "did you mean" messages.
    public func closestNodeName(to name: String) -> String? {
        // Ties go to the alphabetically first name, so the message is the same on every run.
        guard let best = nodes.keys.min(by: { (editDistance($0, name), $0) < (editDistance($1, name), $1) }),
            editDistance(best, name) <= max(2, name.count / 4)
        else { return nil }
        return best
    }

    /// The absolute path of a declared dataset (relative paths are relative to the project root).
    public func resolvedPath(ofDataset name: String) -> String {
        let path = datasets[name]!.path
        return path.hasPrefix("/") ? path : rootDirectory + "/" + path
    }
}

extension BuildNode {
    /// The steps this node reads (datasets excluded).
    public var upstreamSteps: Set<String> {
        Set(inputs.values.compactMap { if case .step(let name) = $0 { return name } else { return nil } })
    }
}

func isNull(_ node: ConfigNode) -> Bool { if case .null = node.value { return true } else { return false } }

/// "; did you mean 'x'?" when a known name is within a small edit distance.
func suggestion(_ name: String, _ known: Set<String>) -> String {
    closestName(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
}

extension ConfigNode {
    /// Deep merge of two mappings: keys of `other` win; non-mappings are replaced by `other`.
    public func merging(_ other: ConfigNode) -> ConfigNode {
        guard case .mapping(var mine) = value, case .mapping(let theirs) = other.value else { return other }
        for entry in theirs {
            if let index = mine.firstIndex(where: { $0.key == entry.key }) {
                mine[index] = (entry.key, entry.keyLocation, mine[index].value.merging(entry.value))
            } else {
                mine.append(entry)
            }
        }
        return ConfigNode(.mapping(mine), at: other.location)
    }
}

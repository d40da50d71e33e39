import CommonVocabulary
import Yams

/// A configuration error: where, which key, and what was expected. Exit code 2.
public struct ConfigError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
    /// Where the offending node is.
    public var location: SourceLocation
    /// Key path from the document root, e.g. ["steps", "yields", "params", "threshold_GeV"].
    public var path: [String]
    /// What is wrong, phrased to follow the key path ("expected a number, found 'abc'").
    public var problem: String

    /// Creates an error.
    public init(_ location: SourceLocation, path: [String], _ problem: String) {
        self.location = location
        self.path = path
        self.problem = problem
    }

    /// The key path as the user would write it: `steps.yields.params.threshold_GeV`, `series[2].from`.
    public var keyPath: String { userError.keyPathText }

    /// The error in the shape every layer shares.
    public var userError: UserError { UserError(location, keyPath: path, problem: problem) }

    /// `figures.yaml:12:5: steps.yields.params.threshold_GeV: expected a number, found 'abc'`.
    public var description: String { UserError.render(userError) }

    static func syntax(file: String, yamlError: YamlError) -> ConfigError {
        // Yams reports libyaml's problem with a mark; keep its position and words.
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return ConfigError(
                SourceLocation(file: file, line: mark.line, column: mark.column), path: [],
                "invalid YAML: \(what)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ConfigError(
                SourceLocation(file: file, line: context.mark.line, column: context.mark.column), path: [],
                "the mapping here gives \(keys) twice; each key may appear once")
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml's reader reports a byte offset: turn it into a line and column.
            let prefix = offset.map { String(decoding: yaml.utf8.prefix($0), as: UTF8.self) } ?? ""
            let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
            return ConfigError(
                SourceLocation(
                    file: file, line: offset == nil ? nil : lines.count, column: offset == nil ? nil : (lines.last?.count ?? 0) + 1),
                path: [], "invalid YAML: \(problem) (character code \(value))")
        default:
            return ConfigError(SourceLocation(file: file), path: [], "invalid YAML: \(yamlError)")
        }
    }
}

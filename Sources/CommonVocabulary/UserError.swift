/// The one shape of every error a user sees: where, which key, what was expected, what was found,
/// and a hint.
///
/// Configuration, dataset, figure-data, table and plot errors all convert to this shape
/// (`UserFacingError`), and `UserError.render` is the only function that turns it into text, so a
/// message reads the same whichever layer found the problem.
public struct UserError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: `figures.yaml:12:5`, `external-limits/babar-2016.csv:42`, `--set X`.
    public var location: SourceLocation?
    /// The key path, outermost first: `["steps", "yields", "params", "threshold_GeV"]`, `["[2]", "from"]`,
    /// or a subject such as `["column 'y'"]`.
    public var keyPath: [String]
    /// What is wrong, as a whole phrase, when it is not an expected/found pair.
    public var problem: String?
    /// What the input must be, in words ("a positive number").
    public var expected: String?
    /// What it is instead, verbatim (quoted in the message), or nil when nothing is there.
    public var found: String?
    /// One suggestion ("did you mean 'threshold_GeV'?", "install fonts-lmodern").
    public var hint: String?
    /// The valid names, for enumerations and keys.
    public var validNames: [String]

    /// An error with a free-text problem.
    public init(
        _ location: SourceLocation?, keyPath: [String] = [], problem: String, hint: String? = nil,
        validNames: [String] = []
    ) {
        self.location = location
        self.keyPath = keyPath
        self.problem = problem
        self.hint = hint
        self.validNames = validNames
    }

    /// An error stated as expected versus found.
    public init(
        _ location: SourceLocation?, keyPath: [String] = [], expected: String, found: String?,
        hint: String? = nil, validNames: [String] = []
    ) {
        self.location = location
        self.keyPath = keyPath
        self.expected = expected
        self.found = found
        self.hint = hint
        self.validNames = validNames
    }

    /// The key path as a user writes it: `steps.yields.params.threshold_GeV`, `series[2].from`.
    public var keyPathText: String {
        var text = ""
        for component in keyPath {
            if component.hasPrefix("[") || text.isEmpty { text += component } else { text += "." + component }
        }
        return text
    }

    public var description: String { Self.render(self) }

    /// The message: `LOCATION: KEY.PATH: PROBLEM; HINT (valid: A, B)`, each part only when present.
    ///
    /// A pure function of the error, so the golden tests of what users read test this alone.
    public static func render(_ error: UserError) -> String {
        var parts: [String] = []
        if let location = error.location { parts.append(location.description) }
        if !error.keyPath.isEmpty { parts.append(error.keyPathText) }
        var body: String
        if let problem = error.problem {
            body = problem
        } else {
            body = "expected \(error.expected ?? "something else")"
            if let found = error.found { body += ", found '\(found)'" }
        }
        if let hint = error.hint { body += "; \(hint)" }
        if !error.validNames.isEmpty { body += " (valid: \(error.validNames.joined(separator: ", ")))" }
        parts.append(body)
        return parts.joined(separator: ": ")
    }
}

/// An error that has a user-facing form. Every error type a user can meet conforms, and the command
/// line prints `userError` through `UserError.render`, never an error's raw `description`.
public protocol UserFacingError: Error {
    /// The error in the one shape users read.
    var userError: UserError { get }
}

extension UserError: UserFacingError {
    public var userError: UserError { self }
}

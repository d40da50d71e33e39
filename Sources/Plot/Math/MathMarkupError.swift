/// A syntax error in math markup, with the 1-based column where it was found.
public struct MathMarkupError: UserFacingError, Sendable, Hashable, CustomStringConvertible {
    /// The markup that failed to parse.
    public var source: String
    /// 1-based character column of the problem.
    public var column: Int
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error.
    public init(source: String, column: Int, message: String) {
        self.source = source
        self.column = column
        self.message = message
    }

    /// `math markup "m_{Z'": column 3: '{' is never closed`.
    public var description: String { UserError.render(userError) }

    /// The error in the shape every layer shares: the markup is the subject, the column its place.
    public var userError: UserError {
        UserError(nil, keyPath: ["math markup \"\(source)\""], problem: "column \(column): \(message)")
    }
}

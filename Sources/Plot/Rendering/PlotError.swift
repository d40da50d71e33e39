/// Why a figure could not be rendered.
public enum PlotError: UserFacingError, Sendable, Hashable, CustomStringConvertible {
    /// Pango loaded another family than requested (fontconfig never fails, it substitutes).
    case fontUnavailable(requested: String, loaded: String)
    /// A text needed a glyph from a family outside the text and math fonts, or from none at all.
    case missingGlyph(text: String, family: String)
    /// The description is inconsistent (lengths, ranges, unknown series name, …).
    case invalidFigure(String)
    /// A text's math markup did not parse.
    case markup(MathMarkupError)
    /// Cairo reported an error status.
    case cairo(String)

    /// A sentence for the user.
    public var description: String { UserError.render(userError) }

    /// The error in the shape every layer shares.
    public var userError: UserError {
        switch self {
        case .markup(let error): return error.userError
        default: return UserError(nil, problem: sentence)
        }
    }

    private var sentence: String {
        switch self {
        case .fontUnavailable(let requested, let loaded):
            return
                "font family \"\(requested)\" is not available: Pango loaded \"\(loaded)\" instead (install fonts-lmodern, or set style "
                + "font-family)"
        case .missingGlyph(let text, let family):
            return "text \"\(text)\" needs a glyph that neither the text nor the math font has (it came from \"\(family)\")"
        case .invalidFigure(let message):
            return "invalid figure: \(message)"
        case .markup(let error):
            return error.description
        case .cairo(let message):
            return "cairo: \(message)"
        }
    }
}

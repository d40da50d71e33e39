/// Which font face a run of math text uses.
public enum MathFontStyle: String, Sendable, Hashable {
    /// Italic face of the text font (math variables).
    case italic
    /// Upright face; glyphs missing from the text font (Greek, ′, μ) come from the math font.
    case upright
}

/// One element of parsed math markup.
public indirect enum MathNode: Sendable, Hashable {
    /// A run of characters in one face.
    case text(String, MathFontStyle)
    /// A base with a subscript and/or a superscript, stacked when both are present.
    case scripts(base: [MathNode], subscript: [MathNode]?, superscript: [MathNode]?)
    /// A bar over its content (ν̄).
    case overline([MathNode])
    /// Horizontal space in em of the current size (negative: a back space).
    case space(em: Double)
}

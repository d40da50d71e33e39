import Testing
@testable import Plot

@Test func parsesSubscriptPrimeAndUnits() throws {
    let nodes = try MathMarkup.parse("m_{Z'} [MeV]")
    #expect(
        nodes == [
            .scripts(base: [.text("m", .italic)], subscript: [.text("Z", .italic), .text("′", .upright)], superscript: nil),
            .text(" [MeV]", .upright)
        ])
}

@Test func stacksSubscriptAndSuperscriptOnOneBase() throws {
    let nodes = try MathMarkup.parse("m_{Z'}^2")
    #expect(
        nodes == [
            .scripts(
                base: [.text("m", .italic)], subscript: [.text("Z", .italic), .text("′", .upright)],
                superscript: [.text("2", .upright)])
        ])
    // Order of the two scripts does not matter.
    #expect(try MathMarkup.parse("m^2_{Z'}") == nodes)
}

@Test func greekLowerCaseIsMathItalicUpperCaseUpright() throws {
    #expect(try MathMarkup.parse("\\alpha") == [.text("𝛼", .upright)])
    #expect(
        try MathMarkup.parse("\\Pi(q^2)") == [
            .text("Π(", .upright), .scripts(base: [.text("q", .italic)], subscript: nil, superscript: [.text("2", .upright)]),
            .text(")", .upright)
        ])
    #expect(try MathMarkup.parse("\\mathrm{\\mu}") == [.scripts(base: [.text("μ", .upright)], subscript: nil, superscript: nil)])
}

@Test func wordsAreUprightSingleLettersItalic() throws {
    #expect(try MathMarkup.parse("NA64e") == [.text("NA64e", .upright)])
    #expect(try MathMarkup.parse("E_F") == [.scripts(base: [.text("E", .italic)], subscript: [.text("F", .italic)], superscript: nil)])
    #expect(try MathMarkup.parse("\\mathrm{Re}") == [.scripts(base: [.text("Re", .upright)], subscript: nil, superscript: nil)])
    #expect(try MathMarkup.parse("\\mathit{dT}") == [.scripts(base: [.text("dT", .italic)], subscript: nil, superscript: nil)])
}

@Test func minusHyphenAndEnDash() throws {
    // Scripts attach to the last character, as in TeX.
    #expect(
        try MathMarkup.parse("10^{-4}") == [
            .text("1", .upright), .scripts(base: [.text("0", .upright)], subscript: nil, superscript: [.text("−4", .upright)])
        ])
    #expect(try MathMarkup.parse("NA64-e") == [.text("NA64-e", .upright)])
    #expect(try MathMarkup.parse("2016--2022") == [.text("2016–2022", .upright)])
    #expect(try MathMarkup.parse("L_\\mu - L_\\tau").contains(.text(" − ", .upright)))
    #expect(try MathMarkup.parse("(g-2)") == [.text("(", .upright), .text("g", .italic), .text("−2)", .upright)])
}

@Test func errorsNameTheColumn() {
    #expect(throws: MathMarkupError(source: "m_{Z'", column: 3, message: "'{' is never closed")) {
        try MathMarkup.parse("m_{Z'")
    }
    #expect(throws: MathMarkupError(source: "a}", column: 2, message: "'}' without a matching '{'")) {
        try MathMarkup.parse("a}")
    }
    #expect(throws: MathMarkupError(source: "x^", column: 2, message: "'^' needs an argument: one character or a {group}")) {
        try MathMarkup.parse("x^")
    }
    #expect(throws: MathMarkupError(source: "x_1_2", column: 4, message: "double subscript")) {
        try MathMarkup.parse("x_1_2")
    }
    #expect(throws: MathMarkupError(source: "\\foo", column: 1, message: "unknown command '\\foo'")) {
        try MathMarkup.parse("\\foo")
    }
}

/// Every character 0.5 em wide, ascent 0.7 em, descent 0.2 em, ink 0.68 em: makes box arithmetic exact.
struct FixedWidthMeasurer: TextMeasuring {
    func measure(_ text: String, style: MathFontStyle, size: Double) throws -> TextExtent {
        TextExtent(width: 0.5 * size * Double(text.count), ascent: 0.7 * size, descent: 0.2 * size, inkAscent: 0.68 * size)
    }
}

@Test func layoutStacksScriptsAtTheSameHorizontalPosition() throws {
    let box = try MathLayout.layout(markup: "m_{Z'}^2", size: 10, measurer: FixedWidthMeasurer())
    let base = try #require(box.runs.first { $0.text == "m" })
    let subscriptRun = try #require(box.runs.first { $0.text == "Z" })
    let superscriptRun = try #require(box.runs.first { $0.text == "2" })
    #expect(base.size == 10)
    #expect(subscriptRun.size == 7)
    #expect(superscriptRun.size == 7)
    // Stacked: the subscript starts right after the base; the superscript only by the italic correction (0.6 pt).
    #expect(subscriptRun.x == 5)
    #expect(abs(superscriptRun.x - 5.6) < 1e-12)
    #expect(abs(superscriptRun.baselineOffset - -4.0) < 1e-12)
    #expect(abs(subscriptRun.baselineOffset - 2.4) < 1e-12)
    // Width: base 5 + the wider script column (Z′ = 2 chars × 3.5 = 7).
    #expect(abs(box.width - 12) < 1e-12)
    // Ascent from the raised superscript: 4.0 + 0.7 × 7 = 8.9; descent from the subscript: 2.4 + 1.4 = 3.8.
    #expect(abs(box.ascent - 8.9) < 1e-12)
    #expect(abs(box.descent - 3.8) < 1e-12)
}

@Test func lonelyScriptsSitCloserToTheBaseline() throws {
    let superscript = try MathLayout.layout(markup: "q^2", size: 10, measurer: FixedWidthMeasurer())
    let subscriptBox = try MathLayout.layout(markup: "g_D", size: 10, measurer: FixedWidthMeasurer())
    #expect(abs(superscript.runs[1].baselineOffset - -3.6) < 1e-12)
    #expect(abs(subscriptBox.runs[1].baselineOffset - 1.6) < 1e-12)
}

@Test func overlineSitsAboveTheInk() throws {
    let box = try MathLayout.layout(markup: "\\bar{\\nu}", size: 10, measurer: FixedWidthMeasurer())
    let rule = try #require(box.rules.first)
    #expect(rule.y < -6.8)
    #expect(box.inkAscent > 6.8)
}

@Test func pangoLayoutStacksRealScriptsWithoutOverlap() throws {
    let measurer = try PangoTextMeasurer(style: PlotStyle())
    let box = try MathLayout.layout(markup: "m_{Z'}^2", size: 9, measurer: measurer)
    let subscriptRun = try #require(box.runs.first { $0.text.hasPrefix("Z") })
    let superscriptRun = try #require(box.runs.first { $0.text == "2" })
    let superscriptExtent = try measurer.measure("2", style: .upright, size: superscriptRun.size)
    let subscriptExtent = try measurer.measure(subscriptRun.text, style: subscriptRun.style, size: subscriptRun.size)
    // Bottom of the "2" ink (its baseline: digits sit on it) lies above the top of the "Z" ink.
    let superscriptBottom = superscriptRun.baselineOffset
    let subscriptTop = subscriptRun.baselineOffset - subscriptExtent.inkAscent
    #expect(superscriptBottom < subscriptTop)
    #expect(superscriptExtent.width > 0)
    // Latin Modern at 9 pt: an "m" is about 7.3 pt wide; allow ±15% for font version changes.
    let base = try measurer.measure("m", style: .italic, size: 9)
    #expect(abs(base.width - 7.3) < 1.1)
}

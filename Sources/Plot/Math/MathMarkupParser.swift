/// Parser of the compact math markup used for every text in a figure (see docs/PLOTTING.md).
///
/// `m_{Z'}^2 [MeV]`, `\Pi(q^2)`, `\alpha_D = 0.1`, `\mathrm{Re}\,\Pi`. Rules in brief: single letters
/// are italic, words of two or more letters and everything inside `[ ]` are upright; `_` and `^` take
/// one character, one command or a `{group}`; `'` is a prime; `-` is a minus sign except between two
/// word characters (a hyphen, "NA64-e"); `--` is an en dash. Spaces are kept as typed.
/// Pure; O(length of the markup).
public enum MathMarkup {
    /// Parses markup into nodes, or throws a `MathMarkupError` naming the column.
    public static func parse(_ source: String) throws(MathMarkupError) -> [MathNode] {
        var parser = Parser(source: source)
        let nodes = try parser.parseSequence(mode: .automatic, closing: nil)
        return merged(nodes)
    }

    /// Joins neighbouring text runs of the same face, so layout measures fewer, longer runs.
    static func merged(_ nodes: [MathNode]) -> [MathNode] {
        var result: [MathNode] = []
        for node in nodes {
            let node = recursivelyMerged(node)
            if case .text(let text, let style) = node, case .text(let previous, let previousStyle)? = result.last,
                previousStyle == style
            {
                result[result.count - 1] = .text(previous + text, style)
            } else {
                result.append(node)
            }
        }
        return result
    }

    private static func recursivelyMerged(_ node: MathNode) -> MathNode {
        switch node {
        case .text, .space: return node
        case .overline(let content): return .overline(merged(content))
        case .scripts(let base, let sub, let sup):
            return .scripts(base: merged(base), subscript: sub.map(merged), superscript: sup.map(merged))
        }
    }
}

/// How letters are set inside a group.
private enum LetterMode {
    /// Single letters italic, words upright.
    case automatic
    /// All upright (`\mathrm`, `\text`, inside brackets).
    case roman
    /// All italic (`\mathit`).
    case italic
}

/// Recursive-descent state over the characters of one markup string.
private struct Parser {
    let source: String
    let characters: [Character]
    var position = 0
    var bracketDepth = 0

    init(source: String) {
        self.source = source
        self.characters = Array(source)
    }

    func error(_ message: String, at index: Int? = nil) -> MathMarkupError {
        MathMarkupError(source: source, column: (index ?? position) + 1, message: message)
    }

    var current: Character? { position < characters.count ? characters[position] : nil }

    /// Parses atoms with their scripts until `closing` (or the end when nil).
    mutating func parseSequence(mode: LetterMode, closing: Character?) throws(MathMarkupError) -> [MathNode] {
        let start = position
        var nodes: [MathNode] = []
        while let character = current {
            if character == closing {
                position += 1
                return nodes
            }
            if character == "}" { throw error("'}' without a matching '{'") }
            if character == "_" || character == "^" {
                // A script with no base, e.g. a leading ^{2}.
                nodes.append(try parseScripts(base: []))
                continue
            }
            var atom = try parseAtom(mode: mode)
            if let last = atom.popLast() {
                nodes += atom
                nodes.append(current == "_" || current == "^" ? try parseScripts(base: [last]) : last)
            }
        }
        if closing != nil { throw error("'{' is never closed", at: max(start - 1, 0)) }
        return nodes
    }

    /// Reads any `_x` / `^y` after a base; at most one of each.
    mutating func parseScripts(base: [MathNode]) throws(MathMarkupError) -> MathNode {
        var subscriptNodes: [MathNode]?
        var superscriptNodes: [MathNode]?
        while let marker = current, marker == "_" || marker == "^" {
            let markerIndex = position
            position += 1
            guard current != nil, current != "}" else {
                throw error("'\(marker)' needs an argument: one character or a {group}", at: markerIndex)
            }
            let argument: [MathNode]
            if current == "{" {
                position += 1
                argument = try parseSequence(mode: .automatic, closing: "}")
            } else {
                argument = try parseAtom(mode: .automatic, singleCharacter: true)
            }
            if marker == "_" {
                if subscriptNodes != nil { throw error("double subscript", at: markerIndex) }
                subscriptNodes = argument
            } else {
                if superscriptNodes != nil { throw error("double superscript", at: markerIndex) }
                superscriptNodes = argument
            }
        }
        return .scripts(base: base, subscript: subscriptNodes, superscript: superscriptNodes)
    }

    /// One atom: a group, a command, or characters. Returns several nodes when a word is read, the
    /// last being the one a following script attaches to.
    mutating func parseAtom(mode: LetterMode, singleCharacter: Bool = false) throws(MathMarkupError) -> [MathNode] {
        guard let character = current else { return [] }
        switch character {
        case "{":
            position += 1
            return [.scripts(base: try parseSequence(mode: mode, closing: "}"), subscript: nil, superscript: nil)]
                .map(unwrapPlainGroup)
        case "\\":
            return [try parseCommand(mode: mode)]
        case "'":
            position += 1
            return [.text("′", .upright)]
        case "-":
            return [parseDash()]
        case "[":
            bracketDepth += 1
            position += 1
            return [.text("[", .upright)]
        case "]":
            bracketDepth = max(0, bracketDepth - 1)
            position += 1
            return [.text("]", .upright)]
        default:
            if character.isLetter, character.isASCII, !singleCharacter {
                return parseWord(mode: mode)
            }
            position += 1
            if character.isLetter { return [.text(String(character), style(forWordLength: 1, mode: mode))] }
            return [.text(String(character), .upright)]
        }
    }

    /// A group without scripts is just its content.
    func unwrapPlainGroup(_ node: MathNode) -> MathNode {
        if case .scripts(let base, nil, nil) = node, base.count == 1, let only = base.first { return only }
        return node
    }

    /// Letters in the alphanumeric run around `index`, hyphens between word characters included
    /// (so "NA64e" and "NA64-e" count 3 and are words, "g-2" counts 1).
    func lettersInRun(around index: Int) -> Int {
        func isWordCharacter(_ offset: Int) -> Bool {
            guard offset >= 0, offset < characters.count else { return false }
            let character = characters[offset]
            if character.isASCII && (character.isLetter || character.isNumber) { return true }
            guard character == "-", offset > 0, offset + 1 < characters.count else { return false }
            let before = characters[offset - 1]
            let after = characters[offset + 1]
            return before.isASCII && (before.isLetter || before.isNumber) && after.isASCII && (after.isLetter || after.isNumber)
        }
        var start = index
        while isWordCharacter(start - 1) { start -= 1 }
        var end = index
        while isWordCharacter(end) { end += 1 }
        return characters[start..<max(start, end)].filter { $0.isASCII && $0.isLetter }.count
    }

    /// Reads a run of ASCII letters; the last letter is returned separately so scripts bind to it.
    /// Letters are a word (upright) when the surrounding run of letters and digits has two or more letters.
    mutating func parseWord(mode: LetterMode) -> [MathNode] {
        var end = position
        while end < characters.count, characters[end].isLetter, characters[end].isASCII { end += 1 }
        let style = style(forWordLength: lettersInRun(around: position), mode: mode)
        let word = String(characters[position..<end])
        position = end
        if word.count == 1 { return [.text(word, style)] }
        return [.text(String(word.dropLast()), style), .text(String(word.last!), style)]
    }

    func style(forWordLength length: Int, mode: LetterMode) -> MathFontStyle {
        switch mode {
        case .roman: return .upright
        case .italic: return .italic
        case .automatic: return (length == 1 && bracketDepth == 0) ? .italic : .upright
        }
    }

    /// `-` is a hyphen after a word of two or more letters ("NA64-e", "dash-dot") when a letter,
    /// digit or command follows; `--` is an en dash; otherwise a true minus ("g-2", "10^{-4}", "-1").
    mutating func parseDash() -> MathNode {
        let dashIndex = position
        position += 1
        if current == "-" {
            position += 1
            return .text("–", .upright)
        }
        let previous = dashIndex > 0 ? characters[dashIndex - 1] : nil
        let followsWord =
            previous.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
            && lettersInRun(around: dashIndex - 1) >= 2
        let precedesWord = current.map { $0.isLetter || $0.isNumber || $0 == "\\" } ?? false
        return followsWord && precedesWord ? .text("-", .upright) : .text("−", .upright)
    }

    /// A backslash command or escape.
    mutating func parseCommand(mode: LetterMode) throws(MathMarkupError) -> MathNode {
        let start = position
        position += 1
        guard let first = current else { throw error("'\\' at the end of the markup", at: start) }
        guard first.isLetter else {
            position += 1
            guard let escaped = MathSymbols.escapes[first] else {
                throw error("unknown escape '\\\(first)'", at: start)
            }
            return escaped
        }
        var end = position
        while end < characters.count, characters[end].isLetter { end += 1 }
        let name = String(characters[position..<end])
        position = end
        if let letter = MathSymbols.lowerGreek[name] {
            return mode == .roman ? .text(String(letter), .upright) : .text(String(MathSymbols.italic(letter)), .upright)
        }
        if let letter = MathSymbols.upperGreek[name] { return .text(letter, .upright) }
        if let symbol = MathSymbols.symbols[name] { return .text(symbol, .upright) }
        if let width = MathSymbols.spaces[name] { return .space(em: width) }
        switch name {
        case "mathrm", "text", "mathit", "bar", "overline":
            guard current == "{" else { throw error("\\\(name) needs a {group}", at: start) }
            position += 1
            let innerMode: LetterMode = name == "mathit" ? .italic : (name == "bar" || name == "overline") ? mode : .roman
            let content = try parseSequence(mode: innerMode, closing: "}")
            if name == "bar" || name == "overline" { return .overline(content) }
            return .scripts(base: content, subscript: nil, superscript: nil)
        default:
            throw error("unknown command '\\\(name)'", at: start)
        }
    }
}

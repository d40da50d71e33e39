import Foundation

/// Escaping for HTML text and attribute values.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities (safe in text and quoted attributes).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// An id fragment from a name: letters, digits and `-` kept, anything else `-`.
    static func id(_ prefix: String, _ name: String) -> String {
        prefix + "-" + String(name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    /// An SVG document for inlining: the XML declaration dropped, the root element given an
    /// accessible name (`role="img"`, `aria-label`) and a class, fixed width and height left to CSS.
    static func inlineSVG(_ svg: String, label: String, idPrefix: String) -> String {
        var text = Substring(svg)
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = text[end.upperBound...] }
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        guard text.hasPrefix("<svg") else { return "" }
        // Cairo's ids (glyph-0-1, clip-2, …) would collide between inlined documents: prefix them.
        let body = prefixIdentifiers(String(text), with: idPrefix)
        return body.replacingFirst("<svg", with: "<svg role=\"img\" aria-label=\"\(escape(label))\" class=\"plot\" focusable=\"false\"")
    }

    /// `id="X"`, `href="#X"`, `xlink:href="#X"` and `url(#X)` rewritten to use `PREFIX-X`.
    static func prefixIdentifiers(_ svg: String, with prefix: String) -> String {
        svg.replacingAll("id=\"", with: "id=\"\(prefix)-")
            .replacingAll("href=\"#", with: "href=\"#\(prefix)-")
            .replacingAll("url(#", with: "url(#\(prefix)-")
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    /// The string with every occurrence of `target` replaced (left to right, not overlapping).
    func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}

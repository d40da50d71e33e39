import Foundation

extension KindDocumentation {
    /// The inputs in one line: "`efficiency`; optional: `track-lengths-e-minus`" (backquotes only in Markdown).
    func inputsLine(quote: String) -> String {
        let required = requiredInputs.map { quote + $0 + quote }, optional = optionalInputs.map { quote + $0 + quote }
        var parts: [String] = []
        if !required.isEmpty { parts.append(required.joined(separator: ", ")) }
        if !optional.isEmpty { parts.append("optional " + optional.joined(separator: ", ")) }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }

    /// A Markdown section: `## name`, summary, inputs, one parameter table per block, details.
    public var markdown: String {
        var lines = [
            "## \(name)", "", summary.prefix(1).uppercased() + summary.dropFirst() + ".", "",
            "Inputs: \(inputsLine(quote: "`")).", ""
        ]
        if let parameters {
            lines += parameters.markdownTables(title: "Parameters")
        }
        let trimmed = details.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { lines += [trimmed, ""] }
        return lines.joined(separator: "\n")
    }

    /// Plain text for a terminal: the same content, parameters one per line with their meaning indented below.
    public var text: String {
        var lines = ["\(name): \(summary)", "  inputs: \(inputsLine(quote: ""))"]
        if let parameters { lines += parameters.textLines(indent: "  ", title: "parameters") }
        let trimmed = details.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty {
            lines += [""] + trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ParameterSchema {
    /// This block's table, then one table for each nested block type (each once).
    func markdownTables(title: String) -> [String] {
        guard !entries.isEmpty else { return ["\(title): none.", ""] }
        var lines = ["\(title):", "", "| parameter | type | default | unit | meaning |", "|---|---|---|---|---|"]
        for entry in entries {
            let cells = [
                "`\(entry.key)`", entry.type,
                entry.defaultText == "required" || entry.defaultText.hasPrefix("absent: ")
                    ? entry.defaultText : "`\(entry.defaultText)`",
                entry.unit.isEmpty ? "–" : entry.unit, entry.meaning
            ]
            lines.append("| " + cells.map(markdownCell).joined(separator: " | ") + " |")
        }
        lines.append("")
        var seen: Set<String> = []
        for entry in entries {
            guard let block = entry.block, seen.insert(block.blockName).inserted else { continue }
            lines += block.markdownTables(
                title: block.blockName.prefix(1).uppercased() + block.blockName.dropFirst()
                    + " (`\(entry.key)`)")
        }
        return lines
    }

    /// Lines `key  type  default [unit]` with the meaning below, nested blocks indented.
    func textLines(indent: String, title: String) -> [String] {
        var lines = ["\(indent)\(title):"]
        for entry in entries {
            let unit = entry.unit.isEmpty ? "" : " [\(entry.unit)]"
            lines.append("\(indent)  \(entry.key) (\(entry.type)) = \(entry.defaultText)\(unit)")
            lines.append("\(indent)      \(entry.meaning)")
            if let block = entry.block { lines += block.textLines(indent: indent + "    ", title: block.blockName) }
        }
        return lines
    }
}

/// A table cell: pipes escaped, no line breaks.
private func markdownCell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
}

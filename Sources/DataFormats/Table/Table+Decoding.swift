import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension Table {
    /// Parses the canonical text. The few header lines are read as text; the rows are read as bytes
    /// (fields located by their commas, numbers converted by `strtod`) without making a
    /// `String` per line or field: a figure reads tables of thousands of rows, and this is most of the
    /// time it spends outside drawing.
    public init(decoding data: Data) throws {
        var bytes = [UInt8](data)
        let headerEnd = Self.headerEnd(of: bytes)
        guard let header = String(validating: bytes[..<headerEnd], as: UTF8.self) else {
            throw TableError(line: nil, "not UTF-8 text")
        }
        let lines = header.split(separator: "\n", omittingEmptySubsequences: false)
        // Splitting keeps empty pieces, so there is always a first line (empty for empty data).
        let first = lines[0]
        if first != Substring(Self.legacyFormatLine) {
            guard let marker = FormatMarker(commentLine: first), marker.name == Self.format.name else {
                throw TableError(line: 1, "expected '\(Self.formatLine)', found '\(first)'")
            }
            guard marker.version == Self.format.version else {
                throw TableError(line: 1, "format '\(marker)' is not one this build reads (it reads '\(Self.format)'); rebuild the step")
            }
        }
        var metadata: [(String, String)] = []
        var declared: [(name: String, unit: String, description: String)] = []
        var index = 1
        while index < lines.count, lines[index].hasPrefix("#") {
            let line = String(lines[index])
            if line.hasPrefix("# meta: "), let equals = line.range(of: " = ") {
                metadata.append(
                    (String(line[line.index(line.startIndex, offsetBy: 8)..<equals.lowerBound]), String(line[equals.upperBound...])))
            } else if line.hasPrefix("# column: "), let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") {
                let name = line[line.index(line.startIndex, offsetBy: 10)..<open].trimmingCharacters(in: .whitespaces)
                let unit = String(line[line.index(after: open)..<close])
                let description = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
                declared.append((name, unit, description))
            } else {
                throw TableError(line: index + 1, "unrecognised header line")
            }
            index += 1
        }
        guard index < lines.count else { throw TableError(line: index + 1, "missing the column-name line") }
        let names = lines[index].split(separator: ",").map(String.init)
        guard names == declared.map(\.name) else {
            throw TableError(line: index + 1, "column names \(names) do not match the declared columns \(declared.map(\.name))")
        }
        bytes.append(0)  // strtod stops at the terminator after the last field
        let values = try Self.rows(bytes, from: headerEnd, firstLine: index + 2, names: names)
        self.init(
            columns: declared.enumerated().map { Column($1.name, unit: $1.unit, $1.description, values[$0]) },
            metadata: metadata)
    }

    /// The offset just past the column-name line: the format line, the `#` lines, then one more line
    /// (or the end of the data when a line is missing; the header parser reports it).
    private static func headerEnd(of bytes: [UInt8]) -> Int {
        var start = 0
        var line = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let isComment = bytes[start] == UInt8(ascii: "#")
            start = end
            if line > 0 && !isComment { return start }
            line += 1
            start += 1
        }
        return bytes.count
    }

    /// The values of the rows from `start` (a newline or the end of the text) on, one array per column.
    /// `bytes` ends with a NUL that is not part of the text. O(bytes).
    private static func rows(_ bytes: [UInt8], from start: Int, firstLine: Int, names: [String]) throws -> [[Double]] {
        var values = Array(repeating: [Double](), count: names.count)
        let end = bytes.count - 1
        try bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var position = start + 1  // past the column-name line's newline
            var line = firstLine
            while position < end {
                var lineEnd = position
                var commas = 0
                while lineEnd < end, base[lineEnd] != UInt8(ascii: "\n") {
                    if base[lineEnd] == UInt8(ascii: ",") { commas += 1 }
                    lineEnd += 1
                }
                if lineEnd > position {
                    guard commas + 1 == names.count else {
                        throw TableError(line: line, "expected \(names.count) values, found \(commas + 1)")
                    }
                    var fieldStart = position
                    for column in names.indices {
                        var fieldEnd = fieldStart
                        while fieldEnd < lineEnd, base[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
                        guard let value = number(base, fieldStart, fieldEnd), value.isFinite else {
                            let field = UnsafeBufferPointer(start: base + fieldStart, count: fieldEnd - fieldStart)
                            throw TableError(
                                line: line,
                                "column '\(names[column])': expected a finite number, found '\(String(decoding: field, as: UTF8.self))'")
                        }
                        values[column].append(value)
                        fieldStart = fieldEnd + 1
                    }
                }
                position = lineEnd + 1
                line += 1
            }
        }
        return values
    }

    /// The number spelled by `base[start..<end]` (digits, sign, point and exponent only, all of it
    /// consumed, as Swift's `Double(_:)` reads it), or nil.
    private static func number(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard start < end else { return nil }
        for offset in start..<end {
            switch base[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default: return nil
            }
        }
        // strtod reads the C locale's spelling, which is the process's (nothing here calls setlocale);
        // should it ever stop elsewhere than at the end of the field, Swift's own parser decides.
        var stop: UnsafeMutablePointer<CChar>?
        let text = UnsafeMutablePointer(mutating: UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self))
        let value = strtod(text, &stop)
        if let stop, stop - text == end - start { return value }
        return Double(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
    }
}

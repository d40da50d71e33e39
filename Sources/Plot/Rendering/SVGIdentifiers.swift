/// Renumbers Cairo's process-global SVG ids (`surface12`, `image7`, …) in order of first appearance,
/// so an SVG does not depend on how many surfaces the process created before it. O(bytes).
enum SVGIdentifiers {
    /// Prefixes of ids numbered by process-global counters in cairo 1.16.
    static let globalPrefixes: [[UInt8]] = [Array("surface".utf8), Array("image".utf8)]

    /// `bytes` with every id (a prefix right after `"` or `#`, then digits) renumbered 1, 2, … per prefix. One pass
    /// over the bytes; the text between ids is copied in blocks.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var renumbering = [[Int: Int]](repeating: [:], count: globalPrefixes.count)
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#"), zero = UInt8(ascii: "0")
        bytes.withUnsafeBufferPointer { input in
            var copied = 0, index = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                guard byte == quote || byte == hash, index < input.count else { continue }
                guard let kind = globalPrefixes.firstIndex(where: { Self.hasPrefix($0, input, at: index) }) else { continue }
                let digits = index + globalPrefixes[kind].count
                var end = digits, number = 0
                while end < input.count, input[end] &- zero < 10 {
                    number = number &* 10 &+ Int(input[end] &- zero)
                    end += 1
                }
                guard end > digits else { continue }
                let renumbered = renumbering[kind][number] ?? (renumbering[kind].count + 1)
                renumbering[kind][number] = renumbered
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<digits]))
                output.append(contentsOf: String(renumbered).utf8)
                copied = end
                index = end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        }
        return output
    }

    private static func hasPrefix(_ prefix: [UInt8], _ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= input.count else { return false }
        for offset in prefix.indices where input[index + offset] != prefix[offset] { return false }
        return true
    }
}

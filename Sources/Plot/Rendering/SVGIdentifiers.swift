/// Renumbers Cairo's process-global SVG ids (`surface12`, `image7`, …) in order of first appearance,
/// so an SVG does not depend on how many surfaces the process created before it. O(bytes).
enum SVGIdentifiers {
    /// Prefixes of ids numbered by process-global counters in cairo 1.16.
    static let globalPrefixes: [[UInt8]] = [Array("surface".utf8), Array("image".utf8)]

    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var renumbering: [[UInt8]: [Int: Int]] = [:]
        var index = 0
        let zero = UInt8(ascii: "0")
        let nine = UInt8(ascii: "9")
        scan: while index < bytes.count {
            for prefix in globalPrefixes where bytes[index] == prefix[0] && index + prefix.count < bytes.count {
                guard bytes[index..<(index + prefix.count)].elementsEqual(prefix) else { continue }
                // Only an id: preceded by `"` or `#`, followed by digits.
                let previous = index > 0 ? bytes[index - 1] : 0
                guard previous == UInt8(ascii: "\"") || previous == UInt8(ascii: "#") else { continue }
                var end = index + prefix.count
                var number = 0
                while end < bytes.count, bytes[end] >= zero, bytes[end] <= nine {
                    number = number * 10 + Int(bytes[end] - zero)
                    end += 1
                }
                guard end > index + prefix.count else { continue }
                var map = renumbering[prefix] ?? [:]
                let renumbered = map[number] ?? (map.count + 1)
                map[number] = renumbered
                renumbering[prefix] = map
                output += prefix
                output += Array(String(renumbered).utf8)
                index = end
                continue scan
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }
}

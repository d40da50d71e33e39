import Foundation

/// The step graph drawn as SVG, laid out by hand: datasets, steps and figures in columns by depth
/// (a node sits one column right of its deepest input), in build order within a column, edges as
/// curves from an input's right side to the node's left side. Same graph → same bytes.
struct StepGraphLayout {
    /// A box of the drawing.
    struct Box: Equatable {
        var name: String
        /// `dataset`, `step` or `figure`.
        var role: String
        var column: Int
        var row: Int
    }

    var boxes: [Box]
    /// (from, to) by box index.
    var edges: [(Int, Int)]

    static let boxWidth = 172.0, boxHeight = 24.0, columnGap = 44.0, rowGap = 10.0, margin = 8.0

    /// Lays out `nodes` (build order, inputs first) and the datasets they read.
    init(nodes: [ReportNode], datasets: [String]) {
        var depth: [String: Int] = [:]
        var boxes: [Box] = []
        for name in datasets.sorted() {
            depth["external:" + name] = 0
            boxes.append(Box(name: "external:" + name, role: "dataset", column: 0, row: 0))
        }
        let hasDatasets = !datasets.isEmpty
        for node in nodes {
            // Column 0 holds the datasets; a node with no inputs starts the next column.
            let deepestInput = node.inputs.compactMap { depth[$0.source] }.max() ?? (hasDatasets ? 0 : -1)
            depth[node.name] = deepestInput + 1
            boxes.append(Box(name: node.name, role: node.section == "figures" ? "figure" : "step", column: depth[node.name]!, row: 0))
        }
        // Rows: order of appearance within each column.
        var rowsUsed: [Int: Int] = [:]
        for index in boxes.indices {
            let column = boxes[index].column
            boxes[index].row = rowsUsed[column, default: 0]
            rowsUsed[column, default: 0] += 1
        }
        let position = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.name, $0) })
        var edges: [(Int, Int)] = []
        for node in nodes {
            guard let target = position[node.name] else { continue }
            for source in Set(node.inputs.map(\.source)).sorted() {
                if let origin = position[source] { edges.append((origin, target)) }
            }
        }
        self.boxes = boxes
        self.edges = edges
    }

    var columns: Int { (boxes.map(\.column).max() ?? 0) + 1 }
    var rows: Int { (boxes.map(\.row).max() ?? 0) + 1 }
    var width: Double { 2 * Self.margin + Double(columns) * Self.boxWidth + Double(columns - 1) * Self.columnGap }
    var height: Double { 2 * Self.margin + Double(rows) * Self.boxHeight + Double(rows - 1) * Self.rowGap }

    func origin(of box: Box) -> (x: Double, y: Double) {
        (
            Self.margin + Double(box.column) * (Self.boxWidth + Self.columnGap),
            Self.margin + Double(box.row) * (Self.boxHeight + Self.rowGap)
        )
    }

    /// The SVG: boxes (figures link to their gallery entry), edges under them, a title for screen readers.
    var svg: String {
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
                + "width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-labelledby=\"graph-title\">",
            "<title id=\"graph-title\">Step graph: \(boxes.count) nodes, \(edges.count) edges; "
                + "inputs on the left, figures on the right</title>"
        ]
        for (from, to) in edges {
            let a = origin(of: boxes[from]), b = origin(of: boxes[to])
            let x0 = a.x + Self.boxWidth, y0 = a.y + Self.boxHeight / 2, x1 = b.x, y1 = b.y + Self.boxHeight / 2
            let bend = (x1 - x0) / 2
            lines.append(
                "<path class=\"edge\" d=\"M\(number(x0)) \(number(y0)) C\(number(x0 + bend)) \(number(y0)) "
                    + "\(number(x1 - bend)) \(number(y1)) \(number(x1)) \(number(y1))\"/>")
        }
        for box in boxes {
            let (x, y) = origin(of: box)
            let label = box.name.count > 26 ? String(box.name.prefix(25)) + "…" : box.name
            let shape =
                "<rect class=\"node \(box.role)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(Self.boxWidth))\" "
                + "height=\"\(number(Self.boxHeight))\" rx=\"4\"/>"
                + "<text x=\"\(number(x + 8))\" y=\"\(number(y + 16))\">\(HTML.escape(label))</text>"
            let target = box.role == "figure" ? HTML.id("figure", box.name) : HTML.id("node", box.name)
            lines.append("<a href=\"#\(target)\"><title>\(HTML.escape(box.name)) (\(box.role))</title>\(shape)</a>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}

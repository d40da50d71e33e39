/// Splits validated points into segments at gap markers and checks each segment's shape.
///
/// Shared by the text-format parser and the HEPData importer, so both enforce the same rules:
/// a gap is neither first, last nor doubled; each segment has at least two points (three for a
/// closed region); masses strictly increase within a segment (except for closed regions); a
/// band's upper edge is not below its lower edge.
struct DatasetSegmentBuilder {
    /// One body row: a point (values already checked finite and positive) or a gap marker.
    enum Entry {
        /// `texts` are the values as written in the file (mass first), for messages.
        case point(mass: Double, couplings: [Double], texts: [String], line: Int)
        case gap(line: Int)
    }

    let file: String
    let kind: DatasetKind
    /// The column names used in messages: mass first, then the coupling columns.
    let columnNames: [String]
    /// The line reported when the body holds no points at all.
    let endLine: Int

    func build(_ entries: [Entry]) throws(DatasetError) -> [DatasetSegment] {
        var segments: [DatasetSegment] = []
        var current: [(mass: Double, couplings: [Double], line: Int)] = []
        var previousMassText = ""
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .gap(let line):
                let isFirst = index == 0
                let isLast = index == entries.count - 1
                var isDoubled = false
                if !isFirst, case .gap = entries[index - 1] { isDoubled = true }
                if isFirst || isLast || isDoubled {
                    throw DatasetError(
                        file: file, line: line, subject: .row,
                        expected: "a gap marker only between two runs of points",
                        found: DatasetTextFile.gapMarker)
                }
                segments.append(try finish(current, endLine: line))
                current = []
            case .point(let mass, let couplings, let texts, let line):
                if let previous = current.last, kind != .closedRegion, !(mass > previous.mass) {
                    throw DatasetError(
                        file: file, line: line, subject: .column(columnNames[0]),
                        expected:
                            "a value above the previous row's \(previousMassText) (line \(previous.line)): masses must strictly "
                            + "increase within a segment",
                        found: texts[0])
                }
                if kind == .bandEdges, couplings.count == 2, couplings[1] < couplings[0] {
                    throw DatasetError(
                        file: file, line: line, subject: .column(columnNames[2]),
                        expected: "a value not below \(columnNames[1]) = \(texts[1])",
                        found: texts[2])
                }
                current.append((mass, couplings, line))
                previousMassText = texts[0]
            }
        }
        segments.append(try finish(current, endLine: endLine))
        return segments
    }

    private func finish(
        _ points: [(mass: Double, couplings: [Double], line: Int)], endLine: Int
    ) throws(DatasetError) -> DatasetSegment {
        let minimum = kind == .closedRegion ? 3 : 2
        guard points.count >= minimum else {
            let line = points.last?.line ?? endLine
            throw DatasetError(
                file: file, line: line, subject: .row,
                expected: "at least \(minimum) points in each segment (a segment ends at a gap marker or at the end of the file)",
                found: "\(points.count) point\(points.count == 1 ? "" : "s")")
        }
        return DatasetSegment(
            massesInGeV: points.map(\.mass),
            couplings: points.map { $0.couplings[0] },
            upperCouplings: kind == .bandEdges ? points.map { $0.couplings[1] } : nil,
            lines: points.map(\.line))
    }
}

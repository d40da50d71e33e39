import Foundation

/// How numbers and places are written in diff reports (terminal and markdown alike).
public enum DiffFormatting {
    /// A signed percentage: one decimal from 0.1% up (`+3.1%`, `-12.0%`), two significant
    /// digits below (`+0.05%`, `+1.2e-07%`), `+∞%` for a change from zero.
    public static func percent(_ relativeChange: Double) -> String {
        let value = relativeChange * 100
        guard value.isFinite else { return value > 0 ? "+∞%" : "-∞%" }
        if abs(value) >= 0.1 { return String(format: "%+.1f%%", value) }
        return String(format: "%+.2g%%", value)
    }

    /// A coordinate with four significant digits (`0.25`, `1e-05`, `1.235e+06`).
    static func number(_ value: Double) -> String {
        String(format: "%.4g", value)
    }

    /// `LABEL = VALUE UNIT`, e.g. `m_Z' = 0.25 GeV`.
    public static func place(_ x: Double, on axis: FigureDataAxis) -> String {
        let unit = axis.unit.map { " \($0)" } ?? ""
        return "\(axis.label) = \(number(x))\(unit)"
    }

    /// `LABEL = V1, V2, V3 UNIT`, at most `limit` values then `and N more`.
    static func places(_ xs: [Double], on axis: FigureDataAxis, limit: Int = 5) -> String {
        let unit = axis.unit.map { " \($0)" } ?? ""
        var text = "\(axis.label) = " + xs.prefix(limit).map(number).joined(separator: ", ") + unit
        if xs.count > limit { text += " and \(xs.count - limit) more" }
        return text
    }

    /// `1 point`, `2 points`, `1 figure`, … (`series` is its own plural).
    /// "N points added at …", "N points removed at …" (each only when there are some); `escape`
    /// quotes the places for the report's markup.
    static func pointChanges(
        added: [FigureDataPoint], removed: [FigureDataPoint], on axis: FigureDataAxis, escape: (String) -> String = { $0 }
    ) -> [String] {
        var parts: [String] = []
        if !added.isEmpty { parts.append("\(count(added.count, "point")) added at " + escape(places(added.map(\.x), on: axis))) }
        if !removed.isEmpty {
            parts.append("\(count(removed.count, "point")) removed at " + escape(places(removed.map(\.x), on: axis)))
        }
        return parts
    }

    /// ` (N log-log interpolated)` when some compared values were interpolated, else empty.
    static func interpolationNote(_ result: DiffSeriesResult) -> String {
        guard let interpolation = result.interpolation, result.interpolatedPointCount > 0 else { return "" }
        return " (\(result.interpolatedPointCount) \(interpolation.name) interpolated)"
    }

    /// The points outside the common range of two grids, by where they are: below it, above it,
    /// or inside it (in a gap of the other side), e.g. `2 new points above the common range
    /// (m_Z' = 1.2–2 GeV)`. `side` is `new` or `baseline`.
    static func outsidePoints(
        _ points: [FigureDataPoint], side: String, common: ClosedRange<Double>?, on axis: FigureDataAxis
    ) -> [String] {
        guard !points.isEmpty else { return [] }
        let unit = axis.unit.map { " \($0)" } ?? ""
        func describe(_ group: [FigureDataPoint], _ where: String) -> String? {
            guard let low = group.map(\.x).min(), let high = group.map(\.x).max() else { return nil }
            let range = low == high ? number(low) : "\(number(low))–\(number(high))"
            return "\(count(group.count, "\(side) point")) \(`where`) (\(axis.label) = \(range)\(unit))"
        }
        guard let common else { return [describe(points, "outside the other side's range")].compactMap { $0 } }
        return [
            describe(points.filter { $0.x < common.lowerBound }, "below the common range"),
            describe(points.filter { $0.x > common.upperBound }, "above the common range"),
            describe(points.filter { common.contains($0.x) }, "in a gap of the other side")
        ].compactMap { $0 }
    }

    static func count(_ count: Int, _ noun: String) -> String {
        if count == 1 || noun == "series" { return "\(count) \(noun)" }
        return "\(count) \(noun)s"
    }

    /// The verdict in words.
    public static func verdict(_ verdict: DiffVerdict, isFigure: Bool = false) -> String {
        switch verdict {
        case .identical: return "identical"
        case .withinTolerance: return "within tolerance"
        case .beyondTolerance: return "beyond tolerance"
        case .added: return isFigure ? "figure added" : "series added"
        case .removed: return isFigure ? "figure removed" : "series removed"
        }
    }
}

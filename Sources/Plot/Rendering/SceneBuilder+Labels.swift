import Foundation

extension SceneBuilder {
    /// Half-length in points of the chord used for a curve's local direction: long enough to smooth
    /// sampling noise, short enough to follow bends.
    static var slopeChordHalfLength: Double { 8 }

    /// Labels in the plot area, optionally rotated along a series and placed on it.
    func appendLabels(to scene: inout Scene, x: AxisMapping, y: AxisMapping) throws {
        for label in figure.labels {
            let size = label.fontSize ?? style.fontSize
            let box = try layoutText(label.text, size: size)
            var anchor: ScenePoint
            var angle = label.angle * .pi / 180
            switch label.coordinates {
            case .data: anchor = ScenePoint(x: x.map(label.x), y: y.map(label.y))
            case .axes: anchor = ScenePoint(x: x.mapFraction(label.x), y: y.mapFraction(label.y))
            }
            if let seriesName = label.alongSeries {
                let curves = Self.curves(named: seriesName, in: figure)
                guard !curves.isEmpty else {
                    throw PlotError.invalidFigure("label \"\(label.text)\" follows unknown series or region \"\(seriesName)\"")
                }
                // The piece (between gaps) that spans the anchor: a label never sits on a chord across a gap.
                let pieces = curves.flatMap { polylines($0, x: x, y: y) }
                let piece = pieces.first { points in
                    guard let low = points.map(\.x).min(), let high = points.map(\.x).max() else { return false }
                    return anchor.x >= low && anchor.x <= high
                }
                guard let points = piece, let onCurve = Self.point(on: points, atX: anchor.x),
                    let before = Self.point(on: points, atX: anchor.x - Self.slopeChordHalfLength),
                    let after = Self.point(on: points, atX: anchor.x + Self.slopeChordHalfLength)
                else {
                    throw PlotError.invalidFigure("label \"\(label.text)\": x = \(label.x) is outside series \"\(seriesName)\"")
                }
                anchor = onCurve
                // Page y grows downward; the angle is counter-clockwise.
                angle = atan2(before.y - after.y, after.x - before.x)
            }
            // Offset perpendicular to the baseline, towards the text's top.
            anchor.x -= label.offset * sin(angle)
            anchor.y -= label.offset * cos(angle)
            let shift: Double
            switch label.alignment {
            case .left: shift = 0
            case .center: shift = box.width / 2
            case .right: shift = box.width
            }
            let origin = ScenePoint(x: anchor.x - shift * cos(angle), y: anchor.y + shift * sin(angle))
            let textColor = (label.color ?? .rgb(.black)).resolved(in: style.palette)
            scene.items.append(.text(SceneText(box: box, origin: origin, angle: angle, color: textColor)))
        }
    }

    /// The curves a label may follow: the series of that name, else the region's first bounding curve
    /// (to label an exclusion edge), including each piece of a region drawn in segments (`NAME#0`, `NAME#1`).
    static func curves(named name: String, in figure: PlotFigure) -> [PlotCurve] {
        if let series = figure.series.first(where: { $0.name == name }) { return [series.curve] }
        return figure.regions.filter { $0.name == name || $0.name.hasPrefix(name + "#") }.compactMap(\.shape.curves.first)
    }

    /// The point of a polyline at page abscissa `x` (first crossing), interpolated; nil if outside.
    /// O(points).
    static func point(on points: [ScenePoint], atX x: Double) -> ScenePoint? {
        for (start, end) in zip(points, points.dropFirst()) {
            let low = min(start.x, end.x)
            let high = max(start.x, end.x)
            guard x >= low, x <= high else { continue }
            if high - low < 1e-12 { return ScenePoint(x: x, y: (start.y + end.y) / 2) }
            let fraction = (x - start.x) / (end.x - start.x)
            return ScenePoint(x: x, y: start.y + fraction * (end.y - start.y))
        }
        // Clamp to the ends so a chord near an end still gives a direction.
        if let first = points.first, let last = points.last, points.count >= 2 {
            let left = first.x < last.x ? first : last
            let right = first.x < last.x ? last : first
            if x < left.x, left.x - x <= slopeChordHalfLength { return left }
            if x > right.x, x - right.x <= slopeChordHalfLength { return right }
        }
        return nil
    }
}

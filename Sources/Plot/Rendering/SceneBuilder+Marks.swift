import Foundation

extension SceneBuilder {
    /// Largest distance (in points) a simplified polyline may stray from the original: 0.03 pt is
    /// 0.125 px at 300 dpi, invisible, and a smooth 10⁴-point curve shrinks to a few hundred points,
    /// which is what keeps PDF/SVG size and rendering time down.
    static var simplificationTolerance: Double { 0.03 }

    /// Douglas–Peucker simplification: keeps the points needed to stay within `tolerance` of the
    /// original. O(n log n) typical, O(n²) worst case; iterative, so long curves cannot overflow the stack.
    static func simplified(_ points: [ScenePoint], tolerance: Double) -> [ScenePoint] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        let toleranceSquared = tolerance * tolerance
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            let start = points[first]
            let end = points[last]
            let dx = end.x - start.x
            let dy = end.y - start.y
            let lengthSquared = dx * dx + dy * dy
            var farthest = first
            var farthestDistance = 0.0
            for index in (first + 1)..<last {
                let point = points[index]
                // Squared distance to the segment (to the end point when the projection falls outside).
                var t = lengthSquared > 0 ? ((point.x - start.x) * dx + (point.y - start.y) * dy) / lengthSquared : 0
                t = min(max(t, 0), 1)
                let offsetX = point.x - (start.x + t * dx)
                let offsetY = point.y - (start.y + t * dy)
                let distance = offsetX * offsetX + offsetY * offsetY
                if distance > farthestDistance {
                    farthestDistance = distance
                    farthest = index
                }
            }
            if farthestDistance > toleranceSquared {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return zip(points, keep).compactMap { $1 ? $0 : nil }
    }

    /// Maps a curve to the page, split into polylines at points that cannot be drawn (NaN, or ≤ 0 on a log axis).
    func polylines(_ curve: PlotCurve, x: AxisMapping, y: AxisMapping) -> [[ScenePoint]] {
        var lines: [[ScenePoint]] = []
        var current: [ScenePoint] = []
        current.reserveCapacity(curve.x.count)
        for index in curve.x.indices {
            let point = ScenePoint(x: x.map(curve.x[index]), y: y.map(curve.y[index]))
            guard point.x.isFinite, point.y.isFinite else {
                if !current.isEmpty { lines.append(Self.simplified(current, tolerance: Self.simplificationTolerance)) }
                current = []
                continue
            }
            current.append(point)
        }
        if !current.isEmpty { lines.append(Self.simplified(current, tolerance: Self.simplificationTolerance)) }
        return lines
    }

    func color(_ color: PlotColor?, index: Int) -> RGBColor {
        (color ?? .palette(index)).resolved(in: style.palette)
    }

    /// Dash lengths in points for a line of `width`; lengths grow with the width so thick dashes stay readable.
    static func dashPattern(_ dash: DashStyle, width: Double) -> [Double] {
        switch dash {
        case .solid: return []
        case .dashed: return [3.5 + 1.5 * width, 2 + width]
        case .dotted: return [0, 1.2 + 1.6 * width]
        case .dashDot: return [3.5 + 1.5 * width, 1.4 + width, 0, 1.4 + width]
        }
    }

    func strokeStyle(_ seriesStyle: SeriesStyle, color: RGBColor, width: Double) -> StrokeStyle {
        StrokeStyle(
            color: color, opacity: seriesStyle.opacity, width: width,
            dash: Self.dashPattern(seriesStyle.dash, width: width),
            roundCaps: seriesStyle.dash == .dotted || seriesStyle.dash == .dashDot)
    }

    /// Lines and markers of every series.
    func appendSeries(to scene: inout Scene, x: AxisMapping, y: AxisMapping) throws {
        for (index, series) in figure.series.enumerated() {
            let seriesColor = color(series.style.color, index: index)
            let width = series.style.width ?? style.lineWidth
            let lines = polylines(series.curve, x: x, y: y)
            if width > 0 {
                scene.items.append(.stroke(lines, strokeStyle(series.style, color: seriesColor, width: width)))
            }
            if series.style.marker != .none {
                let points = zip(series.curve.x, series.curve.y)
                    .map { ScenePoint(x: x.map($0), y: y.map($1)) }
                    .filter { $0.x.isFinite && $0.y.isFinite }
                scene.items.append(
                    .markers(
                        points, shape: series.style.marker, size: series.style.markerSize,
                        stroke: StrokeStyle(
                            color: seriesColor, opacity: series.style.opacity, width: max(0.5, width * 0.7), dash: [], roundCaps: false)))
            }
        }
    }

    /// The closed outline of a region and the parts of it that get an edge line.
    func outline(of shape: RegionShape, plot: SceneRect, x: AxisMapping, y: AxisMapping) -> (polygon: [ScenePoint], edges: [[ScenePoint]]) {
        // Beyond the frame by this much, so the clip (not the polygon) makes the straight side.
        let overshoot = 10.0
        switch shape {
        case .between(let first, let second):
            let firstPoints = polylines(first, x: x, y: y).flatMap { $0 }
            let secondPoints = polylines(second, x: x, y: y).flatMap { $0 }
            return (firstPoints + secondPoints.reversed(), [firstPoints, secondPoints])
        case .polygon(let curve):
            let points = polylines(curve, x: x, y: y).flatMap { $0 }
            return (points, points.first.map { [points + [$0]] } ?? [])
        case .toEdge(let curve, let edge):
            let points = polylines(curve, x: x, y: y).flatMap { $0 }
            guard let first = points.first, let last = points.last else { return ([], []) }
            let closing: [ScenePoint]
            switch edge {
            case .top: closing = [ScenePoint(x: last.x, y: plot.minY - overshoot), ScenePoint(x: first.x, y: plot.minY - overshoot)]
            case .bottom: closing = [ScenePoint(x: last.x, y: plot.maxY + overshoot), ScenePoint(x: first.x, y: plot.maxY + overshoot)]
            case .left: closing = [ScenePoint(x: plot.minX - overshoot, y: last.y), ScenePoint(x: plot.minX - overshoot, y: first.y)]
            case .right: closing = [ScenePoint(x: plot.maxX + overshoot, y: last.y), ScenePoint(x: plot.maxX + overshoot, y: first.y)]
            }
            return (points + closing, [points])
        }
    }

    /// Parallel lines covering `bounds`, anchored to the page so neighbouring bands' hatches line up.
    func hatchLines(_ hatch: HatchStyle, bounds: SceneRect) -> [[ScenePoint]] {
        let spacing = max(style.hatchSpacing, 0.5)
        var lines: [[ScenePoint]] = []
        func diagonals(slope: Double) {
            // Lines y = slope·x + c, spaced `spacing` apart perpendicular to them.
            let step = spacing * sqrt(2)
            let corners = bounds.outline.map { $0.y - slope * $0.x }
            var offset = (corners.min()! / step).rounded(.down) * step
            while offset <= corners.max()! {
                lines.append([
                    ScenePoint(x: bounds.minX, y: slope * bounds.minX + offset),
                    ScenePoint(x: bounds.maxX, y: slope * bounds.maxX + offset)
                ])
                offset += step
            }
        }
        switch hatch {
        case .none: break
        case .forward: diagonals(slope: -1)
        case .backward: diagonals(slope: 1)
        case .cross:
            diagonals(slope: -1)
            diagonals(slope: 1)
        case .horizontal:
            var position = (bounds.minY / spacing).rounded(.down) * spacing
            while position <= bounds.maxY {
                lines.append([ScenePoint(x: bounds.minX, y: position), ScenePoint(x: bounds.maxX, y: position)])
                position += spacing
            }
        case .vertical:
            var position = (bounds.minX / spacing).rounded(.down) * spacing
            while position <= bounds.maxX {
                lines.append([ScenePoint(x: position, y: bounds.minY), ScenePoint(x: position, y: bounds.maxY)])
                position += spacing
            }
        }
        return lines
    }

    /// Fill, hatch and edge of every region, in order.
    func appendRegions(to scene: inout Scene, x: AxisMapping, y: AxisMapping) throws {
        var deferredEdges: [SceneItem] = []
        for (index, region) in figure.regions.enumerated() {
            let regionColor = color(region.style.color, index: index)
            let (polygon, edges) = outline(of: region.shape, plot: scene.plotArea, x: x, y: y)
            guard polygon.count >= 3 else { continue }
            let opacity = region.style.fillOpacity ?? style.fillOpacity
            if opacity > 0 {
                let fill = region.style.fillColor.map { color($0, index: index) } ?? regionColor
                scene.items.append(.fill([polygon], color: fill, opacity: opacity))
            }
            if region.style.hatch != .none {
                scene.items.append(.pushClip([polygon]))
                scene.items.append(
                    .stroke(
                        hatchLines(region.style.hatch, bounds: scene.plotArea),
                        StrokeStyle(color: regionColor, opacity: region.style.opacity, width: style.hatchWidth, dash: [], roundCaps: false))
                )
                scene.items.append(.popClip)
            }
            let width = region.style.width ?? style.lineWidth
            guard width > 0 else { continue }
            let edge = SceneItem.stroke(edges, strokeStyle(region.style, color: regionColor, width: width))
            if style.regionEdges == .afterFills { deferredEdges.append(edge) } else { scene.items.append(edge) }
        }
        scene.items += deferredEdges
    }
}

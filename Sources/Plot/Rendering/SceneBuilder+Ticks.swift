import Foundation

/// A tick with its laid-out label.
struct PlacedTick {
    var tick: AxisTick
    var label: MathBox?
}

extension SceneBuilder {
    /// Ticks whose labels do not collide: start from as many labels as could fit and lower the budget
    /// until neighbouring labels keep a clear gap. O(maxLabels × ticks) layouts, all cached by the measurer.
    func fittedTicks(_ axis: PlotAxis, range: AxisRange, length: Double, isVertical: Bool) throws -> [PlacedTick] {
        let size = style.tickLabelSize
        let minimumGap = isVertical ? 0.35 * size : 0.6 * size
        // Linear axes read best with about five labels; log axes may label every decade.
        let spacing = axis.scale == .linear ? 3.2 * size : (isVertical ? 1.4 * size : 1.6 * size)
        let upperBudget = min(12, max(2, Int(length / spacing)))
        var best: [PlacedTick] = []
        for budget in stride(from: upperBudget, through: 2, by: -1) {
            let ticks: [AxisTick]
            switch axis.scale {
            case .linear:
                ticks = LinearTicks.ticks(
                    lower: range.lower, upper: range.upper, maxLabels: budget, step: axis.majorStep, minorTicks: axis.minorTicks)
            case .log:
                ticks = LogTicks.ticks(
                    lower: range.lower, upper: range.upper, maxLabels: budget, labelEvery: axis.labelEvery,
                    minorTicks: axis.minorTicks)
            }
            let placed = try ticks.map { tick in
                PlacedTick(tick: tick, label: try tick.label.map { try layoutText($0, size: size) })
            }
            best = placed
            if labelsFit(placed, axis: axis, range: range, length: length, isVertical: isVertical, gap: minimumGap) { break }
        }
        return best
    }

    /// Whether neighbouring labels along the axis keep at least `gap` between them.
    func labelsFit(
        _ ticks: [PlacedTick], axis: PlotAxis, range: AxisRange, length: Double, isVertical: Bool, gap: Double
    ) -> Bool {
        let mapping = AxisMapping(scale: axis.scale, range: range, start: 0, end: length)
        let extents = ticks.compactMap { placed -> (position: Double, halfExtent: Double)? in
            guard let label = placed.label else { return nil }
            let extent = isVertical ? label.inkAscent : label.width
            return (mapping.map(placed.tick.value), extent / 2)
        }.sorted { $0.position < $1.position }
        for (lower, upper) in zip(extents, extents.dropFirst())
        where upper.position - upper.halfExtent - (lower.position + lower.halfExtent) < gap {
            return false
        }
        return true
    }

    /// The plot area leaving room for tick labels and titles, plus overhangs of end labels.
    func margins(
        xTicks: [PlacedTick], yTicks: [PlacedTick], xRange: AxisRange, yRange: AxisRange, xTitle: MathBox, yTitle: MathBox
    ) -> SceneRect {
        let xLabels = xTicks.compactMap(\.label)
        let yLabels = yTicks.compactMap(\.label)
        let yLabelWidth = yLabels.map(\.width).max() ?? 0
        let xLabelHeight = (xLabels.map(\.inkAscent).max() ?? 0) + (xLabels.map(\.descent).max() ?? 0)
        let yTitleThickness = yTitle.runs.isEmpty ? 0 : yTitle.inkAscent + yTitle.descent + titleGap
        let xTitleThickness = xTitle.runs.isEmpty ? 0 : xTitle.inkAscent + xTitle.descent + titleGap
        var left = style.padding + yTitleThickness + yLabelWidth + labelGap
        let bottom = style.padding + xTitleThickness + xLabelHeight + labelGap
        var right = style.padding + style.frameWidth
        var top = style.padding + style.frameWidth

        // Labels at the very ends of an axis stick out past the frame by half their width (x) or by
        // their ink above the digit centre (y).
        let width = figure.size.width
        let height = figure.size.height
        let xMapping = AxisMapping(scale: figure.xAxis.scale, range: xRange, start: 0, end: 1)
        for placed in xTicks {
            guard let label = placed.label else { continue }
            // Only labels at (or next to) the ends overhang; solving for inner ones is not worth it.
            let fraction = xMapping.map(placed.tick.value)
            if fraction > 0.999 { right = max(right, style.padding + label.width / 2) }
            if fraction < 0.001 { left = max(left, style.padding + label.width / 2) }
        }
        let yMapping = AxisMapping(scale: figure.yAxis.scale, range: yRange, start: 0, end: 1)
        for placed in yTicks {
            guard let label = placed.label, yMapping.map(placed.tick.value) > 0.999 else { continue }
            top = max(top, style.padding + label.inkAscent - Self.digitCentre * style.tickLabelSize)
        }
        return SceneRect(minX: left, minY: top, maxX: width - right, maxY: height - bottom)
    }
}

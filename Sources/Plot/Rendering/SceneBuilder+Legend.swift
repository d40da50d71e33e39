import Foundation

extension SceneBuilder {
    /// One legend line: its swatch and text.
    struct LegendEntry {
        enum Swatch {
            case line(SeriesStyle, RGBColor)
            case region(SeriesStyle, RGBColor)
        }

        var name: String
        var swatch: Swatch
        var text: MathBox
    }

    /// Regions and series with legend text, `legend.order` names first.
    func legendEntries(size: Double) throws -> [LegendEntry] {
        var entries: [LegendEntry] = []
        for (index, region) in figure.regions.enumerated() {
            guard let text = region.legend else { continue }
            entries.append(
                LegendEntry(
                    name: region.name, swatch: .region(region.style, color(region.style.color, index: index)),
                    text: try layoutText(text, size: size)))
        }
        for (index, series) in figure.series.enumerated() {
            guard let text = series.legend else { continue }
            entries.append(
                LegendEntry(
                    name: series.name, swatch: .line(series.style, color(series.style.color, index: index)),
                    text: try layoutText(text, size: size)))
        }
        let order = figure.legend.order
        return entries.enumerated().sorted { lhs, rhs in
            let left = order.firstIndex(of: lhs.element.name) ?? order.count
            let right = order.firstIndex(of: rhs.element.name) ?? order.count
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The legend box: swatches 1.8 em long, rows 1.3 em apart.
    func appendLegend(to scene: inout Scene, x: AxisMapping, y: AxisMapping) throws {
        guard figure.legend.isVisible else { return }
        let size = figure.legend.fontSize ?? style.legendFontSize
        let entries = try legendEntries(size: size)
        guard !entries.isEmpty else { return }
        let swatchLength = 1.8 * size
        let swatchGap = 0.5 * size
        let rowHeight = 1.3 * size
        let inset = 0.4 * size
        let textWidth = entries.map(\.text.width).max() ?? 0
        let boxWidth = 2 * inset + swatchLength + swatchGap + textWidth
        let boxHeight = 2 * inset + rowHeight * Double(entries.count) - 0.3 * size
        let plot = scene.plotArea
        let margin = style.majorTickLength + 0.3 * size

        // Top-left corner of the box.
        var corner: ScenePoint
        switch figure.legend.position {
        case .corner(let plotCorner):
            let left = plotCorner == .upperLeft || plotCorner == .lowerLeft
            let upper = plotCorner == .upperLeft || plotCorner == .upperRight
            corner = ScenePoint(
                x: left ? plot.minX + margin : plot.maxX - margin - boxWidth,
                y: upper ? plot.minY + margin : plot.maxY - margin - boxHeight)
        case .point(let pointX, let pointY, let coordinates, let anchor):
            let point =
                coordinates == .data
                ? ScenePoint(x: x.map(pointX), y: y.map(pointY))
                : ScenePoint(x: x.mapFraction(pointX), y: y.mapFraction(pointY))
            let left = anchor == .upperLeft || anchor == .lowerLeft
            let upper = anchor == .upperLeft || anchor == .upperRight
            corner = ScenePoint(x: left ? point.x : point.x - boxWidth, y: upper ? point.y : point.y - boxHeight)
        }
        let box = SceneRect(minX: corner.x, minY: corner.y, maxX: corner.x + boxWidth, maxY: corner.y + boxHeight)
        if figure.legend.hasFrame {
            scene.items.append(.fill([box.outline], color: .white, opacity: 1))
            var outline = box.outline
            outline.append(outline[0])
            scene.items.append(.stroke([outline], StrokeStyle(color: .black, opacity: 1, width: 0.4, dash: [], roundCaps: false)))
        }
        for (row, entry) in entries.enumerated() {
            let baseline = box.minY + inset + 0.75 * size + Double(row) * rowHeight
            // Swatches centred on the height of lower-case letters.
            let middle = baseline - 0.3 * size
            let swatchLeft = box.minX + inset
            switch entry.swatch {
            case .line(let seriesStyle, let lineColor):
                let width = seriesStyle.width ?? style.lineWidth
                if width > 0 {
                    scene.items.append(
                        .stroke(
                            [[ScenePoint(x: swatchLeft, y: middle), ScenePoint(x: swatchLeft + swatchLength, y: middle)]],
                            strokeStyle(seriesStyle, color: lineColor, width: width)))
                }
                if seriesStyle.marker != .none {
                    scene.items.append(
                        .markers(
                            [ScenePoint(x: swatchLeft + swatchLength / 2, y: middle)], shape: seriesStyle.marker,
                            size: seriesStyle.markerSize,
                            stroke: StrokeStyle(
                                color: lineColor, opacity: seriesStyle.opacity, width: max(0.5, width * 0.7), dash: [], roundCaps: false)))
                }
            case .region(let regionStyle, let regionColor):
                let half = 0.35 * size
                let rect = SceneRect(minX: swatchLeft, minY: middle - half, maxX: swatchLeft + swatchLength, maxY: middle + half)
                let opacity = regionStyle.fillOpacity ?? style.fillOpacity
                if opacity > 0 {
                    let fill = regionStyle.fillColor.map { $0.resolved(in: style.palette) } ?? regionColor
                    scene.items.append(.fill([rect.outline], color: fill, opacity: opacity))
                }
                if regionStyle.hatch != .none {
                    scene.items.append(.pushClip([rect.outline]))
                    scene.items.append(
                        .stroke(
                            hatchLines(regionStyle.hatch, bounds: rect),
                            StrokeStyle(
                                color: regionColor, opacity: regionStyle.opacity, width: style.hatchWidth, dash: [], roundCaps: false)))
                    scene.items.append(.popClip)
                }
                let width = regionStyle.width ?? style.lineWidth
                if width > 0 {
                    var outline = rect.outline
                    outline.append(outline[0])
                    scene.items.append(.stroke([outline], strokeStyle(regionStyle, color: regionColor, width: min(width, 0.8))))
                }
            }
            scene.items.append(
                .text(
                    SceneText(
                        box: entry.text, origin: ScenePoint(x: swatchLeft + swatchLength + swatchGap, y: baseline),
                        angle: 0, color: .black)))
        }
    }
}

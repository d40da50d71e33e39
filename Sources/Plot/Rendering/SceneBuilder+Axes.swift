import Foundation

extension SceneBuilder {
    /// Ticks pointing inward on all four sides (HEP convention), then the frame on top of them.
    func appendFrameAndTicks(
        to scene: inout Scene, xTicks: [PlacedTick], yTicks: [PlacedTick], x: AxisMapping, y: AxisMapping
    ) {
        let plot = scene.plotArea
        var tickLines: [[ScenePoint]] = []
        // A tick within half a frame width of a corner would just thicken the frame line.
        let cornerTolerance = style.frameWidth
        for placed in xTicks {
            let position = x.map(placed.tick.value)
            guard position.isFinite, position > plot.minX + cornerTolerance, position < plot.maxX - cornerTolerance else { continue }
            let length = placed.tick.isMajor ? style.majorTickLength : style.minorTickLength
            tickLines.append([ScenePoint(x: position, y: plot.maxY), ScenePoint(x: position, y: plot.maxY - length)])
            tickLines.append([ScenePoint(x: position, y: plot.minY), ScenePoint(x: position, y: plot.minY + length)])
        }
        for placed in yTicks {
            let position = y.map(placed.tick.value)
            guard position.isFinite, position > plot.minY + cornerTolerance, position < plot.maxY - cornerTolerance else { continue }
            let length = placed.tick.isMajor ? style.majorTickLength : style.minorTickLength
            tickLines.append([ScenePoint(x: plot.minX, y: position), ScenePoint(x: plot.minX + length, y: position)])
            tickLines.append([ScenePoint(x: plot.maxX, y: position), ScenePoint(x: plot.maxX - length, y: position)])
        }
        let frameStroke = StrokeStyle(color: .black, opacity: 1, width: style.frameWidth, dash: [], roundCaps: false)
        scene.items.append(.stroke(tickLines, frameStroke))
        var outline = plot.outline
        outline.append(outline[0])
        scene.items.append(.stroke([outline], frameStroke))
    }

    /// x labels centred under their ticks on a common baseline; y labels right-aligned, centred on
    /// the digits.
    func appendTickLabels(
        to scene: inout Scene, xTicks: [PlacedTick], yTicks: [PlacedTick], x: AxisMapping, y: AxisMapping
    ) {
        let plot = scene.plotArea
        let xAscent = xTicks.compactMap(\.label).map(\.inkAscent).max() ?? 0
        let baseline = plot.maxY + labelGap + xAscent
        for placed in xTicks {
            guard let label = placed.label else { continue }
            let text = SceneText(
                box: label, origin: ScenePoint(x: x.map(placed.tick.value) - label.width / 2, y: baseline),
                angle: 0, color: .black)
            scene.xTickLabels.append(text)
            scene.items.append(.text(text))
        }
        for placed in yTicks {
            guard let label = placed.label else { continue }
            let text = SceneText(
                box: label,
                origin: ScenePoint(
                    x: plot.minX - labelGap - label.width,
                    y: y.map(placed.tick.value) + Self.digitCentre * style.tickLabelSize),
                angle: 0, color: .black)
            scene.yTickLabels.append(text)
            scene.items.append(.text(text))
        }
    }

    /// x title centred below the tick labels; y title rotated, reading upward, left of the tick labels.
    func appendTitles(
        to scene: inout Scene, xTitle: MathBox, yTitle: MathBox, xTicks: [PlacedTick], yTicks: [PlacedTick]
    ) {
        let plot = scene.plotArea
        if !xTitle.runs.isEmpty {
            let labelsBottom = scene.xTickLabels.map(\.bounds.maxY).max() ?? plot.maxY
            scene.items.append(
                .text(
                    SceneText(
                        box: xTitle,
                        origin: ScenePoint(x: (plot.minX + plot.maxX - xTitle.width) / 2, y: labelsBottom + titleGap + xTitle.inkAscent),
                        angle: 0, color: .black)))
        }
        if !yTitle.runs.isEmpty {
            let labelsLeft = scene.yTickLabels.map(\.bounds.minX).min() ?? plot.minX
            scene.items.append(
                .text(
                    SceneText(
                        box: yTitle,
                        origin: ScenePoint(x: labelsLeft - titleGap - yTitle.descent, y: (plot.minY + plot.maxY + yTitle.width) / 2),
                        angle: .pi / 2, color: .black)))
        }
    }
}

import Foundation
import Testing
@testable import Plot

@Test(arguments: ["exclusion", "re-im", "twelve-decades"])
func tickLabelsNeitherOverlapNorLeaveThePage(name: String) throws {
    let figure: PlotFigure
    switch name {
    case "exclusion": figure = SampleFigures.exclusion()
    case "re-im": figure = SampleFigures.reIm()
    default:
        figure = PlotFigure(
            xAxis: PlotAxis(label: "E [GeV]", scale: .log, range: AxisRange(1e-6, 1e6)),
            yAxis: PlotAxis(label: "\\sigma [cm^2]", scale: .log, range: AxisRange(1e-40, 1e-28)))
    }
    let scene = try FigureRenderer.scene(for: figure)
    let page = SceneRect(minX: 0, minY: 0, maxX: scene.width, maxY: scene.height)
    for labels in [scene.xTickLabels, scene.yTickLabels] {
        #expect(labels.count >= 2)
        let boxes = labels.map(\.bounds)
        for (index, box) in labels.map(\.inkBounds).enumerated() {
            #expect(
                box.minX >= page.minX && box.maxX <= page.maxX && box.minY >= page.minY && box.maxY <= page.maxY,
                "\(box) \(labels[index].box.runs.map(\.text))")
            // Overlap is checked on the full line boxes, stricter than ink.
            for other in boxes[(index + 1)...] { #expect(!boxes[index].intersects(other)) }
        }
    }
    // Every painted text (titles, legend) stays on the page; the axis titles at least are there.
    #expect(scene.items.filter { if case .text = $0 { true } else { false } }.count >= 2)
    for case .text(let text) in scene.items {
        let box = text.inkBounds
        #expect(box.minX >= 0 && box.maxX <= scene.width && box.minY >= 0 && box.maxY <= scene.height)
    }
}

@Test func frameIsDrawnAfterTheClippedDataMarks() throws {
    let scene = try FigureRenderer.scene(for: SampleFigures.exclusion())
    let popIndex = try #require(scene.items.firstIndex(of: .popClip))
    // The first item is the plot-area clip; the frame (a closed 5-point stroke around the plot area) comes after it is popped.
    #expect(scene.items.first == .pushClip([scene.plotArea.outline]))
    let frameIndex = try #require(
        scene.items.lastIndex { item in
            if case .stroke(let lines, _) = item {
                return lines.count == 1 && lines[0].count == 5 && lines[0][0] == scene.plotArea.outline[0]
            }
            return false
        })
    #expect(frameIndex > popIndex)
}

@Test func labelAlongACurveTakesItsSlope() throws {
    // y = x on equal linear axes of a square plot: the line rises at 45° on paper only if the plot is square,
    // so compare with the slope computed from the plot area instead.
    let figure = PlotFigure(
        size: PlotSize(width: 200, height: 200),
        xAxis: PlotAxis(range: AxisRange(0, 1)), yAxis: PlotAxis(range: AxisRange(0, 1)),
        series: [PlotSeries(name: "diagonal", x: [0, 1], y: [0, 1])],
        labels: [PlotLabel("diagonal", x: 0.5, alongSeries: "diagonal")])
    let scene = try FigureRenderer.scene(for: figure)
    let expected = atan2(scene.plotArea.height, scene.plotArea.width)
    let labels = scene.items.compactMap { item -> SceneText? in
        if case .text(let text) = item, text.box.runs.first?.text == "diagonal" { return text }
        return nil
    }
    let label = try #require(labels.first)
    // Chord of ±8 pt on a straight line: exact up to rounding.
    #expect(abs(label.angle - expected) < 1e-9)
}

@Test func unknownFontFamilyIsAnErrorNotASilentFallback() {
    var figure = SampleFigures.reIm()
    figure.style.fontFamily = "No Such Family Anywhere"
    #expect {
        try FigureRenderer.render(figure)
    } throws: { error in
        guard case PlotError.fontUnavailable(let requested, _) = error else { return false }
        return requested == "No Such Family Anywhere"
    }
}

@Test func inconsistentDescriptionsAreRejected() {
    let badLengths = PlotFigure(series: [PlotSeries(name: "bad", x: [1, 2], y: [1])])
    #expect(throws: PlotError.self) { try FigureRenderer.render(badLengths) }
    let badLogRange = PlotFigure(xAxis: PlotAxis(scale: .log, range: AxisRange(-1, 1)))
    #expect(throws: PlotError.self) { try FigureRenderer.render(badLogRange) }
    let badMarkup = PlotFigure(xAxis: PlotAxis(label: "m_{Z'"))
    #expect(throws: PlotError.markup(MathMarkupError(source: "m_{Z'", column: 3, message: "'{' is never closed"))) {
        try FigureRenderer.render(badMarkup)
    }
}

@Test func simplificationKeepsCurvesWithinTolerance() {
    typealias Builder = SceneBuilder<FixedWidthMeasurer>
    let straight = (0...1000).map { ScenePoint(x: Double($0) * 0.1, y: Double($0) * 0.05) }
    #expect(Builder.simplified(straight, tolerance: 0.03).count == 2)
    let wave = (0...10_000).map { ScenePoint(x: Double($0) * 0.05, y: 20 * sin(Double($0) * 0.002)) }
    let kept = Builder.simplified(wave, tolerance: 0.03)
    #expect(kept.count < wave.count / 10)
    #expect(kept.first == wave.first && kept.last == wave.last)
    // Every original point lies within the tolerance of the simplified polyline (checked against the
    // segment spanning its x, which is exact enough for a function graph sampled this densely: +1e-9 for rounding).
    var segment = 0
    for point in wave {
        while segment + 1 < kept.count - 1 && kept[segment + 1].x < point.x { segment += 1 }
        let start = kept[segment]
        let end = kept[segment + 1]
        let dx = end.x - start.x
        let dy = end.y - start.y
        let t = min(max(((point.x - start.x) * dx + (point.y - start.y) * dy) / (dx * dx + dy * dy), 0), 1)
        let distance = hypot(point.x - start.x - t * dx, point.y - start.y - t * dy)
        #expect(distance <= 0.03 + 1e-9)
    }
}

import Foundation

extension FigureRenderer {
    /// Renders panels stacked top to bottom on one page, sharing the x axis: a main plot with a ratio
    /// or residual panel under it, for instance. Every panel is a complete description (its own y axis,
    /// marks, labels, legend); the page is as wide as the panels and as tall as their heights together.
    /// The plot areas are aligned on one column (the widest margins of any panel), and only the last
    /// panel labels its x ticks and shows the x title. Panels must have the same width and style.
    public static func renderStacked(_ panels: [PlotFigure], options: RenderOptions = RenderOptions()) throws -> RenderedFigure {
        guard let first = panels.first else { throw PlotError.invalidFigure("a stack needs at least one panel") }
        let measurer = try PangoTextMeasurer(style: first.style)
        let scene = try stackedScene(panels, measurer: measurer)
        let painter = ScenePainter(scene: scene, measurer: measurer)
        return RenderedFigure(
            pdf: Data(try renderPDF(painter, options: options)),
            svg: Data(try renderSVG(painter, metadata: options.metadata)),
            png: Data(try renderPNG(painter, options: options)))
    }

    /// The panels laid out one under the other (see `renderStacked`).
    static func stackedScene<Measurer: TextMeasuring>(_ panels: [PlotFigure], measurer: Measurer) throws -> Scene {
        guard let first = panels.first else { throw PlotError.invalidFigure("a stack needs at least one panel") }
        for panel in panels.dropFirst() {
            guard panel.size.width == first.size.width else {
                throw PlotError.invalidFigure("stacked panels must have one width, found \(first.size.width) and \(panel.size.width) pt")
            }
            guard panel.style == first.style else { throw PlotError.invalidFigure("stacked panels must share one style") }
        }
        func builder(_ index: Int) -> SceneBuilder<Measurer> {
            var panel = panels[index]
            let isLast = index == panels.count - 1
            if !isLast { panel.xAxis.label = "" }
            var builder = SceneBuilder(figure: panel, measurer: measurer)
            builder.hidesXTickLabels = !isLast
            return builder
        }
        // First pass: each panel's own margins; the column leaves room for the widest of them.
        var left = 0.0, right = 0.0
        for index in panels.indices {
            let scene = try builder(index).build()
            left = max(left, scene.plotArea.minX)
            right = max(right, first.size.width - scene.plotArea.maxX)
        }
        var page = Scene(width: first.size.width, height: 0, plotArea: SceneRect(minX: 0, minY: 0, maxX: 0, maxY: 0))
        for index in panels.indices {
            var panelBuilder = builder(index)
            panelBuilder.column = (left, right)
            let scene = try panelBuilder.build().translated(down: page.height)
            if index == 0 { page.plotArea = scene.plotArea }
            page.items += scene.items
            page.xTickLabels += scene.xTickLabels
            page.yTickLabels += scene.yTickLabels
            page.height += panels[index].size.height
        }
        return page
    }
}

extension Scene {
    /// The same drawing moved `offset` points down the page.
    func translated(down offset: Double) -> Scene {
        func move(_ point: ScenePoint) -> ScenePoint { ScenePoint(x: point.x, y: point.y + offset) }
        func move(_ text: SceneText) -> SceneText {
            var moved = text
            moved.origin = move(text.origin)
            return moved
        }
        var moved = self
        moved.plotArea = SceneRect(minX: plotArea.minX, minY: plotArea.minY + offset, maxX: plotArea.maxX, maxY: plotArea.maxY + offset)
        moved.xTickLabels = xTickLabels.map(move)
        moved.yTickLabels = yTickLabels.map(move)
        moved.items = items.map { item in
            switch item {
            case .fill(let polygons, let color, let opacity): return .fill(polygons.map { $0.map(move) }, color: color, opacity: opacity)
            case .stroke(let lines, let style): return .stroke(lines.map { $0.map(move) }, style)
            case .markers(let points, let shape, let size, let stroke):
                return .markers(points.map(move), shape: shape, size: size, stroke: stroke)
            case .text(let text): return .text(move(text))
            case .pushClip(let polygons): return .pushClip(polygons.map { $0.map(move) })
            case .popClip: return .popClip
            }
        }
        return moved
    }
}

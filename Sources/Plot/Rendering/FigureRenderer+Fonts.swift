import CCairo
import Foundation

extension FigureRenderer {
    /// Starts preparing the process's first render on a background thread: a font map with fontconfig set up, the
    /// text, italic and math faces of `style` loaded and matched at its sizes, upright and rotated (the y title) at
    /// `pngResolution`, by laying out a small figure and drawing it on PDF and SVG surfaces that discard their bytes
    /// and on pooled pixel memory (nothing is encoded). The first real render then borrows that map (waiting for it if it is not ready)
    /// instead of doing this work itself. Call it once, early, when the process will render; the output of every
    /// render is unchanged.
    public static func prepareFonts(for style: PlotStyle = PlotStyle(), pngResolution: Double = RenderOptions().pngResolution) {
        FontMapPool.prepare { fontMap in
            let figure = PlotFigure(
                size: PlotSize(width: 160, height: 120),
                xAxis: PlotAxis(label: "m_{Z'} [GeV] 0123456789", scale: .log, range: AxisRange(1e-3, 10)),
                yAxis: PlotAxis(label: "g_{Z'} × 10^{-4} (μ, α, ε)", range: AxisRange(0, 1)),
                series: [PlotSeries(name: "warm-up", legend: "warm-up ABC xyz", x: [1e-3, 10], y: [0.2, 0.8])],
                style: style)
            // The measurer (and with it the map, back to the pool) is released when this returns.
            try? warmUp(figure, pngResolution: pngResolution, fontMap: fontMap)
        }
    }

    /// Lays `figure` out on `fontMap` and draws it on PDF and SVG surfaces that discard their bytes and on a
    /// single-column image surface of the pool's pixel memory.
    private static func warmUp(_ figure: PlotFigure, pngResolution: Double, fontMap: GObjectHandle) throws {
        let measurer = try PangoTextMeasurer(style: figure.style, fontMap: fontMap)
        let painter = ScenePainter(scene: try SceneBuilder(figure: figure, measurer: measurer).build(), measurer: measurer)
        let discard: cairo_write_func_t = { _, _, _ in CAIRO_STATUS_SUCCESS }
        for vector in [
            cairo_pdf_surface_create_for_stream(discard, nil, painter.scene.width, painter.scene.height),
            cairo_svg_surface_create_for_stream(discard, nil, painter.scene.width, painter.scene.height)
        ] {
            let surface = try CairoSurface(vector!)
            try withExtendedLifetime(surface) {
                try painter.paint(on: try CairoContext(surface: surface), scale: 1, background: nil)
            }
            try surface.finish()
        }
        // The image is as large as a single-column preview, on the pool's memory: its pages are mapped here.
        let scale = pngResolution / 72
        let width = Int32((PlotSize.singleColumn.width * scale).rounded(.up))
        let height = Int32((PlotSize.singleColumn.height * scale).rounded(.up))
        try rasterise(painter, scale: scale, width: width, height: height) { _ in }
    }
}

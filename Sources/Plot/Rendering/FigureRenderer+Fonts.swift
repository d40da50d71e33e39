import CCairo
import Foundation

extension FigureRenderer {
    /// Starts preparing the process's first render on a background thread: a font map with fontconfig set up, the
    /// text, italic and math faces of `style` loaded and matched at its sizes, upright and rotated (the y title) at
    /// `pngResolution`, by laying out a small figure and drawing it on a PDF and an image surface that are thrown
    /// away (nothing is encoded). The first real render then borrows that map (waiting for it if it is not ready)
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

    /// Lays `figure` out on `fontMap` and draws it on a PDF surface that discards its bytes and on an image surface.
    private static func warmUp(_ figure: PlotFigure, pngResolution: Double, fontMap: GObjectHandle) throws {
        let measurer = try PangoTextMeasurer(style: figure.style, fontMap: fontMap)
        let painter = ScenePainter(scene: try SceneBuilder(figure: figure, measurer: measurer).build(), measurer: measurer)
        let discard: cairo_write_func_t = { _, _, _ in CAIRO_STATUS_SUCCESS }
        let pdf = try CairoSurface(cairo_pdf_surface_create_for_stream(discard, nil, painter.scene.width, painter.scene.height))
        try withExtendedLifetime(pdf) {
            try painter.paint(on: try CairoContext(surface: pdf), scale: 1, background: nil)
        }
        try pdf.finish()
        let scale = pngResolution / 72
        let image = try CairoSurface(
            cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32((painter.scene.width * scale).rounded(.up)), Int32((painter.scene.height * scale).rounded(.up))))
        try withExtendedLifetime(image) {
            try painter.paint(on: try CairoContext(surface: image), scale: scale, background: .white)
        }
    }
}

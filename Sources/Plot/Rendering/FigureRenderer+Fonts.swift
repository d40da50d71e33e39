import Foundation

extension FigureRenderer {
    /// Starts preparing the process's first render on a background thread: a font map with fontconfig set up, the
    /// text, italic and math faces of `style` loaded and matched at its sizes, upright and rotated (the y title)
    /// at `pngResolution`, by rendering a small figure whose output is thrown away. The first real render then
    /// borrows that map (waiting for it if it is not ready) instead of doing this work itself. Call it once, early,
    /// when the process will render; the output of every render is unchanged.
    public static func prepareFonts(for style: PlotStyle = PlotStyle(), pngResolution: Double = RenderOptions().pngResolution) {
        FontMapPool.prepare { fontMap in
            let figure = PlotFigure(
                xAxis: PlotAxis(label: "m_{Z'} [GeV] 0123456789", scale: .log, range: AxisRange(1e-3, 10)),
                yAxis: PlotAxis(label: "g_{Z'} × 10^{-4} (μ, α, ε)", range: AxisRange(0, 1)),
                series: [PlotSeries(name: "warm-up", legend: "warm-up ABC xyz", x: [1e-3, 10], y: [0.2, 0.8])],
                labels: [], style: style)
            // The measurer (and with it the map, back to the pool) is released when this returns.
            _ = try? render(figure, options: RenderOptions(pngResolution: pngResolution), fontMap: fontMap)
        }
    }
}

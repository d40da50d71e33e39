import CCairo
import Foundation

/// Renders figure descriptions to PDF, SVG and PNG bytes.
///
/// Each call borrows a font map of its own (`FontMapPool`), builds its Pango contexts and Cairo surfaces and
/// releases them before returning, so figures may be rendered concurrently from different tasks;
/// one figure is drawn on one task.
public enum FigureRenderer {
    /// Renders a figure to all three formats. Same description and options → same bytes.
    public static func render(_ figure: PlotFigure, options: RenderOptions = RenderOptions()) throws -> RenderedFigure {
        let measurer = try PangoTextMeasurer(style: figure.style)
        let scene = try SceneBuilder(figure: figure, measurer: measurer).build()
        let painter = ScenePainter(scene: scene, measurer: measurer)
        return RenderedFigure(
            pdf: Data(try renderPDF(painter, options: options)),
            svg: Data(try renderSVG(painter, metadata: options.metadata)),
            png: Data(try renderPNG(painter, options: options)))
    }

    /// Lays a figure out without drawing it (for tests and tools that inspect geometry).
    static func scene(for figure: PlotFigure) throws -> Scene {
        try SceneBuilder(figure: figure, measurer: try PangoTextMeasurer(style: figure.style)).build()
    }

    /// The Cairo write callback: appends to the `ByteSink` passed as closure data.
    private static func streamInto(_ sink: ByteSink) -> (cairo_write_func_t, UnsafeMutableRawPointer) {
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        return (write, Unmanaged.passUnretained(sink).toOpaque())
    }

    static func renderPDF(_ painter: ScenePainter, options: RenderOptions) throws -> [UInt8] {
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            let (write, closure) = streamInto(sink)
            let surface = try CairoSurface(
                cairo_pdf_surface_create_for_stream(write, closure, painter.scene.width, painter.scene.height))
            // cairo 1.16 stamps the wall clock into /CreationDate and ignores SOURCE_DATE_EPOCH.
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, options.pdfDate)
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, options.pdfDate)
            let metadata = options.metadata
            for (field, value) in [
                (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
                (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords), (CAIRO_PDF_METADATA_CREATOR, metadata.creator)
            ]
            where !value.isEmpty {
                cairo_pdf_surface_set_metadata(surface.pointer, field, value)
            }
            try draw(painter, on: surface, scale: 1, background: nil)
        }
        return sink.bytes
    }

    static func renderSVG(_ painter: ScenePainter, metadata: RenderMetadata = RenderMetadata()) throws -> [UInt8] {
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            let (write, closure) = streamInto(sink)
            let surface = try CairoSurface(
                cairo_svg_surface_create_for_stream(write, closure, painter.scene.width, painter.scene.height))
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
            try draw(painter, on: surface, scale: 1, background: nil)
        }
        return insertingSVGMetadata(metadata, into: SVGIdentifiers.normalized(sink.bytes))
    }

    /// The preview at `options.pngResolution`, encoded as PNG.
    static func renderPNG(_ painter: ScenePainter, options: RenderOptions) throws -> [UInt8] {
        let scale = options.pngResolution / 72
        let width = Int32((painter.scene.width * scale).rounded(.up)), height = Int32((painter.scene.height * scale).rounded(.up))
        return try rasterise(painter, scale: scale, width: width, height: height) { surface in
            try PNGEncoder.encode(surface, textFields: options.metadata.pngTextFields)
        }
    }

    /// Paints `painter` at `scale` on a `width` × `height` ARGB32 image of pooled pixel memory (`PixelBufferPool`)
    /// and hands the flushed surface to `body`. The white background is painted over every pixel first, so what the
    /// buffer held before does not matter; the surface is destroyed before the buffer goes back to the pool.
    static func rasterise<Result>(
        _ painter: ScenePainter, scale: Double, width: Int32, height: Int32, _ body: (CairoSurface) throws -> Result
    ) throws -> Result {
        let stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width)
        guard width > 0, height > 0, stride > 0 else { throw PlotError.cairo("PNG encoding: empty image surface") }
        let buffer = PixelBufferPool.borrow(byteCount: Int(stride) * Int(height))
        defer { PixelBufferPool.giveBack(buffer) }
        let surface = try CairoSurface(
            cairo_image_surface_create_for_data(
                buffer.pointer.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, width, height, stride))
        return try withExtendedLifetime(surface) {
            try painter.paint(on: try CairoContext(surface: surface), scale: scale, background: .white)
            cairo_surface_flush(surface.pointer)
            return try body(surface)
        }
    }

    /// `svg` with the metadata element right after the opening `<svg …>` tag.
    static func insertingSVGMetadata(_ metadata: RenderMetadata, into svg: [UInt8]) -> [UInt8] {
        let element = metadata.svgElement
        guard !element.isEmpty, let open = svg.firstRange(of: Array("<svg".utf8)),
            let close = svg[open.upperBound...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        return Array(svg[...close]) + Array(("\n" + element).utf8) + Array(svg[(close + 1)...])
    }

    /// Paints and finishes a vector surface; the context is released before `finish` flushes the stream.
    private static func draw(_ painter: ScenePainter, on surface: CairoSurface, scale: Double, background: RGBColor?) throws {
        do {
            let context = try CairoContext(surface: surface)
            try painter.paint(on: context, scale: scale, background: background)
        }
        try surface.finish()
    }
}

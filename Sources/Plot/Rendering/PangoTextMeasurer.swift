import CCairo

/// Measures and shapes text with Pango for one figure, and refuses font substitution.
///
/// Uses a font map borrowed from `FontMapPool` for its lifetime and holds its own context (72 dpi, hint metrics off, unrounded glyph
/// positions, so advances are the same in PDF, SVG and the 300-dpi PNG). Layouts are cached per
/// (text, face, size) and drawn on every surface; rotated text on the PNG is drawn with layouts cached per device
/// matrix (`drawingLayout`). Not Sendable: lives on the task that renders one figure.
final class PangoTextMeasurer: TextMeasuring {
    let style: PlotStyle
    private let fontMap: GObjectHandle
    /// The measuring context; nil only while the measurer is torn down (`deinit`).
    private var measuringContext: GObjectHandle?
    private var context: GObjectHandle { measuringContext! }
    private var layouts: [LayoutKey: GObjectHandle] = [:]
    private var extents: [LayoutKey: TextExtent] = [:]
    private var descriptions: [DescriptionKey: FontDescriptionHandle] = [:]
    private var drawingContexts: [DeviceKey: GObjectHandle] = [:]
    private var drawingLayouts: [DrawingLayoutKey: GObjectHandle] = [:]

    private struct LayoutKey: Hashable {
        var text: String
        var style: MathFontStyle
        var size: Double
    }

    private struct DescriptionKey: Hashable {
        var style: MathFontStyle
        var size: Double
    }

    /// What `pango_cairo_update_layout` copies from a Cairo context into a Pango context: the user-to-device
    /// matrix without its translation, and (through the surface's font options) the kind of surface.
    private struct DeviceKey: Hashable {
        var xx: Double, yx: Double, xy: Double, yy: Double
        var surfaceType: UInt32
    }

    private struct DrawingLayoutKey: Hashable {
        var device: DeviceKey
        var layout: LayoutKey
    }

    /// Creates the Pango context and checks that the requested text and math families are the ones loaded.
    /// Uses `fontMap` (given back to the pool when the measurer ends), or a map borrowed from the pool.
    init(style: PlotStyle, fontMap: GObjectHandle? = nil) throws(PlotError) {
        self.style = style
        self.fontMap = fontMap ?? FontMapPool.borrow()
        measuringContext = try Self.makeContext(on: self.fontMap)
        try verifyFamily(style.fontFamily, style: .upright)
        try verifyFamily(style.fontFamily, style: .italic)
        try verifyFamily(style.mathFontFamily, style: .upright)
    }

    /// Releases every layout and context made on the font map before handing the map back to the pool, so that
    /// no Pango object of this render is touched once another render has borrowed the map.
    deinit {
        layouts.removeAll()
        drawingLayouts.removeAll()
        drawingContexts.removeAll()
        measuringContext = nil
        FontMapPool.giveBack(fontMap)
    }

    /// A Pango context on `fontMap` at 72 dpi with hint metrics and hinting off and unrounded glyph positions.
    private static func makeContext(on fontMap: GObjectHandle) throws(PlotError) -> GObjectHandle {
        guard let context = GObjectHandle(UnsafeMutableRawPointer(pango_font_map_create_context(fontMap.typed()))) else {
            throw .cairo("pango_font_map_create_context failed")
        }
        let contextPointer: OpaquePointer = context.typed()
        pango_cairo_context_set_resolution(contextPointer, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(contextPointer, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(contextPointer, 0)
        return context
    }

    /// The family list handed to Pango. Written as "A, B" with the size set separately, because
    /// "Latin Modern Roman 9" would read "Roman" as a style word and fall back to DejaVu Sans.
    private var familyList: String { "\(style.fontFamily),\(style.mathFontFamily)" }

    private func description(style faceStyle: MathFontStyle, size: Double) -> FontDescriptionHandle {
        let key = DescriptionKey(style: faceStyle, size: size)
        if let cached = descriptions[key] { return cached }
        let created = FontDescriptionHandle(family: familyList, style: faceStyle, size: size)
        descriptions[key] = created
        return created
    }

    /// Loads `family` alone and throws if fontconfig substituted another one.
    private func verifyFamily(_ family: String, style faceStyle: MathFontStyle) throws(PlotError) {
        let requested = FontDescriptionHandle(family: family, style: faceStyle, size: 10)
        guard let font = GObjectHandle(UnsafeMutableRawPointer(pango_context_load_font(context.typed(), requested.pointer))) else {
            throw .fontUnavailable(requested: family, loaded: "nothing")
        }
        let loaded = Self.familyName(of: font.pointer)
        guard loaded.lowercased() == family.lowercased() else {
            throw .fontUnavailable(requested: family, loaded: loaded)
        }
    }

    /// The family Pango reports for a loaded font.
    private static func familyName(of font: UnsafeMutableRawPointer) -> String {
        guard let described = pango_font_describe(font.assumingMemoryBound(to: PangoFont.self)) else { return "unknown" }
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) } ?? "unknown"
    }

    /// A shaped single-line layout, cached.
    func layout(_ text: String, style faceStyle: MathFontStyle, size: Double) throws(PlotError) -> OpaquePointer {
        let key = LayoutKey(text: text, style: faceStyle, size: size)
        if let cached = layouts[key] { return cached.typed() }
        let layout = try makeLayout(text, style: faceStyle, size: size, on: context)
        let pointer: OpaquePointer = layout.typed()
        try verifyGlyphs(of: pointer, text: text)
        layouts[key] = layout
        return pointer
    }

    /// A layout of `text` ready to draw on `cr` as it is transformed now.
    ///
    /// `pango_cairo_update_layout` gives a layout's Pango context the Cairo context's matrix and surface font
    /// options, and a Pango context that changes invalidates every layout made on it: with one context for
    /// all draws, every surface switch and every rotated label made the following layouts shape their text
    /// and match their fonts again, about a fifth of a render's CPU. Now:
    /// - text drawn axis-aligned (any scale, any surface) uses the measuring layout as it is: with hint
    ///   metrics off and unrounded glyph positions, the glyphs and their positions do not depend on the scale
    ///   (every PDF, SVG and PNG of the project's figures came out byte-identical to the per-draw update);
    /// - rotated text on a vector surface (PDF, SVG) uses the measuring layout too: the glyphs are written as
    ///   outlines or font references at the positions Pango gave, which do not depend on the matrix either
    ///   (byte-identical again);
    /// - rotated text on the PNG is shaped on a context of its own per (matrix, surface kind), as the per-draw
    ///   update did (rotation does change the rasterised glyphs by a few pixels), once per device instead of once
    ///   per draw.
    func drawingLayout(_ text: String, style faceStyle: MathFontStyle, size: Double, on cr: OpaquePointer) throws(PlotError)
        -> OpaquePointer
    {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(cr, &matrix)
        let surfaceType = cairo_surface_get_type(cairo_get_target(cr))
        if (matrix.xy == 0 && matrix.yx == 0) || surfaceType == CAIRO_SURFACE_TYPE_PDF || surfaceType == CAIRO_SURFACE_TYPE_SVG {
            return try layout(text, style: faceStyle, size: size)
        }
        let device = DeviceKey(xx: matrix.xx, yx: matrix.yx, xy: matrix.xy, yy: matrix.yy, surfaceType: surfaceType.rawValue)
        let key = DrawingLayoutKey(device: device, layout: LayoutKey(text: text, style: faceStyle, size: size))
        if let cached = drawingLayouts[key] { return cached.typed() }
        let context: GObjectHandle
        if let existing = drawingContexts[device] {
            context = existing
        } else {
            context = try Self.makeContext(on: fontMap)
            drawingContexts[device] = context
        }
        let layout = try makeLayout(text, style: faceStyle, size: size, on: context)
        let pointer: OpaquePointer = layout.typed()
        pango_cairo_update_layout(cr, pointer)
        drawingLayouts[key] = layout
        return pointer
    }

    /// A new single-line layout of `text` in the figure's family list at `size` on `context`.
    private func makeLayout(_ text: String, style faceStyle: MathFontStyle, size: Double, on context: GObjectHandle)
        throws(PlotError) -> GObjectHandle
    {
        guard let layout = GObjectHandle(UnsafeMutableRawPointer(pango_layout_new(context.typed()))) else {
            throw .cairo("pango_layout_new failed")
        }
        let pointer: OpaquePointer = layout.typed()
        pango_layout_set_font_description(pointer, description(style: faceStyle, size: size).pointer)
        pango_layout_set_text(pointer, text, -1)
        return layout
    }

    /// Every run must come from the text or the math family, with no unknown-glyph boxes.
    private func verifyGlyphs(of layout: OpaquePointer, text: String) throws(PlotError) {
        let allowed = [style.fontFamily.lowercased(), style.mathFontFamily.lowercased()]
        guard let line = pango_layout_get_line_readonly(layout, 0) else { return }
        var node = line.pointee.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) else { continue }
            let family = run.pointee.item.pointee.analysis.font.map { Self.familyName(of: UnsafeMutableRawPointer($0)) } ?? "none"
            guard allowed.contains(family.lowercased()) else { throw .missingGlyph(text: text, family: family) }
            let glyphs = run.pointee.glyphs.pointee
            for index in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[index].glyph & 0x1000_0000 != 0 {
                // PANGO_GLYPH_UNKNOWN_FLAG: Pango would draw a hex box.
                throw .missingGlyph(text: text, family: family)
            }
        }
    }

    /// Advance, line ascent/descent and ink ascent of a run, in points.
    func measure(_ text: String, style faceStyle: MathFontStyle, size: Double) throws -> TextExtent {
        let key = LayoutKey(text: text, style: faceStyle, size: size)
        if let cached = extents[key] { return cached }
        let layout = try layout(text, style: faceStyle, size: size)
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout)) / scale
        let extent = TextExtent(
            width: Double(logical.width) / scale,
            ascent: baseline - Double(logical.y) / scale,
            descent: Double(logical.y + logical.height) / scale - baseline,
            inkAscent: text.allSatisfy(\.isWhitespace) ? 0 : baseline - Double(ink.y) / scale)
        extents[key] = extent
        return extent
    }
}

extension GObjectHandle {
    /// The handle as the C type a Pango function expects.
    func typed() -> OpaquePointer { OpaquePointer(pointer) }

    /// The handle as a typed pointer, for GObject structs Swift imports with their layout.
    func typed<Pointee>() -> UnsafeMutablePointer<Pointee> { pointer.assumingMemoryBound(to: Pointee.self) }
}

import CCairo

// Cairo and Pango handles are not thread-safe values: each lives in a small final class that is
// not Sendable, created and released on the task that renders one figure.

/// Owns a `cairo_surface_t`.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) throws(PlotError) {
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    /// Flushes everything to the output stream; required before reading the bytes.
    func finish() throws(PlotError) {
        cairo_surface_finish(pointer)
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    deinit { cairo_surface_destroy(pointer) }
}

/// Owns a `cairo_t` drawing onto a surface (kept alive alongside).
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws(PlotError) {
        self.surface = surface
        guard let pointer = cairo_create(surface.pointer) else { throw .cairo("cairo_create failed") }
        self.pointer = pointer
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    deinit { cairo_destroy(pointer) }
}

/// Collects the bytes a Cairo stream surface writes.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// Owns a GObject reference (font map, context, layout, font).
final class GObjectHandle {
    let pointer: UnsafeMutableRawPointer

    init?(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    deinit { g_object_unref(pointer) }
}

/// Owns a `PangoFontDescription`.
final class FontDescriptionHandle {
    let pointer: OpaquePointer

    init(family: String, style: MathFontStyle, size: Double) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_style(pointer, style == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        // Absolute size in device units: independent of the context resolution.
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}

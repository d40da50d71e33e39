import CCairo
import Foundation

/// Replays a `Scene` on a Cairo context. The same scene is painted on every surface, so the PDF, the
/// SVG and the PNG differ only in resolution. O(scene items + points).
struct ScenePainter {
    let scene: Scene
    let measurer: PangoTextMeasurer

    func paint(on context: CairoContext, scale: Double, background: RGBColor?) throws {
        let cr = context.pointer
        cairo_scale(cr, scale, scale)
        if let background {
            cairo_set_source_rgb(cr, background.red, background.green, background.blue)
            cairo_paint(cr)
        }
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        for item in scene.items {
            switch item {
            case .fill(let polygons, let color, let opacity):
                addPath(cr, polygons, close: true)
                cairo_set_source_rgba(cr, color.red, color.green, color.blue, opacity)
                cairo_fill(cr)
            case .stroke(let lines, let stroke):
                addPath(cr, lines, close: false)
                apply(stroke, to: cr)
                cairo_stroke(cr)
            case .markers(let points, let shape, let size, let stroke):
                paintMarkers(cr, points: points, shape: shape, size: size, stroke: stroke)
            case .text(let text):
                try paintText(cr, text)
            case .pushClip(let polygons):
                cairo_save(cr)
                addPath(cr, polygons, close: true)
                cairo_clip(cr)
            case .popClip:
                cairo_restore(cr)
            }
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else { throw PlotError.cairo(String(cString: cairo_status_to_string(status))) }
    }

    /// Adds polylines; a polyline whose last point equals its first is closed (proper corner join).
    private func addPath(_ cr: OpaquePointer, _ lines: [[ScenePoint]], close: Bool) {
        cairo_new_path(cr)
        for line in lines {
            guard let first = line.first else { continue }
            cairo_move_to(cr, first.x, first.y)
            for point in line.dropFirst() { cairo_line_to(cr, point.x, point.y) }
            if close || (line.count > 2 && line.last == first) { cairo_close_path(cr) }
        }
    }

    private func apply(_ stroke: StrokeStyle, to cr: OpaquePointer) {
        cairo_set_source_rgba(cr, stroke.color.red, stroke.color.green, stroke.color.blue, stroke.opacity)
        cairo_set_line_width(cr, stroke.width)
        cairo_set_line_cap(cr, stroke.roundCaps ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        stroke.dash.withUnsafeBufferPointer { buffer in
            cairo_set_dash(cr, buffer.baseAddress, Int32(buffer.count), 0)
        }
    }

    private func paintMarkers(_ cr: OpaquePointer, points: [ScenePoint], shape: MarkerShape, size: Double, stroke: StrokeStyle) {
        let radius = size / 2
        cairo_new_path(cr)
        for point in points {
            switch shape {
            case .none: break
            case .circle:
                cairo_new_sub_path(cr)
                cairo_arc(cr, point.x, point.y, radius, 0, 2 * .pi)
            case .square:
                cairo_rectangle(cr, point.x - radius, point.y - radius, size, size)
            case .triangle:
                cairo_move_to(cr, point.x, point.y - radius * 1.15)
                cairo_line_to(cr, point.x + radius, point.y + radius * 0.6)
                cairo_line_to(cr, point.x - radius, point.y + radius * 0.6)
                cairo_close_path(cr)
            case .diamond:
                cairo_move_to(cr, point.x, point.y - radius * 1.2)
                cairo_line_to(cr, point.x + radius, point.y)
                cairo_line_to(cr, point.x, point.y + radius * 1.2)
                cairo_line_to(cr, point.x - radius, point.y)
                cairo_close_path(cr)
            case .cross:
                cairo_move_to(cr, point.x - radius, point.y - radius)
                cairo_line_to(cr, point.x + radius, point.y + radius)
                cairo_move_to(cr, point.x - radius, point.y + radius)
                cairo_line_to(cr, point.x + radius, point.y - radius)
            case .plus:
                cairo_move_to(cr, point.x - radius, point.y)
                cairo_line_to(cr, point.x + radius, point.y)
                cairo_move_to(cr, point.x, point.y - radius)
                cairo_line_to(cr, point.x, point.y + radius)
            }
        }
        apply(stroke, to: cr)
        if shape == .cross || shape == .plus {
            cairo_stroke(cr)
        } else {
            cairo_fill(cr)
        }
    }

    private func paintText(_ cr: OpaquePointer, _ text: SceneText) throws {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, text.origin.x, text.origin.y)
        cairo_rotate(cr, -text.angle)
        cairo_set_source_rgb(cr, text.color.red, text.color.green, text.color.blue)
        for run in text.box.runs {
            let layout = try measurer.drawingLayout(run.text, style: run.style, size: run.size, on: cr)
            cairo_move_to(cr, run.x, run.baselineOffset)
            // show_layout_line puts the baseline, not the top, at the current point.
            pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(layout, 0))
        }
        for rule in text.box.rules {
            cairo_rectangle(cr, rule.x, rule.y - rule.thickness / 2, rule.width, rule.thickness)
            cairo_fill(cr)
        }
    }
}

/// A point on the page in points, y downward (Cairo's convention).
struct ScenePoint: Sendable, Hashable {
    var x: Double
    var y: Double
}

/// A rectangle on the page in points, y downward.
struct SceneRect: Sendable, Hashable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    var outline: [ScenePoint] {
        [ScenePoint(x: minX, y: minY), ScenePoint(x: maxX, y: minY), ScenePoint(x: maxX, y: maxY), ScenePoint(x: minX, y: maxY)]
    }

    func intersects(_ other: SceneRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}

/// Stroke parameters of a line.
struct StrokeStyle: Sendable, Hashable {
    var color: RGBColor
    var opacity: Double
    var width: Double
    var dash: [Double]
    /// Round caps draw dots for zero-length dashes; butt caps keep dashes crisp.
    var roundCaps: Bool
}

/// Text laid out as a math box, placed with its baseline origin at `origin` and rotated by
/// `angle` radians counter-clockwise on the page.
struct SceneText: Sendable, Hashable {
    var box: MathBox
    var origin: ScenePoint
    var angle: Double
    var color: RGBColor

    /// Axis-aligned bounds of the line box (font ascent, which includes the line gap above the ink).
    var bounds: SceneRect { bounds(top: box.ascent) }

    /// Axis-aligned bounds with the top at the highest ink, i.e. what is actually painted (up to descenders).
    var inkBounds: SceneRect { bounds(top: box.inkAscent) }

    /// Bounds of the box from `top` above the baseline to the descent below (exact for angle 0 and ±90°,
    /// conservative otherwise).
    func bounds(top: Double) -> SceneRect {
        let corners = [
            (0.0, -top), (box.width, -top), (box.width, box.descent), (0.0, box.descent)
        ].map { (x, y) -> ScenePoint in
            let cosine = cos(angle)
            let sine = sin(angle)
            // Rotation counter-clockwise on a y-down page.
            return ScenePoint(x: origin.x + x * cosine + y * sine, y: origin.y - x * sine + y * cosine)
        }
        return SceneRect(
            minX: corners.map(\.x).min()!, minY: corners.map(\.y).min()!,
            maxX: corners.map(\.x).max()!, maxY: corners.map(\.y).max()!)
    }
}

/// One drawing operation. The scene is the device-independent result of layout; the painter replays
/// it on the PDF, SVG and PNG surfaces, so all three show exactly the same geometry.
enum SceneItem: Sendable, Hashable {
    /// Fill closed polygons (non-zero winding).
    case fill([[ScenePoint]], color: RGBColor, opacity: Double)
    /// Stroke open polylines.
    case stroke([[ScenePoint]], StrokeStyle)
    /// Markers centred on points.
    case markers([ScenePoint], shape: MarkerShape, size: Double, stroke: StrokeStyle)
    /// Text.
    case text(SceneText)
    /// Intersect the clip with closed polygons until the matching `popClip`.
    case pushClip([[ScenePoint]])
    /// Restore the clip before the matching `pushClip`.
    case popClip
}

/// Everything to draw, in order, on a page of the given size.
struct Scene: Sendable, Hashable {
    var width: Double
    var height: Double
    var items: [SceneItem] = []
    /// The frame (plot area) rectangle, kept for tests and labels.
    var plotArea: SceneRect
    /// Tick labels per axis, kept so tests can check they do not overlap.
    var xTickLabels: [SceneText] = []
    var yTickLabels: [SceneText] = []
}

import Foundation

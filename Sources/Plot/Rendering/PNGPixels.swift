import CCairo
import Foundation

/// Decoded PNG pixels, for comparing previews against golden images.
struct PNGPixels: Sendable, Hashable {
    var width: Int
    var height: Int
    /// Cairo ARGB32 pixels, 4 bytes each, rows packed (stride removed).
    var bytes: [UInt8]

    /// Decodes PNG bytes with Cairo. O(pixels).
    init(png: Data) throws {
        final class Reader {
            let data: Data
            var offset = 0
            init(_ data: Data) { self.data = data }
        }
        let reader = Reader(png)
        let surface = try withExtendedLifetime(reader) {
            try CairoSurface(
                cairo_image_surface_create_from_png_stream(
                    { closure, buffer, length in
                        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
                        let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
                        let count = Int(length)
                        guard reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
                        reader.data.copyBytes(to: buffer, from: reader.offset..<(reader.offset + count))
                        reader.offset += count
                        return CAIRO_STATUS_SUCCESS
                    }, Unmanaged.passUnretained(reader).toOpaque()))
        }
        width = Int(cairo_image_surface_get_width(surface.pointer))
        height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else { throw PlotError.cairo("PNG has no pixel data") }
        var packed: [UInt8] = []
        packed.reserveCapacity(width * height * 4)
        for row in 0..<height {
            packed.append(contentsOf: UnsafeBufferPointer(start: data + row * stride, count: width * 4))
        }
        bytes = packed
    }
}

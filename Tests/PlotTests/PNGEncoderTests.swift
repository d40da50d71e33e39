import CCairo
import CZlib
import Testing

@testable import Plot

/// The PNG encoder's streamed deflate gives the bytes of a one-shot `compress2` of the same filtered rows.
@Suite("PNG encoder")
struct PNGEncoderTests {
    /// A `width` × `height` ARGB32 surface of runs of pseudo-random colours (opaque, or with varied alpha).
    private func surface(width: Int, height: Int, opaque: Bool) throws -> CairoSurface {
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer)) / 4
        let pixels = UnsafeMutableRawPointer(cairo_image_surface_get_data(surface.pointer)!).assumingMemoryBound(to: UInt32.self)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var colour: UInt32 = 0xffff_ffff
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if state >> 60 == 0 {
                    let random = UInt32(truncatingIfNeeded: state >> 24)
                    if opaque {
                        colour = 0xff00_0000 | random & 0x00ff_ffff
                    } else {
                        let alpha = random >> 24
                        let channel = { (shift: UInt32) in min((random >> shift) & 0xff, alpha) }
                        colour = alpha << 24 | channel(16) << 16 | channel(8) << 8 | channel(0)
                    }
                }
                pixels[y * stride + x] = colour
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }

    /// The scanlines as the encoder wrote them before streaming: every row converted, then "Up"-filtered.
    private func filteredRows(_ surface: CairoSurface, opaque: Bool) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface.pointer)), height = Int(cairo_image_surface_get_height(surface.pointer))
        let pixelStride = Int(cairo_image_surface_get_stride(surface.pointer)) / 4
        let pixels = UnsafeRawPointer(cairo_image_surface_get_data(surface.pointer)!).assumingMemoryBound(to: UInt32.self)
        let rowBytes = width * (opaque ? 3 : 4)
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(2)
            for x in 0..<width {
                let (red, green, blue, alpha) = PNGScanlines.unpremultiplied(pixels[y * pixelStride + x])
                raw += opaque ? [red, green, blue] : [red, green, blue, alpha]
            }
        }
        for y in stride(from: height - 1, to: 0, by: -1) {
            for index in 1...rowBytes {
                let at = y * (rowBytes + 1) + index
                raw[at] = raw[at] &- raw[at - rowBytes - 1]
            }
        }
        return raw
    }

    private func compress2Level1(_ bytes: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { compress2(destination.baseAddress, &capacity, $0.baseAddress, uLong($0.count), 1) }
        }
        #expect(status == Z_OK)
        return Array(output[..<Int(capacity)])
    }

    @Test(arguments: [(700, 333, true), (700, 333, false), (5, 3, true), (30_000, 2, true)])
    func streamedDeflateEqualsOneShotCompress(width: Int, height: Int, opaque: Bool) throws {
        let image = try surface(width: width, height: height, opaque: opaque)
        let pixels = UnsafeRawPointer(cairo_image_surface_get_data(image.pointer)!).assumingMemoryBound(to: UInt32.self)
        let rows = PNGScanlines(
            pixels: pixels, width: width, height: height,
            pixelStride: Int(cairo_image_surface_get_stride(image.pointer)) / 4, opaque: opaque)
        // More than one slice for the larger images, and a row longer than a slice.
        let expected = compress2Level1(filteredRows(image, opaque: opaque))
        #expect(try PNGEncoder.deflate(rows) == expected)
        let png = try PNGEncoder.encode(image)
        #expect(png.firstRange(of: expected) != nil)
    }
}

import CCairo
import CZlib

/// Encodes a Cairo image surface as a PNG (ISO/IEC 15948) with a fast deflate level.
///
/// Cairo's own writer goes through libpng with its default (slow, adaptive) compression, which was
/// a third of a figure's render time. Here every row uses the "Up" filter (type 2: most rows of a
/// plot repeat the one above) and zlib level 1; the output depends only on the pixels, so it is
/// deterministic. An opaque surface (every alpha 255, the previews are painted on white) is written
/// as 8-bit RGB, anything else as 8-bit RGBA with Cairo's premultiplied colours undone.
enum PNGEncoder {
    /// The PNG bytes of `surface` (ARGB32 or RGB24, flushed), with one `tEXt` chunk per text field
    /// right after IHDR (characters outside Latin-1, which `tEXt` cannot hold, become `?`).
    static func encode(_ surface: CairoSurface, textFields: [(keyword: String, text: String)] = []) throws(PlotError) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface.pointer))
        let height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface.pointer) else {
            throw .cairo("PNG encoding: empty image surface")
        }
        let format = cairo_image_surface_get_format(surface.pointer)
        let pixels = UnsafeBufferPointer(
            start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self),
            count: stride / 4 * height)
        let opaque = format == CAIRO_FORMAT_RGB24 || Self.isOpaque(pixels, width: width, height: height, stride: stride / 4)
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        // Raw scanlines: a filter byte, then the row filtered with "Up" (byte minus the byte above). The rows are
        // converted into `raw` in place and filtered afterwards from the last row up, so no row is copied twice.
        // O(width × height), one pass over the pixels and one over the bytes.
        let lineBytes = rowBytes + 1
        var raw = [UInt8](repeating: 0, count: lineBytes * height)
        raw.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let pixelStride = stride / 4
            for y in 0..<height {
                let source = pixels.baseAddress! + y * pixelStride
                let line = base + y * lineBytes
                line[0] = 2
                var out = line + 1
                if opaque {
                    for x in 0..<width {
                        let pixel = source[x]
                        out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                        out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                        out[2] = UInt8(truncatingIfNeeded: pixel)
                        out += 3
                    }
                } else {
                    for x in 0..<width {
                        let (red, green, blue, alpha) = Self.unpremultiplied(source[x])
                        out[0] = red
                        out[1] = green
                        out[2] = blue
                        out[3] = alpha
                        out += 4
                    }
                }
            }
            // Up filter, bottom row first so each row still sees the unfiltered row above it.
            var y = height - 1
            while y > 0 {
                let line = base + y * lineBytes + 1, above = line - lineBytes
                for i in 0..<rowBytes { line[i] = line[i] &- above[i] }
                y -= 1
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        png.appendChunk("IHDR", header)
        for field in textFields { png.appendChunk("tEXt", latin1(field.keyword) + [0] + latin1(field.text)) }
        png.appendChunk("IDAT", try Self.deflate(raw))
        png.appendChunk("IEND", [])
        return png
    }

    /// The straight-alpha colour of a premultiplied ARGB32 pixel, as Cairo's PNG writer computes it
    /// (cairo-png.c): (c·255 + a/2)/a, zero for a = 0.
    private static func unpremultiplied(_ pixel: UInt32) -> (UInt8, UInt8, UInt8, UInt8) {
        let alpha = pixel >> 24
        var red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff
        if alpha == 0 {
            red = 0; green = 0; blue = 0
        } else if alpha != 255 {
            red = (red * 255 + alpha / 2) / alpha
            green = (green * 255 + alpha / 2) / alpha
            blue = (blue * 255 + alpha / 2) / alpha
        }
        return (UInt8(red), UInt8(green), UInt8(blue), UInt8(alpha))
    }

    private static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 && $0.value != 0 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    /// CRC-32 (ISO 3309) as PNG chunks use, from zlib.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        UInt32(truncatingIfNeeded: bytes.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, uInt($0.count)) })
    }

    private static func isOpaque(_ pixels: UnsafeBufferPointer<UInt32>, width: Int, height: Int, stride: Int) -> Bool {
        guard let base = pixels.baseAddress else { return true }
        for y in 0..<height {
            let row = base + y * stride
            var all: UInt32 = 0xffff_ffff
            for x in 0..<width { all &= row[x] | 0x00ff_ffff }
            if all != 0xffff_ffff { return false }
        }
        return true
    }

    /// A zlib stream of `bytes` at level 1 (zlib's defaults otherwise: 32 KiB window, memLevel 8).
    private static func deflate(_ bytes: [UInt8]) throws(PlotError) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &capacity, source.baseAddress, uLong(source.count), 1)
            }
        }
        guard status == Z_OK else { throw .cairo("PNG encoding: zlib error \(status)") }
        output.removeSubrange(Int(capacity)...)
        return output
    }
}

private extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [
            UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16),
            UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)
        ])
    }

    /// Appends a chunk: length, type, data, CRC-32 of type and data.
    mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        appendBigEndian(UInt32(data.count))
        let typeBytes = Array(type.utf8)
        let body = typeBytes + data
        append(contentsOf: body)
        appendBigEndian(PNGEncoder.crc32(body))
    }
}

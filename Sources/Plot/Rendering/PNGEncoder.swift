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
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        png.appendChunk("IHDR", header)
        for field in textFields { png.appendChunk("tEXt", latin1(field.keyword) + [0] + latin1(field.text)) }
        let rows = PNGScanlines(pixels: pixels.baseAddress!, width: width, height: height, pixelStride: stride / 4, opaque: opaque)
        png.appendChunk("IDAT", try Self.deflate(rows))
        png.appendChunk("IEND", [])
        return png
    }

    private static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 && $0.value != 0 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    /// CRC-32 (ISO 3309) as PNG chunks use, from zlib.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { crc32($0) }
    }

    /// CRC-32 (ISO 3309) of `bytes`, from zlib.
    static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: CZlib.crc32(0, bytes.baseAddress, uInt(bytes.count)))
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

    /// Size of the slice of filtered rows handed to zlib at a time: small enough to stay in the cache.
    static let sliceBytes = 64 * 1024

    /// A zlib stream of the filtered scanlines at level 1 (zlib's defaults otherwise: 32 KiB window, memLevel 8),
    /// fed a slice of rows at a time. zlib's output does not depend on how its input is split, so the bytes are
    /// those of `compress2` on all the rows at once, without holding the rows in memory. zlib compresses a raw
    /// deflate stream and the zlib header and Adler-32 trailer are written here (`PNGAdler32`, which sums a slice
    /// many bytes at a time where zlib's goes byte by byte): the same bytes as zlib's own wrapper. O(rows' bytes).
    static func deflate(_ rows: PNGScanlines) throws(PlotError) -> [UInt8] {
        let total = rows.lineBytes * rows.height
        let rowsPerSlice = max(1, sliceBytes / rows.lineBytes)
        var stream = z_stream()
        // windowBits -15: a 32 KiB window without zlib's header and trailer.
        guard deflateInit2_(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw .cairo("PNG encoding: zlib initialisation failed")
        }
        defer { deflateEnd(&stream) }
        let slice = UnsafeMutablePointer<UInt8>.allocate(capacity: rowsPerSlice * rows.lineBytes)
        defer { slice.deallocate() }
        let capacity = Int(compressBound(uLong(total)))
        var status = Z_OK
        var checksum = PNGAdler32()
        var output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            // The header zlib writes for a 32 KiB window at levels 0 and 1 (RFC 1950: CMF 0x78, FLG 0x01).
            buffer[0] = 0x78
            buffer[1] = 0x01
            stream.next_out = buffer.baseAddress! + 2
            stream.avail_out = uInt(capacity - 2 - 4)
            var row = 0
            while row < rows.height && status == Z_OK {
                let count = min(rowsPerSlice, rows.height - row)
                for index in 0..<count { rows.filter(row: row + index, into: slice + index * rows.lineBytes) }
                row += count
                checksum.update(UnsafeBufferPointer(start: slice, count: count * rows.lineBytes))
                stream.next_in = slice
                stream.avail_in = uInt(count * rows.lineBytes)
                status = CZlib.deflate(&stream, Z_NO_FLUSH)
                if stream.avail_in != 0 && status == Z_OK { status = Z_BUF_ERROR }
            }
            if status == Z_OK { status = CZlib.deflate(&stream, Z_FINISH) }
            count = 2 + Int(stream.total_out)
        }
        guard status == Z_STREAM_END else { throw .cairo("PNG encoding: zlib error \(status)") }
        output.appendBigEndian(checksum.value)
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
        let start = count
        append(contentsOf: type.utf8)
        append(contentsOf: data)
        let crc = withUnsafeBufferPointer { PNGEncoder.crc32(UnsafeBufferPointer(rebasing: $0[start...])) }
        appendBigEndian(crc)
    }
}

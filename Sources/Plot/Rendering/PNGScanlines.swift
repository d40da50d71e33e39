/// The PNG scanlines of a Cairo ARGB32 image, produced a row at a time: a filter byte (2, "Up"), then the row's
/// RGB (opaque image) or straight-alpha RGBA bytes minus the bytes of the row above (zero above the first row).
/// Reads the surface's pixels in place; valid while the surface is. O(width) per row.
struct PNGScanlines {
    let pixels: UnsafePointer<UInt32>
    let width: Int
    let height: Int
    /// Pixels from one row's start to the next's.
    let pixelStride: Int
    /// Every alpha is 255: 3 bytes a pixel instead of 4.
    let opaque: Bool

    /// Bytes of one scanline, filter byte included.
    var lineBytes: Int { width * (opaque ? 3 : 4) + 1 }

    /// Writes scanline `row` (`lineBytes` bytes) to `line`.
    func filter(row: Int, into line: UnsafeMutablePointer<UInt8>) {
        line[0] = 2
        var out = line + 1
        let source = pixels + row * pixelStride
        if opaque {
            let above: UnsafePointer<UInt32>? = row == 0 ? nil : source - pixelStride
            // Four pixels at a time as three 32-bit stores, then the rest one by one.
            let raw = UnsafeMutableRawPointer(out)
            var x = 0
            while x + 4 <= width {
                var pixels = (source[x], source[x + 1], source[x + 2], source[x + 3])
                if let above {
                    pixels = (
                        Self.byteDifference(pixels.0, above[x]), Self.byteDifference(pixels.1, above[x + 1]),
                        Self.byteDifference(pixels.2, above[x + 2]), Self.byteDifference(pixels.3, above[x + 3])
                    )
                }
                Self.storeRGB4(pixels, at: raw + 3 * x)
                x += 4
            }
            while x < width {
                Self.storeRGB(above.map { Self.byteDifference(source[x], $0[x]) } ?? source[x], at: out + 3 * x)
                x += 1
            }
            return
        }
        let above: UnsafePointer<UInt32>? = row == 0 ? nil : source - pixelStride
        for x in 0..<width {
            let (red, green, blue, alpha) = Self.unpremultiplied(source[x])
            if let above {
                let (redAbove, greenAbove, blueAbove, alphaAbove) = Self.unpremultiplied(above[x])
                out[0] = red &- redAbove
                out[1] = green &- greenAbove
                out[2] = blue &- blueAbove
                out[3] = alpha &- alphaAbove
            } else {
                out[0] = red
                out[1] = green
                out[2] = blue
                out[3] = alpha
            }
            out += 4
        }
    }

    /// The red, green and blue bytes of an xRGB pixel, in that order.
    @inline(__always)
    private static func storeRGB(_ pixel: UInt32, at out: UnsafeMutablePointer<UInt8>) {
        out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
        out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
        out[2] = UInt8(truncatingIfNeeded: pixel)
    }

    /// The red, green and blue bytes of four xRGB pixels, in that order, as three little-endian words.
    @inline(__always)
    private static func storeRGB4(_ pixels: (UInt32, UInt32, UInt32, UInt32), at out: UnsafeMutableRawPointer) {
        // 0x00RRGGBB byte-swapped and shifted: 0x00BBGGRR, red in the lowest byte.
        let first = pixels.0.byteSwapped >> 8, second = pixels.1.byteSwapped >> 8
        let third = pixels.2.byteSwapped >> 8, fourth = pixels.3.byteSwapped >> 8
        out.storeBytes(of: (first | second << 24).littleEndian, as: UInt32.self)
        out.storeBytes(of: (second >> 8 | third << 16).littleEndian, toByteOffset: 4, as: UInt32.self)
        out.storeBytes(of: (third >> 16 | fourth << 8).littleEndian, toByteOffset: 8, as: UInt32.self)
    }

    /// Each byte of `a` minus the same byte of `b`, modulo 256, in one word (no borrow crosses bytes).
    @inline(__always)
    private static func byteDifference(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let high: UInt32 = 0x8080_8080
        return ((a | high) &- (b & ~high)) ^ ((a ^ ~b) & high)
    }

    /// The straight-alpha colour of a premultiplied ARGB32 pixel, as Cairo's PNG writer computes it
    /// (cairo-png.c): (c·255 + a/2)/a, zero for a = 0.
    static func unpremultiplied(_ pixel: UInt32) -> (UInt8, UInt8, UInt8, UInt8) {
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
}

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
            if row == 0 {
                for x in 0..<width { Self.storeRGB(source[x], at: out + 3 * x) }
                return
            }
            let above = source - pixelStride
            for x in 0..<width { Self.storeRGB(Self.byteDifference(source[x], above[x]), at: out + 3 * x) }
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

import CZlib
import Foundation

/// A decoded 8-bit PNG (colour types RGB and RGBA, not interlaced: what Chromium writes for a
/// screenshot), as RGBA bytes. The deflate stream is inflated by zlib; the row filters (none, sub, up,
/// average, Paeth) are undone here.
struct PNGImage: Equatable {
    var width: Int
    var height: Int
    /// RGBA, 4 bytes per pixel, rows packed.
    var rgba: [UInt8]

    struct DecodeError: Error, CustomStringConvertible {
        var description: String
    }

    init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    init(data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count > 8, bytes.prefix(8).elementsEqual([137, 80, 78, 71, 13, 10, 26, 10]) else {
            throw DecodeError(description: "not a PNG file")
        }
        func integer(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        var offset = 8
        var width = 0, height = 0, channels = 0
        var compressed: [UInt8] = []
        while offset + 8 <= bytes.count {
            let length = integer(offset)
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length + 4 <= bytes.count else { throw DecodeError(description: "truncated \(type) chunk") }
            switch type {
            case "IHDR":
                width = integer(body)
                height = integer(body + 4)
                let depth = bytes[body + 8], colour = bytes[body + 9], interlace = bytes[body + 12]
                guard depth == 8, colour == 2 || colour == 6, interlace == 0 else {
                    throw DecodeError(description: "unsupported PNG: depth \(depth), colour type \(colour), interlace \(interlace)")
                }
                channels = colour == 6 ? 4 : 3
            case "IDAT": compressed += bytes[body..<body + length]
            default: break
            }
            offset = body + length + 4
        }
        guard width > 0, height > 0, channels > 0 else { throw DecodeError(description: "no IHDR chunk") }
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: height * (rowBytes + 1))
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { output in
            compressed.withUnsafeBufferPointer { input in
                uncompress(output.baseAddress, &rawLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else { throw DecodeError(description: "inflate failed (zlib status \(status))") }
        var pixels = [UInt8](repeating: 0, count: height * rowBytes)
        for row in 0..<height {
            let filter = raw[row * (rowBytes + 1)]
            let source = row * (rowBytes + 1) + 1, target = row * rowBytes
            for column in 0..<rowBytes {
                let x = Int(raw[source + column])
                let a = column >= channels ? Int(pixels[target + column - channels]) : 0
                let b = row > 0 ? Int(pixels[target - rowBytes + column]) : 0
                let c = row > 0 && column >= channels ? Int(pixels[target - rowBytes + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw DecodeError(description: "unknown row filter \(filter)")
                }
                pixels[target + column] = UInt8((x + predictor) & 0xFF)
            }
        }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for pixel in 0..<(width * height) {
            for channel in 0..<channels { rgba[pixel * 4 + channel] = pixels[pixel * channels + channel] }
        }
        self.init(width: width, height: height, rgba: rgba)
    }

    /// The share of pixels where some channel differs by more than `channelTolerance` (1 when the sizes differ).
    func differingFraction(from other: PNGImage, channelTolerance: Int) -> Double {
        guard width == other.width, height == other.height else { return 1 }
        var differing = 0
        for index in stride(from: 0, to: rgba.count, by: 4)
        where (0..<4).contains(where: { abs(Int(rgba[index + $0]) - Int(other.rgba[index + $0])) > channelTolerance }) {
            differing += 1
        }
        return Double(differing) / Double(width * height)
    }
}

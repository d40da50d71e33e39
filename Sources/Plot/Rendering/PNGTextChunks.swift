/// Inserts `tEXt` chunks into PNG bytes (after the IHDR chunk, as the PNG specification allows).
enum PNGTextChunks {
    /// `png` with one `tEXt` chunk per field; characters outside Latin-1 (which `tEXt` cannot hold)
    /// become `?`. Returns `png` unchanged if it does not start with a signature and an IHDR chunk.
    static func inserting(_ fields: [(keyword: String, text: String)], into png: [UInt8]) -> [UInt8] {
        // Signature (8 bytes), then IHDR: length (4) + type (4) + 13 bytes of data + CRC (4).
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard !fields.isEmpty, png.count > ihdrEnd, Array(png[12..<16]) == Array("IHDR".utf8) else { return png }
        var chunks: [UInt8] = []
        for field in fields {
            let data = latin1(field.keyword) + [0] + latin1(field.text)
            let typeAndData = Array("tEXt".utf8) + data
            chunks += bigEndian(UInt32(data.count)) + typeAndData + bigEndian(crc32(typeAndData))
        }
        return Array(png[..<ihdrEnd]) + chunks + Array(png[ihdrEnd...])
    }

    private static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 && $0.value != 0 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// CRC-32 (ISO 3309, polynomial 0xEDB88320, reflected), as PNG chunks use.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

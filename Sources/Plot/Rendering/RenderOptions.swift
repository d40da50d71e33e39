import Foundation

/// Output settings that are not part of the figure's look.
public struct RenderOptions: Sendable, Hashable {
    /// PNG preview resolution in dots per inch.
    public var pngResolution: Double
    /// PDF creation and modification date, ISO 8601 (`YYYY-MM-DDThh:mm:ssZ`). Fixed so that equal
    /// descriptions give equal bytes.
    public var pdfDate: String
    /// Document metadata written into every format (PDF Info, SVG `<metadata>`, PNG `tEXt`).
    public var metadata: RenderMetadata

    /// Creates options; the date defaults to `RenderOptions.reproducibleDate()`.
    public init(
        pngResolution: Double = 300, pdfDate: String = RenderOptions.reproducibleDate(),
        metadata: RenderMetadata = RenderMetadata()
    ) {
        self.pngResolution = pngResolution
        self.pdfDate = pdfDate
        self.metadata = metadata
    }

    /// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set and valid, else 2000-01-01T00:00:00Z.
    public static func reproducibleDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 else {
            return "2000-01-01T00:00:00Z"
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

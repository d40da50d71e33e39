import Foundation

/// The three outputs of one figure, as bytes.
public struct RenderedFigure: Sendable, Hashable {
    /// Vector PDF with embedded, subset fonts and fixed dates.
    public var pdf: Data
    /// Vector SVG (text as glyph outlines), with ids independent of what else the process rendered.
    public var svg: Data
    /// Raster preview at `RenderOptions.pngResolution` on a white background.
    public var png: Data

    /// Writes `<name>.pdf`, `<name>.svg`, `<name>.png` into `directory` (created if needed), each through
    /// a temporary file renamed into place so readers never see half a file. Returns the three URLs.
    @discardableResult
    public func write(to directory: URL, name: String) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        for (fileExtension, bytes) in [("pdf", pdf), ("svg", svg), ("png", png)] {
            let target = directory.appendingPathComponent("\(name).\(fileExtension)")
            try bytes.write(to: target, options: .atomic)
            written.append(target)
        }
        return written
    }
}

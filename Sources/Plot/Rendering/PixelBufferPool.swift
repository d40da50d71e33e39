import Synchronization

/// Pixel memory for the PNG previews' Cairo image surfaces, reused by the renders of one process.
///
/// A 300-dpi preview is several megabytes; a new surface's memory is allocated and zeroed (or faulted in page by
/// page) for every figure. Renders borrow a buffer here instead and give it back when their surface is destroyed;
/// the buffer is not cleared, because the preview's opaque background paint covers every pixel before anything is
/// drawn. There are as many buffers as previews ever rasterised at once, each as large as the largest asked of it.
/// O(1) per borrow, plus an allocation when no idle buffer is large enough.
enum PixelBufferPool {
    /// Memory for pixels, owned by the pool and handed to one render at a time.
    struct Buffer: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        let byteCount: Int
    }

    private static let idle = Mutex<[Buffer]>([])

    /// A buffer of at least `byteCount` bytes (16-byte aligned, contents unspecified) for the caller's exclusive use
    /// until `giveBack`.
    static func borrow(byteCount: Int) -> Buffer {
        let reused = idle.withLock { buffers -> Buffer? in
            guard let index = buffers.indices.max(by: { buffers[$0].byteCount < buffers[$1].byteCount }) else { return nil }
            return buffers.remove(at: index)
        }
        if let reused, reused.byteCount >= byteCount { return reused }
        if let reused { reused.pointer.deallocate() }
        return Buffer(pointer: .allocate(byteCount: byteCount, alignment: 16), byteCount: byteCount)
    }

    /// Returns a buffer once no surface uses it any more.
    static func giveBack(_ buffer: Buffer) {
        idle.withLock { $0.append(buffer) }
    }
}

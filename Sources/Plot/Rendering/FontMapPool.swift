import CCairo
import Dispatch
import Foundation
import Synchronization

/// Pango Cairo font maps shared by the renders of one process.
///
/// A font map holds the loaded fonts and fontconfig's matched font sets, which cost a fifth of a figure's render
/// to rebuild. Pango font maps are not thread-safe, and Pango's per-thread default map dies with its thread (the
/// build runs every step on a thread of its own), so each render borrows a map here for its whole duration and
/// gives it back when it ends: at most one render uses a map at a time, and there are as many maps as renders
/// ever ran at once. O(1) per borrow.
enum FontMapPool {
    /// A font-map reference handed between threads: only through `idle`'s lock, and only while no render holds it.
    private struct IdleMap: @unchecked Sendable {
        let handle: GObjectHandle
    }

    private static let idle = Mutex<[IdleMap]>([])
    /// Font maps being prepared on a background thread (`prepare`); a borrow waits for them.
    private static let preparations = DispatchGroup()

    /// A font map for the caller's exclusive use until `giveBack`. Waits for a map being prepared, if any.
    static func borrow() -> GObjectHandle {
        preparations.wait()
        if let reused = idle.withLock({ $0.popLast() }) { return reused.handle }
        return makeMap()
    }

    /// A new font map, not in the pool.
    static func makeMap() -> GObjectHandle {
        // pango_cairo_font_map_new returns a new reference: it never fails (it aborts on allocation failure).
        GObjectHandle(UnsafeMutableRawPointer(pango_cairo_font_map_new()))!
    }

    /// Builds a font map on a background thread with `warm` (which must give the map back when done), so that
    /// fontconfig's set-up and the first font loads overlap whatever the process does before its first render.
    static func prepare(_ warm: @escaping @Sendable (GObjectHandle) -> Void) {
        preparations.enter()
        // A thread of its own: a render waiting in `borrow` may hold a thread of a shared pool.
        Thread.detachNewThread {
            warm(makeMap())
            preparations.leave()
        }
    }

    /// Returns a map after every Pango object made on it was released.
    static func giveBack(_ fontMap: GObjectHandle) {
        idle.withLock { $0.append(IdleMap(handle: fontMap)) }
    }
}

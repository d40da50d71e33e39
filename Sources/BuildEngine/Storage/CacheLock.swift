import Foundation

/// An advisory lock on `out/.cache/lock` (flock): builds share it, `cache gc` takes it alone.
///
/// The kernel drops an flock when its holder dies, so a killed build never leaves a stale lock.
public final class CacheLock {
    private let descriptor: Int32

    /// Shared (builds) or exclusive (garbage collection).
    public enum Mode: Sendable { case shared, exclusive }

    /// Opens and takes the lock, waiting for it; `onWait` is called once if it is held by another process.
    public init(directory: String, mode: Mode, onWait: () -> Void = {}) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/lock"
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw FileSystemError.cannotWrite(path: path, errno: errno) }
        let operation = mode == .shared ? LOCK_SH : LOCK_EX
        if flock(descriptor, operation | LOCK_NB) != 0 {
            onWait()
            guard flock(descriptor, operation) == 0 else {
                close(descriptor)
                throw FileSystemError.cannotWrite(path: path, errno: errno)
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

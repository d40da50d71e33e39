import Foundation

/// The file operations the engine needs, behind a protocol so tests can substitute a fake
/// (the ninja habit: the disk and the clock are injected, never reached for directly).
public protocol FileSystem: Sendable {
    /// The file's bytes, or nil if it does not exist.
    func read(_ path: String) throws -> Data?
    /// Writes `data` so that readers see either the old file or the complete new one, never a mix:
    /// a temporary file in the same directory, flushed, then renamed over `path`.
    func writeAtomically(_ data: Data, to path: String) throws
    /// The file's size in bytes, or nil if it does not exist.
    func size(_ path: String) -> Int?
    /// Removes a file; no error if it is already gone.
    func remove(_ path: String) throws
    /// Names of the entries of a directory (empty if it does not exist).
    func list(_ directory: String) throws -> [String]
    /// Creates a directory and its parents.
    func createDirectory(_ path: String) throws
    /// What identifies the file's current contents without reading it (nil: unknown or absent; then
    /// the engine re-hashes the file whenever it needs to know its contents).
    func stamp(_ path: String) -> FileStamp?
}

/// The real file system, through POSIX calls.
public struct LocalFileSystem: FileSystem {
    /// Creates the file system.
    public init() {}

    public func read(_ path: String) throws -> Data? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw FileSystemError.cannotRead(path: path, errno: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError.cannotRead(path: path, errno: EISDIR) }
        guard access(path, R_OK) == 0 else { throw FileSystemError.cannotRead(path: path, errno: errno) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            // Foundation's text names its own error domain; the user needs the path and the system's reason.
            throw FileSystemError.cannotRead(path: path, errno: EIO)
        }
    }

    public func writeAtomically(_ data: Data, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try createDirectory(directory) }
        // Unique per process and call, so two processes writing the same target never share a temp file.
        let temporary = "\(directory.isEmpty ? "." : directory)/.tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw FileSystemError.cannotWrite(path: temporary, errno: errno) }
        var written = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard ok, synced, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileSystemError.cannotWrite(path: path, errno: code)
        }
    }

    public func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    public func remove(_ path: String) throws {
        if unlink(path) != 0 && errno != ENOENT { throw FileSystemError.cannotRemove(path: path, errno: errno) }
    }

    public func list(_ directory: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}

/// A file operation that failed, with the path and the system's reason.
public enum FileSystemError: Error, CustomStringConvertible, Sendable {
    /// Writing (or renaming into place) failed.
    case cannotWrite(path: String, errno: Int32)
    /// Removing failed.
    case cannotRemove(path: String, errno: Int32)
    /// Reading failed (a directory, no permission, an I/O error).
    case cannotRead(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let code): return "cannot write \(path): \(String(cString: strerror(code)))"
        case .cannotRemove(let path, let code): return "cannot remove \(path): \(String(cString: strerror(code)))"
        case .cannotRead(let path, let code): return "cannot read \(path): \(String(cString: strerror(code)))"
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies a file's current contents without reading it, as git's index does: size,
/// modification and status-change times to the nanosecond, inode and device. Any write, rename
/// over, or `touch` changes at least one of them; the status-change time cannot be set back by users.
public struct FileStamp: Sendable, Hashable, Codable {
    /// Size in bytes.
    public var size: Int64
    /// Modification time [ns since the epoch].
    public var modifiedNanoseconds: Int64
    /// Status-change time [ns since the epoch].
    public var changedNanoseconds: Int64
    /// Inode number.
    public var inode: UInt64
    /// Device number.
    public var device: UInt64

    /// A stamp from its parts.
    public init(size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
        self.device = device
    }

    /// The stamp of the file at `path` from `stat` (following links), or nil if it does not exist.
    public init?(ofFileAt path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
            let modified = info.st_mtim, changed = info.st_ctim
        #endif
        self.init(
            size: Int64(info.st_size),
            modifiedNanoseconds: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changedNanoseconds: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}

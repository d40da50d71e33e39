import Foundation

extension FileSystem {
    /// No stamps by default: a file system without them (a test fake) gets every file re-hashed.
    public func stamp(_ path: String) -> FileStamp? { nil }
}

extension LocalFileSystem {
    /// The file's stamp from `stat`, or nil if it does not exist.
    public func stamp(_ path: String) -> FileStamp? { FileStamp(ofFileAt: path) }
}

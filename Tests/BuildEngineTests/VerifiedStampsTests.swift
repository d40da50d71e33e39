import Foundation
import Testing
import TestSupport
@testable import BuildEngine

/// The stamp memo that lets a no-op build skip re-hashing unchanged cache objects.
@Suite struct VerifiedStampsTests {
    /// A fresh directory holding one file `object` with the bytes "abc".
    static func directoryWithObject() throws -> (directory: String, file: String) {
        let directory = try TemporaryDirectory.make(prefix: "stamps").path
        try LocalFileSystem().writeAtomically(Data("abc".utf8), to: directory + "/object")
        return (directory, directory + "/object")
    }

    @Test func anUnchangedFileIsKnownWithoutReadingAndSurvivesASave() throws {
        let (directory, file) = try Self.directoryWithObject()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fileSystem = LocalFileSystem()
        let stamps = VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem)
        #expect(stamps.unchangedHash(of: file) == nil)
        let read = try #require(try stamps.readAndHash(file))
        #expect(read.hash == ContentHash(ofText: "abc"))
        #expect(stamps.unchangedHash(of: file) == read.hash)
        stamps.save()
        let reloaded = VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem)
        #expect(reloaded.unchangedHash(of: file) == read.hash)
    }

    /// Same size, other bytes, and the modification time put back: the status-change time and the
    /// new inode of an atomic rewrite still give the change away.
    @Test func aRewriteIsNoticedEvenWithTheOldModificationTime() throws {
        let (directory, file) = try Self.directoryWithObject()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fileSystem = LocalFileSystem()
        let stamps = VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem)
        _ = try stamps.readAndHash(file)
        let original = try #require(fileSystem.stamp(file))
        Thread.sleep(forTimeInterval: 0.01)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        handle.write(Data("xyz".utf8))
        try handle.close()
        var times = [
            timespec(tv_sec: Int(original.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(original.modifiedNanoseconds % 1_000_000_000)),
            timespec(tv_sec: Int(original.modifiedNanoseconds / 1_000_000_000), tv_nsec: Int(original.modifiedNanoseconds % 1_000_000_000))
        ]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        let now = try #require(fileSystem.stamp(file))
        #expect(now.modifiedNanoseconds == original.modifiedNanoseconds && now.size == original.size)
        #expect(stamps.unchangedHash(of: file) == nil)
    }

    @Test func anotherFormatOrGarbageIsIgnored() throws {
        let (directory, file) = try Self.directoryWithObject()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fileSystem = LocalFileSystem()
        let stamp = try #require(fileSystem.stamp(file))
        let line =
            "\(ContentHash(ofText: "abc").hex) \(stamp.size) \(stamp.modifiedNanoseconds) \(stamp.changedNanoseconds) \(stamp.inode) "
            + "\(stamp.device) \(file)\n"
        // The same line under the current header is honoured; under another version it is not.
        try fileSystem.writeAtomically(Data(("# format: stamps 2\n" + line).utf8), to: directory + "/stamps")
        #expect(VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem).unchangedHash(of: file) == ContentHash(ofText: "abc"))
        try fileSystem.writeAtomically(Data(("# format: stamps 99\n" + line).utf8), to: directory + "/stamps")
        #expect(VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem).unchangedHash(of: file) == nil)
        try fileSystem.writeAtomically(Data("not json".utf8), to: directory + "/stamps")
        #expect(VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem).unchangedHash(of: file) == nil)
    }
}

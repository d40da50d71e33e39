import CommonVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the last complete, successful build of every node saw, kept so that an unchanged project
/// can answer "nothing to do" from `stat` calls alone, without reading the configuration.
///
/// Like ninja's log or Shake's database, it is only a shortcut: it records the stamps (size, times,
/// inode, device) of the binary that built, of every input file (the configuration, every dataset),
/// of every published output and of the cache's directories, the project directory it was taken in,
/// and a key of the command line's overrides. If any of them differs, or anything is in doubt (a
/// missing or unreadable summary, a file without a stamp), the caller takes the full path. Any write
/// to a file changes its status-change time, which users cannot set back, so an edited file is always
/// seen, with one exception that git calls "racy": file times are kept at the kernel's coarse clock
/// (a few ms), so a file written again within the same tick as the summary was taken can keep its
/// stamp. As git does, a file whose times fall within `racyWindowNanoseconds` of the capture is checked
/// by content (its SHA-256 is recorded), and a racy binary is simply taken as changed.
///
/// The recorded paths are absolute, so the summary also names the project directory (links resolved):
/// a copy of the project elsewhere carries the summary along, and without that check it would vouch
/// for the copy by stamping the original's files.
///
/// File: `out/.cache/noop-summary`, text, first line `# format: noop-summary 2` (`NoOpSummary+Text.swift`).
/// This module uses the C library only (no Foundation), so that the `figures` launcher can answer a
/// no-op without loading the build engine.
public struct NoOpSummary: Sendable, Equatable {
    /// The format marker on the first line (2: the project directory is recorded).
    public static let format = FormatMarker("noop-summary", 2)

    /// Stamp of the executable that built (a new binary means new code, so new keys).
    public var binary: FileStamp
    /// The project directory the summary was taken in, with links resolved.
    public var rootDirectory: String
    /// The overrides in force (hex of their text) (`--set`, `--dataset`), so a different command line misses.
    public var argumentsKey: String
    /// The nodes built, in build order, so the answer can list them as a full no-op build does.
    public var nodes: [String]
    /// Absolute path → stamp, for inputs, outputs and cache directories.
    public var files: [String: FileStamp]
    /// When the stamps were taken [ns since the epoch].
    public var capturedNanoseconds: Int64
    /// Path → content hash, for the regular files whose times were within the racy window.
    public var racyHashes: [String: String]

    /// Files touched less than this before the capture are checked by content: one second is many
    /// ticks of any kernel's coarse clock, and a file older than that keeps its stamp only if unchanged.
    public static let racyWindowNanoseconds: Int64 = 1_000_000_000

    /// Creates a summary.
    public init(
        binary: FileStamp, rootDirectory: String, argumentsKey: String, nodes: [String], files: [String: FileStamp],
        capturedNanoseconds: Int64, racyHashes: [String: String] = [:]
    ) {
        self.binary = binary
        self.rootDirectory = rootDirectory
        self.argumentsKey = argumentsKey
        self.nodes = nodes
        self.files = files
        self.capturedNanoseconds = capturedNanoseconds
        self.racyHashes = racyHashes
    }

    /// The summary's path under a cache directory.
    public static func path(cacheDirectory: String) -> String { cacheDirectory + "/noop-summary" }

    /// The current wall-clock time [ns since the epoch] (file times are wall-clock times too).
    public static func nowNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// This summary as if taken at `captured`, which must be a time before the check that found it current:
    /// the racy hashes of files whose times are now outside the window are dropped.
    ///
    /// Right after a build every output it wrote is racy, and the launcher, which cannot hash, would step
    /// aside until the next build. Once the engine has checked every stamp and racy hash (at or after
    /// `captured`), a file left unchanged since then can only change with a write at or after `captured`,
    /// which moves its stamp; so the stamps alone vouch for the files older than the window.
    public func settled(at captured: Int64) -> NoOpSummary {
        var settled = self
        settled.capturedNanoseconds = max(capturedNanoseconds, captured)
        settled.racyHashes = racyHashes.filter { path, _ in
            files[path].map { Self.isRacy($0, captured: settled.capturedNanoseconds) } ?? true
        }
        return settled
    }

    /// True if the stamp's times fall within the racy window before `captured` (or after it).
    public static func isRacy(_ stamp: FileStamp, captured: Int64) -> Bool {
        max(stamp.modifiedNanoseconds, stamp.changedNanoseconds) >= captured - racyWindowNanoseconds
    }

    /// Why the summary no longer holds, or nil when the binary, the project directory, the arguments and
    /// every recorded file are as they were. O(files) `stat` calls.
    ///
    /// `contentHash` gives the hex SHA-256 of a file's bytes for the racy files, or nil if it cannot (an
    /// unreadable file, or a caller without a hasher): a racy file whose hash is not known is in doubt,
    /// so it counts as changed.
    public func staleness(
        binary: String, rootDirectory: String, argumentsKey: String, contentHash: (String) -> String?
    ) -> String? {
        if argumentsKey != self.argumentsKey { return "the command line's overrides differ" }
        if FileStamp(ofFileAt: binary) != self.binary || Self.isRacy(self.binary, captured: capturedNanoseconds) {
            return "the binary changed"
        }
        if ContainedPath.resolved(rootDirectory) != self.rootDirectory {
            return "the project directory is not \(self.rootDirectory), where the summary was taken"
        }
        // The first changed path in sorted order, as the explanation names it; checked in the dictionary's
        // order, so that the answer "nothing changed" (the launcher's) does not sort the paths.
        var firstChanged: String?
        for (path, stamp) in files where firstChanged.map({ path < $0 }) ?? true {
            if FileStamp(ofFileAt: path) != stamp || racyHashes[path].map({ contentHash(path) != $0 }) == true {
                firstChanged = path
            }
        }
        return firstChanged.map { "\($0) changed" }
    }
}

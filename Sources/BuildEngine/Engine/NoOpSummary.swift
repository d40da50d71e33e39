import Foundation

// The summary's type, text form and check live in NoOpCheck (no Foundation), which the launcher shares;
// taking a summary after a build needs the engine's file system and hasher, so it is here.
extension NoOpSummary {
    /// Stamps the files now; nil if any of them (or the project directory) has no stamp, or a path holds
    /// a newline (then no summary is written and the next build takes the full path).
    public static func capture(
        binary: String, rootDirectory: String, argumentsKey: String, nodes: [String], paths: [String],
        fileSystem: LocalFileSystem = LocalFileSystem()
    ) -> NoOpSummary? {
        guard let binaryStamp = fileSystem.stamp(binary), let root = ContainedPath.resolved(rootDirectory) else { return nil }
        var files: [String: FileStamp] = [:]
        var racyHashes: [String: String] = [:]
        let captured = nowNanoseconds()
        for path in paths {
            guard let stamp = fileSystem.stamp(path) else { return nil }
            files[path] = stamp
            // Directories (the cache's) have no content to hash; their racy change is a new entry,
            // which also writes a file that is checked here.
            if isRacy(stamp, captured: captured), let hash = contentHash(ofFileAt: path, fileSystem: fileSystem) {
                racyHashes[path] = hash
            }
        }
        let summary = NoOpSummary(
            binary: binaryStamp, rootDirectory: root, argumentsKey: argumentsKey, nodes: nodes, files: files,
            capturedNanoseconds: captured, racyHashes: racyHashes)
        return summary.canEncode ? summary : nil
    }

    /// The hex SHA-256 of a file's bytes (how racy files are checked), or nil if it cannot be read.
    public static func contentHash(ofFileAt path: String, fileSystem: LocalFileSystem = LocalFileSystem()) -> String? {
        (try? fileSystem.read(path)).flatMap { $0.map { ContentHash(of: $0).hex } }
    }

    /// `staleness` with racy files checked by their SHA-256 from `fileSystem`.
    public func staleness(
        binary: String, rootDirectory: String, argumentsKey: String, fileSystem: LocalFileSystem = LocalFileSystem()
    ) -> String? {
        staleness(binary: binary, rootDirectory: rootDirectory, argumentsKey: argumentsKey) {
            Self.contentHash(ofFileAt: $0, fileSystem: fileSystem)
        }
    }

    /// The text form's bytes (`encodedText`).
    public var encoded: Data { Data(encodedText.utf8) }

    /// Parses `encoded`; nil for anything else.
    public init?(decoding data: Data) { self.init(decoding: [UInt8](data)) }
}

extension Builder {
    /// Every file the no-op summary of a complete build stamps: the configuration, the datasets, the
    /// published outputs, the cache objects behind every output (an object damaged in place changes
    /// its status-change time) and the cache's directories (their times change when an entry is
    /// added or removed).
    public func noOpPaths(summary: BuildSummary) -> [String] {
        var paths = [project.rootDirectory + "/" + project.configFile]
        for name in project.datasets.keys.sorted() { paths.append(project.resolvedPath(ofDataset: name)) }
        for records in summary.outputs.values {
            for record in records {
                if let publish = record.publish { paths.append(outDirectory + "/" + publish) }
                paths.append(store.objectsDirectory + "/" + record.hash.hex)
            }
        }
        paths += [store.directory + "/objects", store.directory + "/actions"]
        return Array(Set(paths)).sorted()
    }
}

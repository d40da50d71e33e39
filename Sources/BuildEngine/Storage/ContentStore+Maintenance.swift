import Foundation

/// What `figures cache gc` removed and kept.
public struct GarbageCollectionReport: Sendable, Equatable {
    public var removedObjects = 0, removedActions = 0, removedTemporaryFiles = 0, removedBytes = 0
    public var keptObjects = 0, keptActions = 0, keptBytes = 0
}

/// What `figures cache verify` found.
public struct VerificationReport: Sendable, Equatable {
    public var checkedObjects = 0
    /// Objects whose bytes do not match their name (they have been removed).
    public var corruptObjects: [String] = []
    /// Action entries that cannot be read or point at missing objects (they have been removed).
    public var brokenActions: [String] = []
}

extension ContentStore {
    /// Keeps the action entries in `liveKeys` and the objects they reference; removes everything else,
    /// including temporary files left by killed processes. Call with the cache lock held exclusively.
    public func collectGarbage(keeping liveKeys: Set<ContentHash>) throws -> GarbageCollectionReport {
        var report = GarbageCollectionReport()
        var liveObjects = Set<String>()
        for name in try fileSystem.list(actionsDirectory) {
            let path = actionsDirectory + "/" + name
            if ContentHash.isWellFormed(name), liveKeys.contains(ContentHash(hex: name)), let entry = action(for: ContentHash(hex: name)) {
                report.keptActions += 1
                for output in entry.outputs { liveObjects.insert(output.hash.hex) }
            } else {
                if name.hasPrefix(".tmp-") { report.removedTemporaryFiles += 1 } else { report.removedActions += 1 }
                try fileSystem.remove(path)
            }
        }
        for name in try fileSystem.list(objectsDirectory) {
            let path = objectsDirectory + "/" + name
            let size = fileSystem.size(path) ?? 0
            if liveObjects.contains(name) {
                report.keptObjects += 1
                report.keptBytes += size
            } else {
                if name.hasPrefix(".tmp-") { report.removedTemporaryFiles += 1 } else { report.removedObjects += 1 }
                report.removedBytes += size
                try fileSystem.remove(path)
            }
        }
        for name in try fileSystem.list(stepsDirectory) where name.hasPrefix(".tmp-") {
            report.removedTemporaryFiles += 1
            try fileSystem.remove(stepsDirectory + "/" + name)
        }
        return report
    }

    /// Hashes every object; removes corrupt objects and the action entries that need them.
    public func verifyAll() throws -> VerificationReport {
        var report = VerificationReport()
        var corrupt = Set<String>()
        for name in try fileSystem.list(objectsDirectory) where ContentHash.isWellFormed(name) {
            report.checkedObjects += 1
            if case .corrupt = readObject(ContentHash(hex: name)) {
                corrupt.insert(name)
                report.corruptObjects.append(name)
            }
        }
        for name in try fileSystem.list(actionsDirectory) where ContentHash.isWellFormed(name) {
            guard let entry = action(for: ContentHash(hex: name)) else {
                report.brokenActions.append(name)
                removeAction(for: ContentHash(hex: name))
                continue
            }
            if entry.outputs.contains(where: {
                corrupt.contains($0.hash.hex) || fileSystem.size(objectsDirectory + "/" + $0.hash.hex) == nil
            }) {
                report.brokenActions.append(name)
                removeAction(for: ContentHash(hex: name))
            }
        }
        return report
    }
}

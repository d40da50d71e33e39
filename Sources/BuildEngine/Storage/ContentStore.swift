import CommonVocabulary
import Foundation

/// One output recorded in the action cache.
public struct OutputRecord: Sendable, Codable, Equatable {
    /// Artifact name.
    public var name: String
    /// Content hash of its bytes.
    public var hash: ContentHash
    /// Size in bytes (checked cheaply before the hash).
    public var size: Int
    /// Publish path under out/, if any.
    public var publish: String?
}

/// An action-cache entry: the outputs a key produced. File `out/.cache/actions/<key>`.
public struct ActionEntry: Sendable, Codable, Equatable {
    /// On-disk format of this entry (version 1 spelled its marker as a bare number; such entries
    /// no longer decode and count as cache misses, so the step runs again instead of being misread).
    public static let currentFormat = FormatMarker("action", 2)
    /// Format as read.
    public var format: FormatMarker
    /// Outputs in the order the step returned them.
    public var outputs: [OutputRecord]
    /// Wall time of the run that produced the outputs, in seconds (nil in entries written before it was
    /// recorded). Kept with the key, so a report that shows it has the same bytes for the same cache.
    public var seconds: Double? = nil
}

/// What the last build of a step saw, kept to explain the next run. File `out/.cache/steps/<name>.json`.
public struct StepRecord: Sendable, Codable, Equatable {
    /// On-disk format of this record (older records are ignored: they only explain reruns).
    public static let currentFormat = FormatMarker("step-record", 2)
    /// Format as read.
    public var format: FormatMarker
    /// The action key.
    public var key: ContentHash
    /// Kind name and version.
    public var kind: String
    public var kindVersion: Int
    /// Code fingerprint.
    public var code: String
    /// Flattened canonical parameters.
    public var parameters: [String: String]
    /// `role/artifact` → content hash, and for datasets `role` → hash of the file.
    public var inputs: [String: ContentHash]
    /// Where each input role came from (step name or dataset path).
    public var inputSources: [String: String]
}

/// The content-addressed store under `out/.cache`: objects, action entries, step records.
///
/// Every write is atomic (temporary file + rename), so a process killed at any point leaves
/// either the old or the new file. Objects are named by the SHA-256 of their bytes and are
/// checked against it whenever read; a mismatch is reported and the object treated as missing.
public struct ContentStore: Sendable {
    /// The cache directory (`out/.cache`).
    public let directory: String
    public let fileSystem: any FileSystem
    /// Files hashed by earlier builds and still unchanged (`stamps`): a cache hit need not re-read them.
    public let stamps: VerifiedStamps

    /// Creates a store rooted at `directory`.
    public init(directory: String, fileSystem: any FileSystem) {
        self.directory = directory
        self.fileSystem = fileSystem
        stamps = VerifiedStamps(path: directory + "/stamps", fileSystem: fileSystem)
    }

    var objectsDirectory: String { directory + "/objects" }
    var actionsDirectory: String { directory + "/actions" }
    var stepsDirectory: String { directory + "/steps" }

    /// Stores bytes and returns their hash (no write if the object is already there with the right size).
    @discardableResult
    public func storeObject(_ data: Data) throws -> ContentHash {
        let hash = ContentHash(of: data)
        let path = objectsDirectory + "/" + hash.hex
        if fileSystem.size(path) != data.count {
            try fileSystem.writeAtomically(data, to: path)
            stamps.recordWritten(path, hash: hash)
        }
        return hash
    }

    /// The outcome of reading an object.
    public enum ObjectRead: Sendable {
        case found(Data)
        case missing
        /// The bytes on disk do not hash to the name: corrupted (the file has been removed).
        case corrupt
    }

    /// Reads an object and verifies it (always re-hashing it); a corrupt object is deleted so that it is rebuilt.
    public func readObject(_ hash: ContentHash) -> ObjectRead {
        let path = objectsDirectory + "/" + hash.hex
        guard let read = try? stamps.readAndHash(path) else { return .missing }
        guard read.hash == hash else {
            try? fileSystem.remove(path)
            stamps.forget(path)
            return .corrupt
        }
        return .found(read.data)
    }

    /// Whether an object is present with the right bytes, without reading it when its stamp shows it
    /// unchanged since it was last hashed (`stamps`): then `.found` carries no bytes (empty `Data`).
    /// Otherwise as `readObject`. O(1) per object for a no-op build.
    public func checkObject(_ hash: ContentHash) -> ObjectRead {
        if stamps.unchangedHash(of: objectsDirectory + "/" + hash.hex) == hash { return .found(Data()) }
        return readObject(hash)
    }

    /// The action entry for `key`, if present and readable.
    public func action(for key: ContentHash) -> ActionEntry? {
        guard let data = try? fileSystem.read(actionsDirectory + "/" + key.hex),
            let entry = try? JSONDecoder().decode(ActionEntry.self, from: data),
            entry.format == ActionEntry.currentFormat
        else { return nil }
        return entry
    }

    /// Records the outputs of `key`.
    public func recordAction(_ entry: ActionEntry, for key: ContentHash) throws {
        try fileSystem.writeAtomically(try Self.encode(entry), to: actionsDirectory + "/" + key.hex)
    }

    /// Removes an action entry (its outputs turned out to be corrupt).
    public func removeAction(for key: ContentHash) {
        try? fileSystem.remove(actionsDirectory + "/" + key.hex)
    }

    /// The last record of a step, if any.
    public func stepRecord(named name: String) -> StepRecord? {
        guard let data = try? fileSystem.read(stepsDirectory + "/" + name + ".json"),
            let record = try? JSONDecoder().decode(StepRecord.self, from: data),
            record.format == StepRecord.currentFormat
        else { return nil }
        return record
    }

    /// Saves the record of a step (skipped when unchanged, so a no-op build writes nothing).
    public func saveStepRecord(_ record: StepRecord, named name: String) throws {
        if stepRecord(named: name) == record { return }
        try fileSystem.writeAtomically(try Self.encode(record), to: stepsDirectory + "/" + name + ".json")
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(value)
    }
}

import Foundation
import Testing

@testable import BuildEngine

/// Cache records carry the `format: NAME N` marker; a record of another format is a miss, never misread.
@Suite("cache record formats")
struct CacheRecordFormatTests {
    @Test func actionEntriesOfAnotherFormatAreMisses() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ContentStore(directory: directory, fileSystem: LocalFileSystem())
        let key = ContentHash(ofText: "key")
        let output = OutputRecord(name: "table", hash: ContentHash(ofText: "bytes"), size: 5, publish: nil)
        try store.recordAction(ActionEntry(format: ActionEntry.currentFormat, outputs: [output]), for: key)
        #expect(store.action(for: key)?.outputs == [output])
        let written = try #require(FileManager.default.contents(atPath: directory + "/actions/" + key.hex))
        #expect(String(decoding: written, as: UTF8.self).contains("\"action 2\""))
        // The same entry as version 1 wrote it (a bare number), and as a future version: both misses.
        for format in ["1", "\"action 3\""] {
            let old = String(decoding: written, as: UTF8.self).replacingOccurrences(of: "\"action 2\"", with: format)
            try LocalFileSystem().writeAtomically(Data(old.utf8), to: directory + "/actions/" + key.hex)
            #expect(store.action(for: key) == nil, "format \(format)")
        }
    }
}

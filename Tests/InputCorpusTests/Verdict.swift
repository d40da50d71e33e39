import Foundation

/// How a case's outcome compares with what a user must see; the totals table counts these.
enum Verdict: String, CaseIterable, Sendable {
    /// Exit code as expected, stderr equal to the golden text, nothing written, no raw text.
    case clean = "clean errors"
    case hang = "hangs"
    case crash = "crashes"
    case escape = "escapes"
    case silentAcceptance = "silent acceptances"
    case exitOneInsteadOfTwo = "exit 1 instead of 2"
    /// Swift or Foundation text in the message.
    case rawText = "raw Swift/Foundation text"
    /// Exit 2, but a message other than the golden one, error text on stdout, or files written.
    case wrongMessageOrOutput = "wrong message or output"
    /// The case could not be prepared.
    case setupFailure = "corpus setup failures"

    /// Text that must never reach a user: Swift's and Foundation's own renderings of errors.
    static let rawTextDenylist = [
        "Swift.", "NSCocoaErrorDomain", "Error Domain", "DecodingError", "invalid String value", "Fatal error", "(null)"
    ]

    /// The verdict on `outcome` of `corpusCase`, whose golden stderr is `golden` (nil: not recorded).
    static func of(_ outcome: CaseOutcome, _ corpusCase: CorpusCase, golden: String?) -> Verdict {
        if outcome.setupError != nil { return .setupFailure }
        if outcome.timedOut { return .hang }
        if outcome.signalled || outcome.status > 2 || outcome.status < 0 { return .crash }
        if !outcome.outsidePaths.isEmpty { return .escape }
        if outcome.status == 0 && corpusCase.expectedStatus != 0 { return .silentAcceptance }
        if outcome.status == 1 && corpusCase.expectedStatus == 2 { return .exitOneInsteadOfTwo }
        if rawTextDenylist.contains(where: { outcome.stderr.contains($0) || outcome.stdout.contains($0) }) { return .rawText }
        if outcome.status != corpusCase.expectedStatus || outcome.stderr != golden || !outcome.changedPaths.isEmpty
            || outcome.stdout.lowercased().contains("error")
        {
            return .wrongMessageOrOutput
        }
        return .clean
    }
}

/// The golden standard-error texts, one file per case: `Tests/InputCorpusTests/Golden/<id>.txt`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// `CORPUS_RECORD=1` rewrites the golden files from the outcomes (and fails every case it rewrote).
    static let recording = ProcessInfo.processInfo.environment["CORPUS_RECORD"] == "1"

    static func url(_ id: String) -> URL { directory.appendingPathComponent(id + ".txt") }

    /// The recorded text, or nil when there is none.
    static func text(_ id: String) -> String? {
        (try? Data(contentsOf: url(id))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the recorded text.
    static func record(_ text: String, for id: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(id))
    }
}

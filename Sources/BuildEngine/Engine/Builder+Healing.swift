import Foundation

/// An input object of a step that was missing or did not match its hash when the step read it.
struct RottedInput: Error, Sendable {
    /// The input role.
    var role: String
    /// The step that produced the object.
    var upstream: String
    /// The output's name.
    var output: String
    /// The object's hash.
    var hash: ContentHash

    /// The failure when healing did not help.
    var message: String {
        "input \(role): output '\(output)' of \(upstream) is missing or corrupt in the cache, "
            + "and running \(upstream) again did not restore it"
    }
}

/// An output of a cached step whose object was missing or did not match its hash when it was read to be
/// published: the step runs again in the same build (`Builder.process`).
struct RottedOutput: Error, Sendable {
    /// The output's record.
    var record: OutputRecord

    /// The failure when the object rots again after the step ran (it was just written and read back).
    var message: String {
        "cannot publish \(record.publish ?? record.name): its cache object \(record.hash.short) is missing or corrupt"
    }
}

extension Builder {
    /// Runs the producer of a rotted input again, then `node` on its fresh outputs (once: a second rot fails the node).
    ///
    /// The producer's records are replaced in what `node` reads; a deterministic producer writes the same bytes,
    /// so its other dependents (already built from the same hashes) stay valid.
    func heal(_ node: BuildNode, rotted: RottedInput, upstreamOutputs: [String: [OutputRecord]]) async -> NodeOutcome {
        reporter.warning(
            "object \(rotted.hash.short) (output '\(rotted.output)' of \(rotted.upstream)) did not match its hash "
                + "when \(node.name) read it; running \(rotted.upstream) again")
        guard let producer = project.nodes[rotted.upstream] else { return .failed(rotted.message) }
        var outputs = upstreamOutputs
        switch await process(producer, upstreamOutputs: upstreamOutputs, healing: false) {
        case .ran(let records, _), .cached(let records), .fetched(let records): outputs[rotted.upstream] = records
        case .failed(let message):
            let text = "input \(rotted.role): running \(rotted.upstream) again failed: \(message)"
            reporter.stepFailed(node.name, message: text)
            return .failed(text)
        case .inputRotted(let deeper):
            reporter.stepFailed(node.name, message: deeper.message)
            return .failed(deeper.message)
        }
        return await process(node, upstreamOutputs: outputs, healing: false)
    }
}

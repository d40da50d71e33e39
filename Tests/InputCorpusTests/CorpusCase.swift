import Foundation
import Testing

/// The classes of bad input the corpus covers (issue 20), in the order the totals table lists them.
enum InputClass: String, CaseIterable, Sendable {
    case yaml = "YAML syntax and limits"
    case parameters = "step parameters"
    case figureKeys = "figure keys and references"
    case tolerances = "tolerances"
    case datasetFiles = "dataset files"
    case commandLine = "command line"
    case paths = "paths"
}

/// One change a case makes to its copy of the small project before running the binary.
///
/// Paths are relative to the project; a symbolic link's target may start with `$OUTSIDE` (a fresh directory
/// outside the project, checked to stay empty) or `$PROJECT`.
enum Edit: Sendable {
    /// Replaces the one occurrence of `old` in figures.yaml with `new` (a case whose `old` is missing, or
    /// occurs twice, fails: it would not test what it says).
    case replace(String, with: String)
    /// Writes a text file (UTF-8).
    case write(String, String)
    /// Writes bytes verbatim.
    case bytes(String, [UInt8])
    /// Writes a large file produced when the case runs (so the corpus does not hold 50 MB).
    case generated(String, @Sendable () -> Data)
    /// Creates a symbolic link at the path.
    case symlink(String, to: String)
    /// Creates a directory.
    case directory(String)
    /// Removes a file or directory.
    case remove(String)
    /// Replaces a file by a named pipe (reading it would wait for ever).
    case namedPipe(String)
}

/// A bad input: what it does to the project, the command line, and the exit code it must give. Its golden
/// standard error is `Golden/<id>.txt`.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    /// Unique, kebab-case, prefixed by the class (`yaml-`, `param-`, …): the golden file's name.
    var id: String
    /// The class of input it belongs to.
    var inputClass: InputClass
    /// The changes to the small project.
    var edits: [Edit]
    /// The arguments after `figures`; `$PROJECT` and `$OUTSIDE` are replaced by the directories.
    var arguments: [String]
    /// The exit code a user error gives.
    var expectedStatus: Int32 = 2
    /// The wall-time target where one is stated (alias bomb, 50 MB file), in seconds: the case runs alone and
    /// its time is printed against it, not asserted.
    var maximumSeconds: Double?

    init(
        _ id: String, _ inputClass: InputClass, _ edits: [Edit], arguments: [String] = ["all"],
        maximumSeconds: Double? = nil
    ) {
        self.id = id
        self.inputClass = inputClass
        self.edits = edits
        self.arguments = arguments
        self.maximumSeconds = maximumSeconds
    }

    var testDescription: String { id }

    /// True when the case needs a directory outside the project.
    var usesOutside: Bool {
        arguments.contains { $0.contains("$OUTSIDE") }
            || edits.contains { if case .symlink(_, let target) = $0 { target.hasPrefix("$OUTSIDE") } else { false } }
    }
}

extension CorpusCase {
    /// A case that replaces one text of figures.yaml.
    static func yaml(
        _ id: String, _ inputClass: InputClass, _ old: String, _ new: String, arguments: [String] = ["all"]
    ) -> CorpusCase {
        CorpusCase(id, inputClass, [.replace(old, with: new)], arguments: arguments)
    }
}

/// The whole corpus, by class.
enum Corpus {
    static let all: [CorpusCase] =
        yaml + parameters + figureKeys + tolerances + datasetFiles + commandLine + paths
}

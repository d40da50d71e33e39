import NoOpCheck

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// `figures`: the command users run. It answers a plain `figures all` with nothing to do from the no-op
// summary (out/.cache/noop-summary) and otherwise replaces itself with the engine (execv: same process,
// arguments, environment and exit status). It is a static executable of the Swift standard library and
// NoOpCheck only: the engine loads Foundation, Cairo, Pango and some eighty shared objects, which cost a
// no-op most of its time (docs/PERFORMANCE.md). Exit status 127: the engine is not beside the launcher.

/// Writes all of `text` to a file descriptor (1: stdout, 2: stderr).
func emit(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

/// The engine's path: the file the build placed beside this executable (`EngineLocation.fileName`,
/// written by EngineLocationPlugin), links resolved, so a `figures` reached through a link finds it too.
func enginePath() -> String? {
    let launcher = ContainedPath.resolved("/proc/self/exe") ?? ContainedPath.resolved(CommandLine.arguments[0])
    guard let launcher, let slash = launcher.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
    return String(launcher[..<slash]) + "/" + EngineLocation.fileName
}

guard let engine = enginePath() else {
    emit("error: figures cannot find its own executable, so it cannot find the engine beside it\n", to: 2)
    exit(127)
}

if let lines = NoOpAnswer.launcherLines(arguments: Array(CommandLine.arguments.dropFirst()), binary: engine) {
    if getenv("FIGURES_EXPLAIN_NOOP") != nil { emit(NoOpAnswer.launcherExplanation + "\n", to: 2) }
    emit(lines.joined(separator: "\n") + "\n", to: 1)
    exit(0)
}

let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
execv(engine, arguments)
let reason = String(cString: strerror(errno))
emit("error: cannot start the figures engine \(engine): \(reason); build it with 'swift build' (it is placed beside figures)\n", to: 2)
exit(127)

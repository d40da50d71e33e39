import Foundation

/// The built `figures` binary and temporary copies of the project to run it on (end-to-end tests).
public enum FiguresProject {
    /// Where SwiftPM put the `figures` executable: beside the test bundle (it builds the executables the
    /// tests depend on there), one level up, or in the repository's debug build directory.
    public static let binary: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("figures").path,
            bundleDirectory.deletingLastPathComponent().appendingPathComponent("figures").path,
            Repository.path(".build/debug/figures")
        ]
        return ProcessRunner.executable(among: candidates) ?? Repository.url(".build/debug/figures")
    }()

    /// The engine the `figures` launcher runs (`figures-engine`, beside it); the launcher answers only a no-op itself.
    public static let engine: URL = binary.deletingLastPathComponent().appendingPathComponent("figures-engine")

    /// A fresh temporary project: `configuration` (or the repository's figures.yaml) as figures.yaml,
    /// and copies of external-limits/ and physics-data/. The caller removes it with `TemporaryDirectory.remove(_:)`.
    public static func makeProject(configuration: String? = nil, prefix: String = "figures-e2e") throws -> URL {
        let directory = try TemporaryDirectory.make(prefix: prefix)
        for folder in ["external-limits", "physics-data"] {
            try FileManager.default.copyItem(at: Repository.url(folder), to: directory.appendingPathComponent(folder))
        }
        let yaml = try configuration ?? Repository.text("figures.yaml")
        try yaml.write(to: directory.appendingPathComponent("figures.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// Runs `figures ARGUMENTS` in `directory` and waits for it.
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments: arguments, in: directory, environment: environment)
    }

    /// Starts `figures ARGUMENTS` in `directory` without waiting.
    public static func start(_ arguments: [String], in directory: URL) throws -> RunningProcess {
        try ProcessRunner.start(binary, arguments: arguments, in: directory)
    }

    /// Every file under `out/` of `directory` except the engine's hidden directories (`.cache`, the Slurm
    /// job logs in `.jobs`) and the HTML report (`report/`: it shows the build times of the runs that
    /// filled the cache, which differ between two builds of the same inputs), with its bytes, by path
    /// relative to `out/`.
    public static func outputs(of directory: URL) throws -> [String: Data] {
        let out = directory.appendingPathComponent("out")
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in enumerator {
            let relative = String(url.path.dropFirst(out.path.count + 1))
            if relative.hasPrefix(".") || relative.hasPrefix("report/") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}

extension ProcessOutput {
    /// Steps a `figures` run reported as run (`run     NAME: reason` lines), sorted.
    public var ran: [String] { stepNames(prefix: "run     ") }
    /// Steps it reported as served from the cache (`cached  NAME` lines), sorted.
    public var cached: [String] { stepNames(prefix: "cached  ") }

    private func stepNames(prefix: String) -> [String] {
        stdout.split(separator: "\n").filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count).prefix(while: { $0 != ":" })) }.sorted()
    }
}

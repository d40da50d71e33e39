import Foundation
import TestSupport

/// Headless Chromium (Debian's `chromium` package), run once per page: `--dump-dom` for the DOM after
/// the scripts ran, `--screenshot` for a PNG of the viewport.
enum Chromium {
    /// The browser, if installed.
    static let executable: URL? = ProcessRunner.executable(among: ["/usr/bin/chromium", "/usr/bin/chromium-browser"])

    /// Whether the browser tests run: with Chromium, or in CI (where a missing browser must fail, not skip).
    static var testsRun: Bool { executable != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Why the browser tests are skipped (shown by `swift test` as the skip reason).
    static let skipNotice =
        "chromium is not installed: the HTML report's browser tests are SKIPPED (apt-get install chromium; CI fails instead)"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A run's output and the console errors it logged.
    struct Run {
        var stdout: String
        var stderr: String
        /// Console messages at error level, and uncaught exceptions (`--enable-logging=stderr` lines).
        var consoleErrors: [String] {
            stderr.split(separator: "\n").map(String.init).filter { line in
                line.contains(":CONSOLE") && (line.contains("Uncaught") || line.contains("ERROR:CONSOLE") || line.contains("error"))
                    || line.contains("Not allowed to load local resource") || line.contains("net::ERR_")
            }
        }
    }

    /// Runs Chromium on `page` with `arguments`. A fresh profile directory keeps runs independent.
    static func run(_ arguments: [String], page: URL, in directory: URL) throws -> Run {
        guard let executable else {
            throw Failure(
                description: "chromium is not installed, and CI=true requires the browser tests to run (apt-get install chromium)")
        }
        let profile = directory.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = try ProcessRunner.run(
            executable,
            arguments: [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                // Fonts: the report names system-ui; pin what it resolves to so screenshots match across machines.
                "--font-render-hinting=none", "--disable-font-subpixel-positioning"
            ] + arguments + [page.absoluteString],
            in: directory)
        guard output.status == 0 else {
            throw Failure(description: "chromium exited \(output.status): \(output.stderr.suffix(2000))")
        }
        return Run(stdout: output.stdout, stderr: output.stderr)
    }

    /// The DOM after load (and scripts).
    static func dumpDOM(_ page: URL, in directory: URL) throws -> Run {
        try run(["--dump-dom", "--virtual-time-budget=2000"], page: page, in: directory)
    }

    /// A screenshot of the viewport of `width`×`height` CSS pixels.
    static func screenshot(_ page: URL, width: Int, height: Int, in directory: URL) throws -> (png: Data, run: Run) {
        let file = directory.appendingPathComponent("screenshot-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try run(
            ["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--virtual-time-budget=2000"], page: page, in: directory)
        return (try Data(contentsOf: file), run)
    }
}

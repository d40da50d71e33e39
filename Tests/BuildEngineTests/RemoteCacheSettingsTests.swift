import Foundation
import Testing
@testable import BuildEngine

/// Where the remote-cache settings come from (figures.yaml < environment < command line), and
/// the errors for a bad section, all located.
struct RemoteCacheSettingsTests {
    static func section(_ yaml: String) throws -> ConfigNode? {
        try ConfigNode.parseYAML("version: 1\n" + yaml, file: "figures.yaml")["cache"]
    }

    @Test func offByDefault() throws {
        #expect(try RemoteCacheSettings.resolve(section: nil, environment: [:]) == nil)
    }

    @Test func figuresYamlThenEnvironmentThenCommandLine() throws {
        let yaml = try Self.section("cache: {remote: \"http://lab.example/cache/\", mode: read-write, timeout_s: 3}")
        let fromYaml = try #require(try RemoteCacheSettings.resolve(section: yaml, environment: [:]))
        #expect(fromYaml.url.absoluteString == "http://lab.example/cache")
        #expect(fromYaml.mode == .readWrite)
        #expect(fromYaml.timeoutSeconds == 3)
        #expect(fromYaml.authorization == nil)

        let environment = [
            "FIGURES_REMOTE_CACHE": "https://env.example/c", "FIGURES_REMOTE_CACHE_MODE": "read",
            "FIGURES_REMOTE_CACHE_AUTHORIZATION": "Bearer secret"
        ]
        let fromEnvironment = try #require(try RemoteCacheSettings.resolve(section: yaml, environment: environment))
        #expect(fromEnvironment.url.absoluteString == "https://env.example/c")
        #expect(fromEnvironment.mode == .read)
        #expect(fromEnvironment.authorization == "Bearer secret")

        let overrides = RemoteCacheSettings.Overrides(url: "http://cli.example", mode: .readWrite, timeoutSeconds: 1, required: true)
        let fromCommandLine = try #require(try RemoteCacheSettings.resolve(section: yaml, environment: environment, overrides: overrides))
        #expect(fromCommandLine.url.absoluteString == "http://cli.example")
        #expect(fromCommandLine.mode == .readWrite && fromCommandLine.required && fromCommandLine.timeoutSeconds == 1)
        #expect(try RemoteCacheSettings.resolve(section: yaml, environment: environment, overrides: .init(disabled: true)) == nil)
    }

    @Test func tokenFileGivesTheHeader() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try "Bearer from-file\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let settings = try RemoteCacheSettings.resolve(
            section: nil,
            environment: [
                "FIGURES_REMOTE_CACHE": "http://h/c", "FIGURES_REMOTE_CACHE_AUTHORIZATION_FILE": file.path
            ])
        #expect(settings?.authorization == "Bearer from-file")
    }

    @Test func badSectionsAreLocatedErrors() throws {
        let credentials = try Self.section("cache:\n  remote: http://h/c\n  token: abc\n")
        let error = try #require(throws: ConfigError.self) { try RemoteCacheSettings.resolve(section: credentials, environment: [:]) }
        #expect(error.description.hasPrefix("figures.yaml:4:3: cache.token: credentials never go in figures.yaml"))

        let notHTTP = try Self.section("cache: {remote: \"ftp://h/c\"}")
        let urlError = try #require(throws: ConfigError.self) { try RemoteCacheSettings.resolve(section: notHTTP, environment: [:]) }
        #expect(urlError.description == "figures.yaml:2:17: cache.remote: expected an http:// or https:// URL, found 'ftp://h/c'")

        let mode = try Self.section("cache: {remote: \"http://h\", mode: write}")
        let modeError = try #require(throws: ConfigError.self) { try RemoteCacheSettings.resolve(section: mode, environment: [:]) }
        #expect(modeError.description.contains("cache.mode: expected read or read-write, found 'write'"))

        let required = try #require(throws: ConfigError.self) {
            try RemoteCacheSettings.resolve(section: nil, environment: [:], overrides: .init(required: true))
        }
        #expect(required.description.contains("no remote cache is configured"))
    }
}

import Foundation

/// Where the shared HTTP cache is and how to use it: `cache: {remote: URL, mode: read|read-write}`
/// in figures.yaml, overridden by the environment and then by the command line (docs/SCALE-OUT.md).
///
/// The `Authorization` header never comes from figures.yaml (which is committed): only from the
/// environment variable ``authorizationVariable`` or the file named by ``authorizationFileVariable``.
public struct RemoteCacheSettings: Sendable, Equatable {
    /// What the build may do with the remote.
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        /// Fetch only.
        case read
        /// Fetch, and upload what this build computed.
        case readWrite = "read-write"
    }

    /// The base URL (`URL/ac/<key>`, `URL/cas/<sha256>`), without a trailing slash.
    public var url: URL
    /// Read or read-write.
    public var mode: Mode
    /// The bound on one request [s], after which the remote counts as unreachable.
    public var timeoutSeconds: Double
    /// True: an unreachable or failing remote fails the build (CI); false: one warning, then local only.
    public var required: Bool
    /// The `Authorization` header value, if any (never printed).
    public var authorization: String?

    /// The default request timeout [s].
    public static let defaultTimeoutSeconds = 10.0
    /// Environment variables read by ``resolve(section:environment:overrides:)``.
    public static let urlVariable = "FIGURES_REMOTE_CACHE"
    public static let modeVariable = "FIGURES_REMOTE_CACHE_MODE"
    public static let authorizationVariable = "FIGURES_REMOTE_CACHE_AUTHORIZATION"
    public static let authorizationFileVariable = "FIGURES_REMOTE_CACHE_AUTHORIZATION_FILE"

    /// Creates settings.
    public init(
        url: URL, mode: Mode, timeoutSeconds: Double = defaultTimeoutSeconds, required: Bool = false,
        authorization: String? = nil
    ) {
        self.url = url
        self.mode = mode
        self.timeoutSeconds = timeoutSeconds
        self.required = required
        self.authorization = authorization
    }

    /// Command-line choices, which win over the environment and figures.yaml.
    public struct Overrides: Sendable, Equatable {
        /// `--remote-cache URL`.
        public var url: String?
        /// `--remote-cache-mode`.
        public var mode: Mode?
        /// `--remote-cache-timeout SECONDS`.
        public var timeoutSeconds: Double?
        /// `--remote-cache-required`.
        public var required = false
        /// `--no-remote-cache`.
        public var disabled = false

        /// No override.
        public init(url: String? = nil, mode: Mode? = nil, timeoutSeconds: Double? = nil, required: Bool = false, disabled: Bool = false) {
            self.url = url
            self.mode = mode
            self.timeoutSeconds = timeoutSeconds
            self.required = required
            self.disabled = disabled
        }
    }

    /// The settings in force, or nil when no remote is configured (the default).
    ///
    /// Errors in `section` are located in figures.yaml; errors in the environment or the options name them.
    public static func resolve(
        section: ConfigNode?, environment: [String: String] = ProcessInfo.processInfo.environment,
        overrides: Overrides = Overrides()
    ) throws(ConfigError) -> RemoteCacheSettings? {
        if overrides.disabled { return nil }
        var urlText: String?
        var urlWhere = SourceLocation(file: "figures.yaml")
        var mode = Mode.read
        var timeout = defaultTimeoutSeconds
        if let section {
            guard let entries = section.mappingEntries else {
                throw ConfigError(
                    section.location, path: ["cache"],
                    "expected a mapping with keys remote, mode, timeout_s, found \(section.kindDescription)")
            }
            for (key, keyLocation, value) in entries {
                switch key {
                case "remote":
                    guard case .scalar(let text, _) = value.value, !text.isEmpty else {
                        throw ConfigError(
                            value.location, path: ["cache", "remote"],
                            "expected an http(s) URL, found \(value.kindDescription)")
                    }
                    urlText = text
                    urlWhere = value.location
                case "mode":
                    guard case .scalar(let text, _) = value.value, let parsed = Mode(rawValue: text) else {
                        throw ConfigError(
                            value.location, path: ["cache", "mode"],
                            "expected read or read-write, found \(value.kindDescription)")
                    }
                    mode = parsed
                case "timeout_s":
                    guard case .scalar(let text, false) = value.value, let seconds = Double(text), seconds > 0, seconds <= 3600 else {
                        throw ConfigError(
                            value.location, path: ["cache", "timeout_s"],
                            "expected a number of seconds in (0, 3600], found \(value.kindDescription)")
                    }
                    timeout = seconds
                case "authorization", "token", "auth":
                    throw ConfigError(
                        keyLocation, path: ["cache", key],
                        "credentials never go in figures.yaml; set "
                            + "\(authorizationVariable) or \(authorizationFileVariable) in the environment")
                default:
                    throw ConfigError(keyLocation, path: ["cache", key], "unknown key; expected remote, mode or timeout_s")
                }
            }
        }
        if let text = environment[urlVariable], !text.isEmpty {
            urlText = text
            urlWhere = SourceLocation(file: "environment \(urlVariable)")
        }
        if let text = environment[modeVariable], !text.isEmpty {
            guard let parsed = Mode(rawValue: text) else {
                throw ConfigError(
                    SourceLocation(file: "environment \(modeVariable)"), path: [],
                    "expected read or read-write, found '\(text)'")
            }
            mode = parsed
        }
        if let text = overrides.url {
            urlText = text
            urlWhere = SourceLocation(file: "--remote-cache")
        }
        if let override = overrides.mode { mode = override }
        if let override = overrides.timeoutSeconds { timeout = override }
        guard let urlText else {
            if overrides.required {
                throw ConfigError(
                    SourceLocation(file: "--remote-cache-required"), path: [],
                    "no remote cache is configured (cache.remote in figures.yaml, \(urlVariable), or --remote-cache URL)")
            }
            return nil
        }
        let trimmed = urlText.hasSuffix("/") ? String(urlText.dropLast()) : urlText
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw ConfigError(
                urlWhere, path: urlWhere.line != nil ? ["cache", "remote"] : [],
                "expected an http:// or https:// URL, found '\(urlText)'")
        }
        return RemoteCacheSettings(
            url: url, mode: mode, timeoutSeconds: timeout, required: overrides.required,
            authorization: try authorization(environment: environment))
    }

    /// The `Authorization` header from the environment: the variable itself, or the first line of the file it names.
    static func authorization(environment: [String: String]) throws(ConfigError) -> String? {
        if let value = environment[authorizationVariable], !value.isEmpty { return value }
        guard let path = environment[authorizationFileVariable], !path.isEmpty else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(
                SourceLocation(file: "environment \(authorizationFileVariable)"), path: [],
                "cannot read the token file '\(path)'")
        }
        let line = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let value = line.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else {
            throw ConfigError(
                SourceLocation(file: "environment \(authorizationFileVariable)"), path: [],
                "the token file '\(path)' is empty; expected a header value such as 'Bearer TOKEN'")
        }
        return value
    }
}

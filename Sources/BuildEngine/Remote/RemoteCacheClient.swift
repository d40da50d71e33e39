import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A failed exchange with the remote cache: unreachable, timed out, refused, or a server error.
/// The message names the URL path and the cause, never the credentials.
public struct RemoteCacheError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Plain HTTP against the Bazel remote-cache layout: `GET/HEAD/PUT BASE/ac/<key>` and
/// `BASE/cas/<sha256>`, through FoundationNetworking's URLSession (the toolchain's libcurl).
///
/// It moves bytes only; checking them is the caller's job (``RemoteCache``).
public final class RemoteCacheClient: Sendable {
    /// The settings (URL, timeout, Authorization).
    public let settings: RemoteCacheSettings
    private let session: URLSession

    /// A client for `settings`.
    public init(settings: RemoteCacheSettings) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        // Idle bound per request; a whole transfer may take longer (large objects), up to 30 times it.
        configuration.timeoutIntervalForRequest = settings.timeoutSeconds
        configuration.timeoutIntervalForResource = settings.timeoutSeconds * 30
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpMaximumConnectionsPerHost = 8
        session = URLSession(configuration: configuration)
    }

    /// The URL of `ac/<key>` or `cas/<hash>`.
    func url(_ area: String, _ name: String) -> URL { settings.url.appendingPathComponent(area).appendingPathComponent(name) }

    func request(_ method: String, _ area: String, _ name: String) -> URLRequest {
        var request = URLRequest(url: url(area, name))
        request.httpMethod = method
        request.timeoutInterval = settings.timeoutSeconds
        if let authorization = settings.authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        return request
    }

    /// The bytes at `area/name`, or nil if the server has none (404).
    public func get(_ area: String, _ name: String) async throws(RemoteCacheError) -> Data? {
        let (data, status) = try await exchange(request("GET", area, name), body: nil)
        switch status {
        case 200: return data
        case 404: return nil
        default: throw Self.statusError(status, "GET", area, name)
        }
    }

    /// Whether the server has `area/name` (HEAD).
    public func exists(_ area: String, _ name: String) async throws(RemoteCacheError) -> Bool {
        let (_, status) = try await exchange(request("HEAD", area, name), body: nil)
        switch status {
        case 200: return true
        case 404: return false
        default: throw Self.statusError(status, "HEAD", area, name)
        }
    }

    /// Stores `data` at `area/name` (PUT; 200, 201 and 204 are success).
    public func put(_ area: String, _ name: String, _ data: Data) async throws(RemoteCacheError) {
        var request = request("PUT", area, name)
        request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
        let (_, status) = try await exchange(request, body: data)
        guard [200, 201, 204].contains(status) else { throw Self.statusError(status, "PUT", area, name) }
    }

    private func exchange(_ request: URLRequest, body: Data?) async throws(RemoteCacheError) -> (Data, Int) {
        let what = "\(request.httpMethod ?? "GET") \(request.url?.path ?? "")"
        do {
            let (data, response): (Data, URLResponse)
            if let body {
                (data, response) = try await session.upload(for: request, from: body)
            } else {
                (data, response) = try await session.data(for: request)
            }
            guard let http = response as? HTTPURLResponse else { throw RemoteCacheError("\(what): not an HTTP answer") }
            return (data, http.statusCode)
        } catch let error as RemoteCacheError {
            throw error
        } catch let error as URLError {
            throw RemoteCacheError("\(what): \(Self.describe(error))")
        } catch {
            throw RemoteCacheError("\(what): \(error.localizedDescription)")
        }
    }

    static func describe(_ error: URLError) -> String {
        switch error.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
            return "TLS failure (certificate)"
        default: return "network error \(error.code.rawValue)"
        }
    }

    static func statusError(_ status: Int, _ method: String, _ area: String, _ name: String) -> RemoteCacheError {
        let hint: String
        switch status {
        case 401, 403: hint = " (refused: check the Authorization token, or use mode read)"
        case 405: hint = " (method not allowed: the server does not accept \(method))"
        case 413: hint = " (object too large for the server's body size limit)"
        case 500...599: hint = " (server error)"
        default: hint = ""
        }
        return RemoteCacheError("\(method) /\(area)/\(name.prefix(12))…: HTTP \(status)\(hint)")
    }
}

import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A client of the SPARQL 1.1 Graph Store HTTP Protocol: replaces one named graph at a time with `PUT
/// ENDPOINT?graph=IRI` (Oxigraph: `http://HOST:PORT/store`, Fuseki: `http://HOST:PORT/DATASET/data`).
struct GraphStoreClient: Sendable {
  /// The Graph Store endpoint, without a `graph` parameter.
  let endpoint: URL
  /// Seconds to wait for one request.
  var timeout: TimeInterval = 120

  /// Checks that `endpoint` is an absolute http(s) URL with a host.
  init(endpoint: String) throws(GraphStoreError) {
    guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { throw .invalidEndpoint(endpoint) }
    self.endpoint = url
  }

  /// The URL that names `graph` at this endpoint: `ENDPOINT?graph=<percent-encoded IRI>`.
  func url(forGraph graph: String) -> URL {
    let encoded = graph.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? graph
    let separator = endpoint.query == nil ? "?" : "&"
    // Every character outside the unreserved set is percent-encoded, so the result is a valid URL.
    return URL(string: endpoint.absoluteString + separator + "graph=" + encoded) ?? endpoint
  }

  /// Replaces the named graph `graph` with `body` (in the syntax `contentType` names); returns the HTTP status.
  @discardableResult
  func put(_ body: Data, contentType: String, graph: String) async throws(GraphStoreError) -> Int {
    var request = URLRequest(url: url(forGraph: graph), timeoutInterval: timeout)
    request.httpMethod = "PUT"
    request.setValue(contentType, forHTTPHeaderField: "Content-Type")
    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await URLSession.shared.upload(for: request, from: body)
    } catch {
      throw .unreachable(endpoint: endpoint.absoluteString, reason: Self.describe(error))
    }
    guard let http = response as? HTTPURLResponse else {
      throw .unreachable(endpoint: endpoint.absoluteString, reason: "no HTTP response")
    }
    guard (200..<300).contains(http.statusCode) else {
      let text = String(decoding: data.prefix(500), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw .rejected(endpoint: endpoint.absoluteString, graph: graph, status: http.statusCode, body: text)
    }
    return http.statusCode
  }

  private static let unreserved = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

  private static func describe(_ error: any Error) -> String {
    if let e = error as? URLError {
      switch e.code {
      case .cannotConnectToHost: return "connection refused (is the server running?)"
      case .timedOut: return "timed out"
      case .cannotFindHost: return "unknown host"
      default: return e.localizedDescription
      }
    }
    return "\(error)"
  }
}

/// Why a graph could not be stored.
enum GraphStoreError: Error, CustomStringConvertible, Equatable {
  /// The endpoint is not an absolute http(s) URL.
  case invalidEndpoint(String)
  /// No HTTP exchange happened (connection refused, timeout, unknown host).
  case unreachable(endpoint: String, reason: String)
  /// The server answered with a non-2xx status.
  case rejected(endpoint: String, graph: String, status: Int, body: String)

  var description: String {
    switch self {
    case .invalidEndpoint(let text):
      return "--endpoint must be an absolute http(s) URL such as http://127.0.0.1:7878/store, got '\(text)'"
    case .unreachable(let endpoint, let reason):
      return "cannot reach \(endpoint): \(reason)"
    case .rejected(let endpoint, let graph, let status, let body):
      return "\(endpoint) answered HTTP \(status) for graph <\(graph)>" + (body.isEmpty ? "" : ": \(body)")
    }
  }
}

/// The RDF syntaxes ClaimGraph writes, each with its file extension and media type.
public enum RDFFormat: String, CaseIterable, Sendable {
  case rdfxml, jsonld, nquads, turtle

  /// The file extension without the dot: `rdf`, `jsonld`, `nq`, `ttl`.
  public var fileExtension: String {
    switch self {
    case .rdfxml: "rdf"
    case .jsonld: "jsonld"
    case .nquads: "nq"
    case .turtle: "ttl"
    }
  }

  /// The IANA media type.
  public var mediaType: String {
    switch self {
    case .rdfxml: "application/rdf+xml"
    case .jsonld: "application/ld+json"
    case .nquads: "application/n-quads"
    case .turtle: "text/turtle"
    }
  }

  /// The syntax's usual name, as used in messages: `RDF/XML`, `JSON-LD`, `N-Quads`, `Turtle`.
  public var displayName: String {
    switch self {
    case .rdfxml: "RDF/XML"
    case .jsonld: "JSON-LD"
    case .nquads: "N-Quads"
    case .turtle: "Turtle"
    }
  }

  /// Accepts a format name or its extension, case-insensitively: `rdfxml`/`rdf`, `jsonld`/`json-ld`,
  /// `nquads`/`nq`, `turtle`/`ttl`.
  public init?(name: String) {
    switch name.lowercased() {
    case "rdfxml", "rdf", "rdf/xml": self = .rdfxml
    case "jsonld", "json-ld": self = .jsonld
    case "nquads", "nq", "n-quads": self = .nquads
    case "turtle", "ttl": self = .turtle
    default: return nil
    }
  }
}

import ClaimGraphModel

/// The validated prefixes of `WriterOptions`, with lookups of the namespace an IRI starts with.
struct PrefixTable {
  static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
  static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

  /// In declaration order, duplicates removed.
  let namespaces: [Namespace]
  let names: Set<String>

  /// Checks every prefix; a prefix repeated with the same IRI is kept once.
  init(validating prefixes: [Namespace], requiringRDF: Bool = false) throws {
    var seen: [String: String] = [:]
    var list: [Namespace] = []
    if requiringRDF && !prefixes.contains(where: { $0.prefix == "rdf" }) {
      list.append(Namespaces.rdf)
      seen["rdf"] = Namespaces.rdf.iri
    }
    for ns in prefixes {
      if let problem = Self.problem(ns) {
        throw SerializationError("invalid prefix '\(ns.prefix)' <\(ns.iri)>: \(problem)")
      }
      if let iri = seen[ns.prefix] {
        guard iri.bytewiseEquals(ns.iri) else {
          throw SerializationError("invalid prefix '\(ns.prefix)': declared twice, as <\(iri)> and <\(ns.iri)>")
        }
        continue
      }
      seen[ns.prefix] = ns.iri
      list.append(ns)
    }
    namespaces = list
    names = Set(list.map(\.prefix))
  }

  /// Keeps the valid prefixes (the first of each name) and drops the rest, for callers that cannot throw.
  init(lenient prefixes: [Namespace]) {
    var list: [Namespace] = []
    var names: Set<String> = []
    for ns in prefixes where Self.problem(ns) == nil && !names.contains(ns.prefix) {
      list.append(ns)
      names.insert(ns.prefix)
    }
    namespaces = list
    self.names = names
  }

  /// The namespace with the longest IRI that `iri` starts with and whose remainder satisfies `accepts`.
  func split(_ iri: String, accepting accepts: (Substring) -> Bool) -> (prefix: String, local: Substring)? {
    var best: (prefix: String, local: Substring, length: Int)?
    for ns in namespaces where iri.bytewiseHasPrefix(ns.iri) {
      let length = ns.iri.utf8.count
      guard best.map({ length > $0.length }) ?? true else { continue }
      let start = iri.utf8.index(iri.utf8.startIndex, offsetBy: length)
      guard let localStart = start.samePosition(in: iri.unicodeScalars) else { continue }
      let local = Substring(iri.unicodeScalars[localStart...])
      if accepts(local) { best = (ns.prefix, local, length) }
    }
    return best.map { ($0.prefix, $0.local) }
  }

  private static func problem(_ ns: Namespace) -> String? {
    let bytes = Array(ns.prefix.utf8)
    guard let first = bytes.first, TermRules.isASCIILetter(first),
      bytes.allSatisfy({ TermRules.isASCIILetter($0) || TermRules.isASCIIDigit($0) || $0 == 0x5F || $0 == 0x2D })
    else { return "a prefix must match [A-Za-z][A-Za-z0-9_-]*" }
    if ns.prefix.lowercased().hasPrefix("xml") { return "prefixes starting with 'xml' are reserved" }
    if let p = TermRules.iriProblem(ns.iri) { return "the namespace IRI \(p)" }
    if ns.iri == xmlNamespace || ns.iri == xmlnsNamespace { return "the XML namespaces cannot be given a prefix" }
    if ns.prefix == "rdf" && ns.iri != Namespaces.rdf.iri { return "'rdf' must be \(Namespaces.rdf.iri)" }
    return nil
  }
}

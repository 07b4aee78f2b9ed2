import ClaimGraphModel

/// The JSON-LD context every ClaimGraph document uses: the prefixes, `@vocab` = cg:, and terms for the
/// common properties with IRI, datatype or language-map coercion. Also decides how IRIs and keys are written
/// so that they expand back to exactly the same IRIs.
struct JSONLDContext {
  enum Coercion: Equatable {
    case id
    case datatype(IRI)
    case languageMap
    case none
  }

  struct Term {
    let name: String
    let iri: IRI
    let coercion: Coercion
  }

  static let vocabulary = Namespaces.cg.iri

  static let standardTerms: [Term] = {
    var terms: [Term] = []
    func add(_ names: [String], _ ns: Namespace, _ coercion: Coercion) {
      for name in names { terms.append(Term(name: name, iri: ns(name), coercion: coercion)) }
    }
    add(
      ["agent", "object", "predicate", "addressee", "party", "participant", "place", "mentionedIn", "partOf"],
      Namespaces.cg, .id)
    add(["wasDerivedFrom"], Namespaces.prov, .id)
    add(["referenceContext", "sentence"], Namespaces.nif, .id)
    add(["taIdentRef"], Namespaces.itsrdf, .id)
    add(["sameAs"], Namespaces.owl, .id)
    add(["affiliation"], Namespaces.schema, .id)
    add(["subClassOf"], Namespaces.rdfs, .id)
    add(["beginIndex", "endIndex"], Namespaces.nif, .datatype(XSD.nonNegativeInteger))
    add(["evidenceBegin", "evidenceEnd"], Namespaces.cg, .datatype(XSD.nonNegativeInteger))
    add(["negated"], Namespaces.cg, .datatype(XSD.boolean))
    add(["label"], Namespaces.rdfs, .languageMap)
    add(["altLabel", "prefLabel"], Namespaces.skos, .languageMap)
    add(["anchorOf", "isString"], Namespaces.nif, .none)
    add(["title", "identifier", "source", "spatial"], Namespaces.dcterms, .none)
    add(["note"], Namespaces.skos, .none)
    return terms.sorted { $0.name.bytewiseLess($1.name) }
  }()

  let prefixes: PrefixTable
  /// The standard terms whose names are not taken by a prefix, by name.
  let terms: [Term]
  private let termsByIRI: [ByteString: Term]
  /// Every name the context defines (prefixes and terms).
  private let names: Set<String>

  init(prefixes: PrefixTable) {
    self.prefixes = prefixes
    terms = Self.standardTerms.filter { !prefixes.names.contains($0.name) }
    var byIRI: [ByteString: Term] = [:]
    for t in terms { byIRI[ByteString(t.iri.value)] = t }
    termsByIRI = byIRI
    names = prefixes.names.union(terms.map(\.name))
  }

  /// The context object (prefixes in order, `@vocab`, terms by name).
  var object: JSONValue {
    var members: [(key: String, value: JSONValue)] = prefixes.namespaces.map { ($0.prefix, .string($0.iri)) }
    members.append(("@vocab", .string(Self.vocabulary)))
    for t in terms {
      let id = compactIRI(t.iri.value) ?? t.iri.value
      switch t.coercion {
      case .id: members.append((t.name, .object([("@id", .string(id)), ("@type", .string("@id"))])))
      case .datatype(let d):
        members.append((t.name, .object([("@id", .string(id)), ("@type", .string(compactIRI(d.value) ?? d.value))])))
      case .languageMap:
        members.append((t.name, .object([("@id", .string(id)), ("@container", .string("@language"))])))
      case .none: members.append((t.name, .string(id)))
      }
    }
    return .object(members)
  }

  func term(for predicate: IRI) -> Term? { termsByIRI[ByteString(predicate.value)] }

  /// `prefix:local` for a prefix whose IRI ends in a JSON-LD gen-delim (so it is a prefix in JSON-LD 1.0
  /// and 1.1 alike), with a non-empty local part that does not start with `//`.
  func compactIRI(_ iri: String) -> String? {
    let split = prefixes.split(iri) { local in
      !local.isEmpty && !local.hasPrefix("//")
    }
    guard let (prefix, local) = split,
      let ns = prefixes.namespaces.first(where: { $0.prefix == prefix }),
      let last = ns.iri.unicodeScalars.last, ":/?#[]@".unicodeScalars.contains(last)
    else { return nil }
    return "\(prefix):\(local)"
  }

  /// How an IRI is written as `@id`, `@type` or a coerced value; nil when its scheme is a context name,
  /// so that a JSON-LD processor would read it as a compact IRI.
  func reference(_ iri: String) -> String? {
    if let compact = compactIRI(iri) { return compact }
    return isMisreadable(iri) ? nil : iri
  }

  /// The key for `predicate` without coercion: a cg: local name through `@vocab`, a compact IRI or the IRI.
  func key(for predicate: IRI) -> String? {
    let iri = predicate.value
    if iri.bytewiseHasPrefix(Self.vocabulary) {
      let local = String(decoding: iri.utf8.dropFirst(Self.vocabulary.utf8.count), as: UTF8.self)
      let bytes = Array(local.utf8)
      if let first = bytes.first, TermRules.isASCIILetter(first), !names.contains(local),
        bytes.allSatisfy({ TermRules.isASCIILetter($0) || TermRules.isASCIIDigit($0) || $0 == 0x5F || $0 == 0x2D })
      {
        return local
      }
    }
    return reference(iri)
  }

  private func isMisreadable(_ iri: String) -> Bool {
    let bytes = iri.utf8
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let scheme = String(decoding: bytes[..<colon], as: UTF8.self)
    return names.contains(scheme) && !bytes[bytes.index(after: colon)...].starts(with: "//".utf8)
  }
}

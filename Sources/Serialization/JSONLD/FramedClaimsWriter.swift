import ClaimGraphModel

/// Per document graph, a JSON-LD document for people and APIs: one node per `cg:Claim` with all of its
/// properties, its agents, objects and addressees nested (id, types, `rdfs:label`) and its sentence nested
/// under `wasDerivedFrom` (anchorOf, beginIndex, endIndex).
///
/// Every triple the document states is a triple of the document graph or of `entities` (where entity
/// labels live when they are kept apart), with the same IRIs and typed literals, so loading it alongside
/// them adds nothing. Same context as the JSON-LD writer.
public struct FramedClaimsWriter: Sendable {
  public let options: WriterOptions
  private let context: JSONLDContext

  /// Throws when `options` hold an invalid prefix.
  public init(options: WriterOptions = .init()) throws {
    self.options = options
    context = JSONLDContext(prefixes: try PrefixTable(validating: options.prefixes))
  }

  /// The framed document for `graph`; claims in IRI order.
  public func document(for graph: Graph, entities: Graph? = nil) throws -> [UInt8] {
    let groups = graph.bySubject
    var bySubject: [Term: [Triple]] = [:]
    for group in groups { bySubject[group.subject] = group.triples }
    for group in entities?.bySubject ?? [] { bySubject[group.subject, default: []] += group.triples }

    let encoder = JSONLDNodeEncoder(context: context)
    let entityRoles: Set<IRI> = [CG.agent, CG.object, CG.addressee]
    let entityFacts: Set<IRI> = [RDF.type, RDFS.label]
    let sentenceFacts: Set<IRI> = [NIF.anchorOf, NIF.beginIndex, NIF.endIndex]
    var nestedEntities: [Term: JSONValue?] = [:]
    var nestedSentences: [Term: JSONValue?] = [:]
    func node(_ subject: Term, _ facts: Set<IRI>, _ memo: inout [Term: JSONValue?]) throws -> JSONValue? {
      if let known = memo[subject] { return known }
      let triples = Array(Set((bySubject[subject] ?? []).filter { facts.contains($0.predicate) })).sorted()
      let value = triples.isEmpty ? nil : try encoder.node(subject, triples)
      memo[subject] = value
      return value
    }

    var claims: [JSONValue] = []
    let claimType = Term.iri(CG.claim)
    for group in groups where group.triples.contains(where: { $0.predicate == RDF.type && $0.object == claimType }) {
      claims.append(
        try encoder.node(group.subject, group.triples) { t in
          guard !t.object.isLiteral else { return nil }
          if entityRoles.contains(t.predicate) { return try node(t.object, entityFacts, &nestedEntities) }
          if t.predicate == PROV.wasDerivedFrom { return try node(t.object, sentenceFacts, &nestedSentences) }
          return nil
        })
    }
    var out: [UInt8] = []
    let document = JSONValue.object([
      ("@context", JSONLDWriter.contextValue(context, options.jsonldContext)), ("@graph", .array(claims)),
    ])
    JSONPrinter.print(document, into: &out)
    out.append(0x0A)
    return out
  }

  /// Writes `document(for:entities:)` to `sink`.
  public func write(_ graph: Graph, entities: Graph? = nil, to sink: any ByteSink) throws {
    try sink.write(try document(for: graph, entities: entities))
  }
}

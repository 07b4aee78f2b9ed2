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
    var bySubject: [Term: [Triple]] = [:]
    for group in graph.bySubject { bySubject[group.subject] = group.triples }
    var entityTriples: [Term: [Triple]] = [:]
    for group in entities?.bySubject ?? [] { entityTriples[group.subject] = group.triples }
    func about(_ subject: Term, _ predicates: [IRI]) -> [Triple] {
      var seen = Set<Triple>()
      return ((bySubject[subject] ?? []) + (entityTriples[subject] ?? [])).filter { t in
        predicates.contains(t.predicate) && seen.insert(t).inserted
      }.sorted()
    }

    let encoder = JSONLDNodeEncoder(context: context)
    let entityRoles: Set<IRI> = [CG.agent, CG.object, CG.addressee]
    var claims: [JSONValue] = []
    for group in graph.bySubject where group.triples.contains(Triple(group.subject, RDF.type, .iri(CG.claim))) {
      let node = try encoder.node(group.subject, group.triples) { t in
        guard !t.object.isLiteral else { return nil }
        let nested: [Triple]
        if entityRoles.contains(t.predicate) {
          nested = about(t.object, [RDF.type, RDFS.label])
        } else if t.predicate == PROV.wasDerivedFrom {
          nested = about(t.object, [NIF.anchorOf, NIF.beginIndex, NIF.endIndex])
        } else {
          return nil
        }
        return nested.isEmpty ? nil : try encoder.node(t.object, nested)
      }
      claims.append(node)
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

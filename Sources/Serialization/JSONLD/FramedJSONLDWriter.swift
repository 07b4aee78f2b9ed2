import ClaimGraphModel

/// What a framed JSON-LD document holds: one top-level node per subject of `rootType`, with all of its
/// properties; an IRI object of a predicate listed in `embedded` is written as a nested node holding only the
/// listed facts of that object (or stays a reference when it has none).
package struct JSONLDFrame: Sendable {
  /// The class whose instances are the top-level nodes.
  package let rootType: IRI
  /// For each predicate whose objects are nested: the predicates of the nested node to write.
  package let embedded: [IRI: Set<IRI>]

  /// A frame of `rootType` nodes nesting the objects of the predicates in `embedded`.
  package init(rootType: IRI, embedded: [IRI: Set<IRI>]) {
    self.rootType = rootType
    self.embedded = embedded
  }
}

/// Writes a graph as a framed JSON-LD document (the JSON-LD 1.1 framing of one frame): roots in IRI order,
/// the same context as the JSON-LD writer.
package struct FramedJSONLDWriter: Sendable {
  package let options: WriterOptions
  private let context: JSONLDContext

  /// Throws when `options` hold an invalid prefix.
  package init(options: WriterOptions = .init()) throws {
    self.options = options
    context = JSONLDContext(prefixes: try PrefixTable(validating: options.prefixes))
  }

  /// The framed document for `graph`; nested facts are looked up in `graph` and in `extra` (where entity
  /// labels live when they are kept apart).
  package func document(for graph: Graph, extra: Graph? = nil, frame: JSONLDFrame) throws -> [UInt8] {
    let groups = graph.bySubject
    var bySubject: [Term: [Triple]] = [:]
    for group in groups { bySubject[group.subject] = group.triples }
    for group in extra?.bySubject ?? [] { bySubject[group.subject, default: []] += group.triples }

    let encoder = JSONLDNodeEncoder(context: context)
    var nested: [IRI: [Term: JSONValue?]] = [:]
    func node(_ subject: Term, _ predicate: IRI, _ facts: Set<IRI>) throws -> JSONValue? {
      if let known = nested[predicate]?[subject] { return known }
      let triples = Array(Set((bySubject[subject] ?? []).filter { facts.contains($0.predicate) })).sorted()
      let value = triples.isEmpty ? nil : try encoder.node(subject, triples)
      nested[predicate, default: [:]][subject] = value
      return value
    }

    var roots: [JSONValue] = []
    let rootType = Term.iri(frame.rootType)
    for group in groups where group.triples.contains(where: { $0.predicate == RDF.type && $0.object == rootType }) {
      roots.append(
        try encoder.node(group.subject, group.triples) { t in
          guard !t.object.isLiteral, let facts = frame.embedded[t.predicate] else { return nil }
          return try node(t.object, t.predicate, facts)
        })
    }
    var out: [UInt8] = []
    let document = JSONValue.object([
      ("@context", JSONLDWriter.contextValue(context, options.jsonldContext)), ("@graph", .array(roots)),
    ])
    JSONPrinter.print(document, into: &out)
    out.append(0x0A)
    return out
  }
}

import ClaimGraphModel
import ClaimGraphText
import Extraction
import RuleLanguage

/// Turns one document's extraction into its RDF graph, with every term of the graph contract.
///
/// The graph is split in two parts so that a corpus can be written document by document: `documentPart` (the
/// document, sentences, mentions, claims and the plain agent–predicate–object triples) and `entityPart` (the
/// entity nodes, which a corpus merges across documents).
public struct GraphBuilder: Sendable {
  /// The base IRI of every minted resource (documents, sentences, mentions, claims, entities).
  public let base: String

  /// A builder that mints IRIs under `base` (it ends in `/` or `#`).
  public init(base: String = Namespaces.defaultBase) { self.base = base }

  /// The IRI of the document whose file stem is `stem`; it also names the document's graph.
  public func documentIRI(_ stem: String) -> IRI { IRI(base + "doc/" + EntityIdentity.documentKey(stem: stem)) }

  /// The IRI of the entity with the key `key`.
  public func entityIRI(_ key: EntityKey) -> IRI { IRI(base + key.rawValue) }

  /// The whole graph of one document, named by the document's IRI.
  public func graph(for x: DocumentExtraction) -> Graph {
    var g = documentPart(x)
    g.formUnion(entityPart(x))
    return g
  }

  /// The document, its sentences, mentions, dates and claims, and the plain agent–predicate–object triples.
  public func documentPart(_ x: DocumentExtraction) -> Graph {
    let d = documentIRI(x.document.stem)
    var g = Graph(name: d)
    addDocumentNode(x, d, into: &g)
    let sentences = addSentences(x, d, into: &g)
    addMentions(x, d, sentences: sentences, into: &g)
    addDates(x, d, sentences: sentences, into: &g)
    addClaims(x, d, sentences: sentences, into: &g)
    return g
  }

  /// The nodes of the entities this document names (class, labels, links), in key order.
  public func entityPart(_ x: DocumentExtraction) -> Graph {
    var g = Graph(name: documentIRI(x.document.stem))
    for key in x.entities.keys.sorted() { entityTriples(x.entities[key]!, into: &g) }
    return g
  }

  /// A date as a typed literal (`xsd:date`, `xsd:gYearMonth` or `xsd:gYear`).
  func typed(_ d: SimpleDate) -> Literal { Literal(d.lexical, datatype: Namespaces.xsd(d.xsdType)) }
}

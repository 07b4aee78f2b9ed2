import ClaimGraphModel
import Serialization

/// The framed claims view of a document graph (`<stem>.claims.jsonld`), a JSON-LD document for people and
/// APIs: one node per `cg:Claim` with all of its properties, its agents, objects and addressees nested (id,
/// types, `rdfs:label`) and its sentence nested under `wasDerivedFrom` (anchorOf, beginIndex, endIndex).
///
/// Every triple the view states is a triple of the document graph or of `entities` (where entity labels live
/// when they are kept apart), with the same IRIs and typed literals, so loading it alongside them adds
/// nothing. Same context as the JSON-LD writer.
public struct ClaimsView: Sendable {
  /// The writer options (prefixes, inline or referenced context).
  public let options: WriterOptions
  private let writer: FramedJSONLDWriter

  /// What the view nests: entities by their type and label, sentences by their text and offsets.
  static let frame: JSONLDFrame = {
    let entityFacts: Set<IRI> = [RDF.type, RDFS.label]
    let sentenceFacts: Set<IRI> = [NIF.anchorOf, NIF.beginIndex, NIF.endIndex]
    return JSONLDFrame(
      rootType: CG.claim,
      embedded: [
        CG.agent: entityFacts, CG.object: entityFacts, CG.addressee: entityFacts,
        PROV.wasDerivedFrom: sentenceFacts,
      ])
  }()

  /// A view written with `options`; throws when they hold an invalid prefix.
  public init(options: WriterOptions = .init()) throws {
    self.options = options
    writer = try FramedJSONLDWriter(options: options)
  }

  /// The view of `graph`, claims in IRI order.
  public func document(for graph: Graph, entities: Graph? = nil) throws -> [UInt8] {
    try writer.document(for: graph, extra: entities, frame: Self.frame)
  }

  /// Writes `document(for:entities:)` to `sink`.
  public func write(_ graph: Graph, entities: Graph? = nil, to sink: any ByteSink) throws {
    try sink.write(try document(for: graph, entities: entities))
  }
}

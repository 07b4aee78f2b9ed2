import ClaimGraphModel
import Serialization

/// Small graphs shared by the writer tests.
enum SampleGraphs {
  static let claim = IRI("https://w3id.org/claimgraph/id/claim/c1")
  static let japan = IRI("https://w3id.org/claimgraph/id/country/japan")
  static let document = IRI("https://w3id.org/claimgraph/id/doc/d1")
  static let sentence = IRI("https://w3id.org/claimgraph/id/doc/d1#s1")

  /// Few prefixes keep the golden strings short.
  static let options = WriterOptions(prefixes: [Namespaces.rdf, Namespaces.rdfs, Namespaces.xsd, Namespaces.cg])
  /// The same prefixes with a referenced JSON-LD context, so JSON-LD goldens stay short.
  static let referenceOptions = WriterOptions(
    prefixes: options.prefixes, jsonldContext: .reference("https://w3id.org/claimgraph/context.jsonld"))

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// One triple with the subject `http://example.org/s`.
  static func single(_ predicate: String, _ object: Term) -> Graph {
    Graph(triples: [Triple(.iri(IRI("http://example.org/s")), IRI(predicate), object)])
  }

  /// A claim, its agent and a typed date: typed node elements, coerced terms, language maps.
  static var claimGraph: Graph {
    var g = Graph(name: document)
    g.insert(claim, RDF.type, CG.claim)
    g.insert(claim, CG.predicate, Namespaces.cg("condemns"))
    g.insert(claim, CG.agent, japan)
    g.insert(claim, CG.evidenceBegin, .nonNegative(3))
    g.insert(claim, CG.negated, .boolean(false))
    g.insert(claim, CG.objectText, Literal("a \"b\" & <c> ]]>"))
    g.insert(japan, RDF.type, Namespaces.cg("Country"))
    g.insert(japan, RDFS.label, Literal("日本", language: "ja"))
    g.insert(japan, RDFS.label, Literal("Japan", language: "en-US"))
    g.insert(document, DCTerms.date, Literal("2025-04", datatype: XSD.gYearMonth))
    return g
  }

  /// Characters every syntax must escape or carry: quotes, markup, line ends, tab, emoji, combining marks.
  static let trickyText = "q\"uote\\ ]]> & <x> line\nCR\rtab\t😀 e\u{301} は\u{3099}"

  static var escapingGraph: Graph {
    var g = Graph()
    let s = IRI("http://example.org/a#b%20c/日本")
    g.insert(s, Namespaces.cg("evidence"), Literal(trickyText))
    g.insert(s, RDFS.label, Literal("中文", language: "zh-Hant-TW"))
    g.insert(s, Namespaces.cg("rule"), Literal(""))
    g.insert(Triple(.iri(s), IRI("http://example.org/vocab/p-1"), .blank("b 1")))
    g.insert(
      Triple(.blank("b 1"), Namespaces.cg("note"), .literal(Literal("x", datatype: IRI("http://example.org/dt")))))
    return g
  }
}

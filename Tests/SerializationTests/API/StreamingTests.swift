import ClaimGraphModel
import Serialization
import Testing

/// Two batches (two documents) with a subject in common, written through one writer.
@Suite struct StreamingTests {
  static let s = IRI("http://example.org/s")
  static var first: Graph {
    Graph(name: IRI("http://example.org/g1"), triples: [Triple(s, RDFS.label, Literal("one", language: "en"))])
  }
  static var second: Graph {
    Graph(name: IRI("http://example.org/g2"), triples: [Triple(s, Namespaces.cg("rule"), Literal("two"))])
  }
  static let options = WriterOptions(
    prefixes: [Namespaces.rdf, Namespaces.rdfs, Namespaces.cg], jsonldContext: .reference("ctx.jsonld"))

  func stream(_ format: RDFFormat) throws -> (String, afterFirst: String) {
    let sink = MemorySink()
    let writer = try makeWriter(format, sink: sink, options: Self.options)
    try writer.write(Self.first)
    let afterFirst = sink.string
    try writer.write(Self.second)
    try writer.finish()
    #expect(throws: SerializationError.self) { try writer.write(Self.first) }
    return (sink.string, afterFirst)
  }

  @Test func rdfxml() throws {
    let (text, afterFirst) = try stream(.rdfxml)
    let head = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" \
      xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:cg="https://w3id.org/claimgraph/ns#">
        <rdf:Description rdf:about="http://example.org/s">
          <rdfs:label xml:lang="en">one</rdfs:label>
        </rdf:Description>

      """
    #expect(afterFirst == head)
    #expect(
      text == head + """
          <rdf:Description rdf:about="http://example.org/s">
            <cg:rule>two</cg:rule>
          </rdf:Description>
        </rdf:RDF>

        """)
  }

  @Test func jsonld() throws {
    let (text, afterFirst) = try stream(.jsonld)
    let head = """
      {
        "@context": "ctx.jsonld",
        "@graph": [
          {
            "@id": "http://example.org/s",
            "label": {"en": "one"}
          }
      """
    #expect(afterFirst == head)
    #expect(text == head + ",\n    {\"@id\": \"http://example.org/s\", \"rule\": \"two\"}\n  ]\n}\n")
  }

  @Test func nquads() throws {
    let (text, afterFirst) = try stream(.nquads)
    let one =
      "<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"one\"@en <http://example.org/g1> .\n"
    #expect(afterFirst == one)
    #expect(
      text == one + "<http://example.org/s> <https://w3id.org/claimgraph/ns#rule> \"two\" <http://example.org/g2> .\n")
  }

  @Test func turtle() throws {
    let (text, _) = try stream(.turtle)
    #expect(
      text == """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix cg: <https://w3id.org/claimgraph/ns#> .

        <http://example.org/s> rdfs:label "one"@en .

        <http://example.org/s> cg:rule "two" .

        """)
  }
}

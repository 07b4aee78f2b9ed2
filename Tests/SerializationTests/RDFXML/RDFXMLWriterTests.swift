import ClaimGraphModel
import Serialization
import Testing

@Suite struct RDFXMLWriterTests {
  static let head = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" \
    xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#" \
    xmlns:cg="https://w3id.org/claimgraph/ns#">

    """

  func rdfxml(_ g: Graph, _ options: WriterOptions = SampleGraphs.options) throws -> String {
    SampleGraphs.text(try serialize(g, as: .rdfxml, options: options))
  }

  @Test func claimGraph() throws {
    #expect(
      try rdfxml(SampleGraphs.claimGraph) == Self.head + """
          <cg:Claim rdf:about="https://w3id.org/claimgraph/id/claim/c1">
            <cg:agent rdf:resource="https://w3id.org/claimgraph/id/country/japan"/>
            <cg:evidenceBegin rdf:datatype="http://www.w3.org/2001/XMLSchema#nonNegativeInteger">3</cg:evidenceBegin>
            <cg:negated rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">false</cg:negated>
            <cg:objectText>a &quot;b&quot; &amp; &lt;c&gt; ]]&gt;</cg:objectText>
            <cg:predicate rdf:resource="https://w3id.org/claimgraph/ns#condemns"/>
          </cg:Claim>
          <cg:Country rdf:about="https://w3id.org/claimgraph/id/country/japan">
            <rdfs:label xml:lang="en-US">Japan</rdfs:label>
            <rdfs:label xml:lang="ja">日本</rdfs:label>
          </cg:Country>
          <rdf:Description rdf:about="https://w3id.org/claimgraph/id/doc/d1">
            <ns1:date xmlns:ns1="http://purl.org/dc/terms/" rdf:datatype="http://www.w3.org/2001/XMLSchema#gYearMonth">2025-04</ns1:date>
          </rdf:Description>
        </rdf:RDF>

        """)
  }

  @Test func escapingBlankNodesAndUndeclaredNamespaces() throws {
    #expect(
      try rdfxml(SampleGraphs.escapingGraph) == Self.head + #"""
          <rdf:Description rdf:about="http://example.org/a#b%20c/日本">
            <ns1:p-1 xmlns:ns1="http://example.org/vocab/" rdf:nodeID="b_622031"/>
            <rdfs:label xml:lang="zh-Hant-TW">中文</rdfs:label>
            <cg:evidence>q&quot;uote\ ]]&gt; &amp; &lt;x&gt; line
        CR&#13;tab\#t😀 e\#u{301} は\#u{3099}</cg:evidence>
            <cg:rule></cg:rule>
          </rdf:Description>
          <rdf:Description rdf:nodeID="b_622031">
            <cg:note rdf:datatype="http://example.org/dt">x</cg:note>
          </rdf:Description>
        </rdf:RDF>

        """#)
  }

  @Test func typedNodeUsesTheSmallestTypeWithAQName() throws {
    var g = Graph()
    let s = IRI("http://example.org/s")
    g.insert(s, RDF.type, Namespaces.cg("Person"))
    g.insert(s, RDF.type, Namespaces.cg("Agent"))
    g.insert(s, RDF.type, IRI("http://example.org/types/A"))
    #expect(
      try rdfxml(g) == Self.head + """
          <cg:Agent rdf:about="http://example.org/s">
            <rdf:type rdf:resource="http://example.org/types/A"/>
            <rdf:type rdf:resource="https://w3id.org/claimgraph/ns#Person"/>
          </cg:Agent>
        </rdf:RDF>

        """)
  }

  @Test func namespacePrefixesOnPropertyElementsSkipDeclaredNames() throws {
    var g = Graph()
    let s = IRI("http://example.org/s")
    g.insert(s, IRI("http://a.example/p"), Literal("1"))
    g.insert(s, IRI("http://b.example/q"), Literal("2"))
    let options = WriterOptions(prefixes: [Namespaces.rdf, Namespace("ns1", "http://c.example/")])
    #expect(
      try rdfxml(g, options) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ns1="http://c.example/">
          <rdf:Description rdf:about="http://example.org/s">
            <ns2:p xmlns:ns2="http://a.example/">1</ns2:p>
            <ns3:q xmlns:ns3="http://b.example/">2</ns3:q>
          </rdf:Description>
        </rdf:RDF>

        """)
  }

  @Test func rdfPrefixIsAlwaysDeclared() throws {
    let g = SampleGraphs.single("https://w3id.org/claimgraph/ns#rule", .literal(Literal("r")))
    #expect(
      try rdfxml(g, WriterOptions(prefixes: [Namespaces.cg])) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cg="https://w3id.org/claimgraph/ns#">
          <rdf:Description rdf:about="http://example.org/s">
            <cg:rule>r</cg:rule>
          </rdf:Description>
        </rdf:RDF>

        """)
  }

  @Test func predicateWithoutQNameSplitIsAnError() {
    let g = SampleGraphs.single("http://example.org/123", .literal(Literal("x")))
    let error = #expect(throws: SerializationError.self) { try rdfxml(g) }
    #expect(
      error?.description
        == #"cannot write <http://example.org/s> <http://example.org/123> "x" as RDF/XML: predicate IRI has no XML QName split"#
    )
  }

  @Test(arguments: [
    ("http://example.org/이름", #"<ns1:이름 xmlns:ns1="http://example.org/">x</ns1:이름>"#),
    ("http://example.org/p/1a", #"<ns1:a xmlns:ns1="http://example.org/p/1">x</ns1:a>"#),
    ("http://example.org/a\u{132}b", #"<ns1:b xmlns:ns1="http://example.org/a\#u{132}">x</ns1:b>"#),
    ("http://example.org/ラベル・名", #"<ns1:名 xmlns:ns1="http://example.org/ラベル・">x</ns1:名>"#),
  ])
  func localNamesUseCharactersEveryParserAccepts(predicate: String, element: String) throws {
    #expect(try rdfxml(SampleGraphs.single(predicate, .literal(Literal("x")))).contains("    " + element + "\n"))
  }

  @Test(arguments: ["http://example.org/p/😀", "http://example.org/p/\u{132}", "http://example.org/ns#", "urn:x:1.5"])
  func predicatesWithoutPortableLocalNameAreErrors(predicate: String) {
    let g = SampleGraphs.single(predicate, .literal(Literal("x")))
    let error = #expect(throws: SerializationError.self) { try rdfxml(g) }
    #expect(error?.description.hasSuffix("predicate IRI has no XML QName split") == true)
  }

  @Test(arguments: ["li", "Description", "about", "nodeID"])
  func reservedRDFNamesAreNotProperties(name: String) {
    let g = SampleGraphs.single(Namespaces.rdf.iri + name, .literal(Literal("x")))
    let error = #expect(throws: SerializationError.self) { try rdfxml(g) }
    #expect(error?.description.hasSuffix("cannot be a property element in RDF/XML") == true)
  }

  @Test(arguments: [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
  func charactersXMLCannotCarryAreErrors(code: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(code))
    let g = SampleGraphs.single("http://example.org/p", .literal(Literal("a\(Character(scalar))b")))
    let error = #expect(throws: SerializationError.self) { try rdfxml(g) }
    let hex = String(code, radix: 16, uppercase: true)
    let name = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    #expect(error?.description.hasSuffix("literal contains \(name), which XML 1.0 cannot carry") == true)
    #expect(error?.description.hasPrefix("cannot write <http://example.org/s> <http://example.org/p> \"a") == true)
  }

  @Test func allowedControlCharactersAreKept() throws {
    let g = SampleGraphs.single("http://example.org/p", .literal(Literal("\t\n\r\u{85}\u{2028}")))
    #expect(try rdfxml(g).contains("<ns1:p xmlns:ns1=\"http://example.org/\">\t\n&#13;\u{85}\u{2028}</ns1:p>"))
  }

  @Test func aFailedBatchWritesNothing() throws {
    let sink = MemorySink()
    let writer = try makeWriter(.rdfxml, sink: sink, options: SampleGraphs.options)
    try writer.write(SampleGraphs.single("http://example.org/p", .literal(Literal("ok"))))
    let before = sink.bytes
    var bad = SampleGraphs.single("http://example.org/p", .literal(Literal("fine")))
    bad.insert(Triple(.iri(IRI("http://example.org/t")), IRI("http://example.org/p"), .literal(Literal("\u{1}"))))
    #expect(throws: SerializationError.self) { try writer.write(bad) }
    #expect(sink.bytes == before)
    try writer.finish()
    #expect(
      sink.string == Self.head + """
          <rdf:Description rdf:about="http://example.org/s">
            <ns1:p xmlns:ns1="http://example.org/">ok</ns1:p>
          </rdf:Description>
        </rdf:RDF>

        """)
  }

  @Test(arguments: [
    (
      Namespace("1x", "http://example.org/"),
      "invalid prefix '1x' <http://example.org/>: a prefix must match [A-Za-z][A-Za-z0-9_-]*"
    ),
    (
      Namespace("xmlx", "http://example.org/"),
      "invalid prefix 'xmlx' <http://example.org/>: prefixes starting with 'xml' are reserved"
    ),
    (
      Namespace("rdf", "http://example.org/"),
      "invalid prefix 'rdf' <http://example.org/>: 'rdf' must be http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    ),
    (Namespace("ex", "example"), "invalid prefix 'ex' <example>: the namespace IRI is not absolute (no scheme)"),
  ])
  func invalidPrefixesAreRejected(namespace: Namespace, message: String) {
    for format in RDFFormat.allCases {
      let error = #expect(throws: SerializationError.self) {
        _ = try makeWriter(format, sink: MemorySink(), options: WriterOptions(prefixes: [namespace]))
      }
      #expect(error?.description == message)
    }
  }
}

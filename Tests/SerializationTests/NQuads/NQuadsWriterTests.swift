import ClaimGraphModel
import Serialization
import Testing

@Suite struct NQuadsWriterTests {
  func nquads(_ g: Graph) throws -> String { SampleGraphs.text(try serialize(g, as: .nquads)) }

  @Test func claimGraphInItsNamedGraph() throws {
    let g = " <https://w3id.org/claimgraph/id/doc/d1> .\n"
    let c = "<https://w3id.org/claimgraph/id/claim/c1> "
    let j = "<https://w3id.org/claimgraph/id/country/japan> "
    #expect(
      try nquads(SampleGraphs.claimGraph)
        == c + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/claimgraph/ns#Claim>" + g
        + c + "<https://w3id.org/claimgraph/ns#agent> <https://w3id.org/claimgraph/id/country/japan>" + g
        + c
        + "<https://w3id.org/claimgraph/ns#evidenceBegin> \"3\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
        + g
        + c + "<https://w3id.org/claimgraph/ns#negated> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>" + g
        + c + "<https://w3id.org/claimgraph/ns#objectText> \"a \\\"b\\\" & <c> ]]>\"" + g
        + c + "<https://w3id.org/claimgraph/ns#predicate> <https://w3id.org/claimgraph/ns#condemns>" + g
        + j + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/claimgraph/ns#Country>" + g
        + j + "<http://www.w3.org/2000/01/rdf-schema#label> \"Japan\"@en-US" + g
        + j + "<http://www.w3.org/2000/01/rdf-schema#label> \"日本\"@ja" + g
        + "<https://w3id.org/claimgraph/id/doc/d1> <http://purl.org/dc/terms/date> "
        + "\"2025-04\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>" + g)
  }

  @Test func escapingInTheDefaultGraph() throws {
    #expect(
      try nquads(SampleGraphs.escapingGraph) == #"""
        <http://example.org/a#b%20c/日本> <http://example.org/vocab/p-1> _:b_622031 .
        <http://example.org/a#b%20c/日本> <http://www.w3.org/2000/01/rdf-schema#label> "中文"@zh-Hant-TW .
        <http://example.org/a#b%20c/日本> <https://w3id.org/claimgraph/ns#evidence> "q\"uote\\ ]]> & <x> line\nCR\rtab\t😀 e\#u{301} は\#u{3099}" .
        <http://example.org/a#b%20c/日本> <https://w3id.org/claimgraph/ns#rule> "" .
        _:b_622031 <https://w3id.org/claimgraph/ns#note> "x"^^<http://example.org/dt> .

        """#)
  }

  @Test func controlCharactersUseTheCanonicalEscapes() throws {
    let g = SampleGraphs.single(
      "http://example.org/p", .literal(Literal("\u{0}\u{7}\u{8}\t\n\u{B}\u{C}\r\u{1F}\u{7F}\u{80}")))
    #expect(
      try nquads(g)
        == #"<http://example.org/s> <http://example.org/p> "\u0000\u0007\b\t\n\u000B\f\r\u001F\u007F"# + "\u{80}\" .\n")
  }

  @Test(arguments: [
    ("http://example.org/a b", "subject IRI contains U+0020, which an IRI cannot carry"),
    ("example.org/a", "subject IRI is not absolute (no scheme)"),
    ("http://example.org/a#b#c", "subject IRI contains a second '#'"),
    ("http://example.org/100%", "subject IRI has a '%' not followed by two hexadecimal digits"),
    ("http://example.org/a[1]", "subject IRI contains '[' outside the host"),
    ("http://example.org/a<b>", "subject IRI contains U+003C, which an IRI cannot carry"),
  ])
  func invalidIRIsAreErrors(iri: String, problem: String) {
    let g = Graph(triples: [Triple(IRI(iri), IRI("http://example.org/p"), IRI("http://example.org/o"))])
    for format in RDFFormat.allCases {
      let error = #expect(throws: SerializationError.self) { _ = try serialize(g, as: format) }
      #expect(
        error?.description
          == "cannot write <\(iri)> <http://example.org/p> <http://example.org/o> as \(format.displayName): \(problem)")
    }
  }

  @Test func validIRIsWithHostBracketsPercentAndUnicode() throws {
    let iri = "http://[::1]:8080/%E6%97%A5/日本?q=1#frag"
    let g = Graph(triples: [Triple(IRI(iri), IRI("http://example.org/p"), IRI("urn:x:y"))])
    #expect(try nquads(g) == "<\(iri)> <http://example.org/p> <urn:x:y> .\n")
  }

  @Test func invalidLanguageTagIsAnError() {
    let g = SampleGraphs.single("http://example.org/p", .literal(Literal("x", language: "en_US")))
    let error = #expect(throws: SerializationError.self) { try nquads(g) }
    #expect(error?.description.hasSuffix("as N-Quads: literal has an invalid language tag 'en_US'") == true)
  }

  @Test func langStringWithoutLanguageIsAnError() {
    let g = SampleGraphs.single("http://example.org/p", .literal(Literal("x", datatype: RDF.langString)))
    let error = #expect(throws: SerializationError.self) { try nquads(g) }
    #expect(error?.description.hasSuffix("literal typed rdf:langString has no language tag") == true)
  }
}

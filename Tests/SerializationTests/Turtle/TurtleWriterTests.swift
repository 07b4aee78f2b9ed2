import ClaimGraphModel
import Serialization
import Testing

@Suite struct TurtleWriterTests {
  static let head = """
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix cg: <https://w3id.org/claimgraph/ns#> .

    """

  func turtle(_ g: Graph, _ options: WriterOptions = SampleGraphs.options) throws -> String {
    SampleGraphs.text(try serialize(g, as: .turtle, options: options))
  }

  @Test func claimGraph() throws {
    #expect(
      try turtle(SampleGraphs.claimGraph) == Self.head + """

        <https://w3id.org/claimgraph/id/claim/c1> a cg:Claim ;
          cg:agent <https://w3id.org/claimgraph/id/country/japan> ;
          cg:evidenceBegin "3"^^xsd:nonNegativeInteger ;
          cg:negated false ;
          cg:objectText "a \\"b\\" & <c> ]]>" ;
          cg:predicate cg:condemns .

        <https://w3id.org/claimgraph/id/country/japan> a cg:Country ;
          rdfs:label "Japan"@en-US, "日本"@ja .

        <https://w3id.org/claimgraph/id/doc/d1> <http://purl.org/dc/terms/date> "2025-04"^^xsd:gYearMonth .

        """)
  }

  @Test func escapingAndLongStrings() throws {
    #expect(
      try turtle(SampleGraphs.escapingGraph) == Self.head + #"""

        <http://example.org/a#b%20c/日本> <http://example.org/vocab/p-1> _:b_622031 ;
          rdfs:label "中文"@zh-Hant-TW ;
          cg:evidence """q\"uote\\ ]]> & <x> line
        CR\rtab\t😀 e\#u{301} は\#u{3099}""" ;
          cg:rule "" .

        _:b_622031 cg:note "x"^^<http://example.org/dt> .

        """#)
  }

  @Test(arguments: [
    ("Q1", "wd:Q1"), ("a.b", "wd:a.b"), ("a%20b", "wd:a%20b"), ("日本", "wd:日本"), ("1x", "wd:1x"), ("_x", "wd:_x"),
    ("a.", "<http://www.wikidata.org/entity/a.>"), ("a/b", "<http://www.wikidata.org/entity/a/b>"),
    ("a~b", "<http://www.wikidata.org/entity/a~b>"), ("", "<http://www.wikidata.org/entity/>"),
    ("a:b", "<http://www.wikidata.org/entity/a:b>"), ("-a", "<http://www.wikidata.org/entity/-a>"),
  ])
  func prefixedNamesOnlyForPlainLocalNames(local: String, written: String) throws {
    let g = SampleGraphs.single("http://example.org/p", .iri(IRI(Namespaces.wd.iri + local)))
    let text = try turtle(g, WriterOptions(prefixes: [Namespaces.wd]))
    #expect(
      text
        == "@prefix wd: <http://www.wikidata.org/entity/> .\n\n<http://example.org/s> <http://example.org/p> \(written) .\n"
    )
  }

  @Test(arguments: [
    (Literal("5", datatype: XSD.integer), "5"), (Literal("-12", datatype: XSD.integer), "-12"),
    (Literal("007", datatype: XSD.integer), "\"007\"^^xsd:integer"),
    (Literal("+5", datatype: XSD.integer), "\"+5\"^^xsd:integer"),
    (Literal("-0", datatype: XSD.integer), "\"-0\"^^xsd:integer"), (Literal("true", datatype: XSD.boolean), "true"),
    (Literal("1", datatype: XSD.boolean), "\"1\"^^xsd:boolean"), (Literal("x", datatype: XSD.string), "\"x\""),
  ])
  func numbersAndBooleansAsShorthandOnlyWhenExact(literal: Literal, written: String) throws {
    let g = SampleGraphs.single("http://example.org/p", .literal(literal))
    let text = try turtle(g, WriterOptions(prefixes: [Namespaces.xsd]))
    #expect(text.hasSuffix("<http://example.org/s> <http://example.org/p> \(written) .\n"))
  }
}

import ClaimGraphModel
import Serialization
import Testing

@Suite struct JSONLDWriterTests {
  static let head = """
    {
      "@context": "https://w3id.org/claimgraph/context.jsonld",
      "@graph": [
    """

  func jsonld(_ g: Graph) throws -> String {
    SampleGraphs.text(try serialize(g, as: .jsonld, options: SampleGraphs.referenceOptions))
  }

  @Test func claimGraph() throws {
    #expect(
      try jsonld(SampleGraphs.claimGraph) == Self.head + """

            {
              "@id": "https://w3id.org/claimgraph/id/claim/c1",
              "@type": "cg:Claim",
              "agent": "https://w3id.org/claimgraph/id/country/japan",
              "evidenceBegin": 3,
              "negated": false,
              "objectText": "a \\"b\\" & <c> ]]>",
              "predicate": "cg:condemns"
            },
            {
              "@id": "https://w3id.org/claimgraph/id/country/japan",
              "@type": "cg:Country",
              "label": {"en-US": "Japan", "ja": "日本"}
            },
            {
              "@id": "https://w3id.org/claimgraph/id/doc/d1",
              "http://purl.org/dc/terms/date": {"@value": "2025-04", "@type": "xsd:gYearMonth"}
            }
          ]
        }

        """)
  }

  @Test func escapingAndBlankNodes() throws {
    #expect(
      try jsonld(SampleGraphs.escapingGraph) == Self.head + #"""

            {
              "@id": "http://example.org/a#b%20c/日本",
              "evidence": "q\"uote\\ ]]> & <x> line\nCR\rtab\t😀 e\#u{301} は\#u{3099}",
              "http://example.org/vocab/p-1": {"@id": "_:b_622031"},
              "label": {"zh-Hant-TW": "中文"},
              "rule": ""
            },
            {
              "@id": "_:b_622031",
              "cg:note": {"@value": "x", "@type": "http://example.org/dt"}
            }
          ]
        }

        """#)
  }

  @Test func valuesThatDoNotFitATermAreWrittenInFull() throws {
    var g = Graph()
    let s = IRI("http://example.org/s")
    g.insert(s, CG.evidenceBegin, Literal("5", datatype: XSD.integer))
    g.insert(s, CG.evidenceEnd, Literal("007", datatype: XSD.nonNegativeInteger))
    g.insert(s, CG.negated, Literal("1", datatype: XSD.boolean))
    g.insert(s, CG.agent, Literal("not an IRI"))
    g.insert(s, RDFS.label, Literal("no language"))
    g.insert(s, Namespaces.cg("label"), Literal("cg label"))
    g.insert(s, CG.date, Literal("2012", datatype: XSD.gYear))
    #expect(
      try jsonld(g) == Self.head + """

            {
              "@id": "http://example.org/s",
              "cg:agent": "not an IRI",
              "cg:evidenceBegin": 5,
              "cg:label": "cg label",
              "date": {"@value": "2012", "@type": "xsd:gYear"},
              "evidenceEnd": "007",
              "negated": "1",
              "rdfs:label": "no language"
            }
          ]
        }

        """)
  }

  @Test func emptyDocument() throws {
    #expect(try jsonld(Graph()) == Self.head + "]\n}\n")
  }

  @Test func iriThatWouldReadAsACompactIRIIsAnError() {
    let g = SampleGraphs.single("http://example.org/p", .iri(IRI("cg:oops")))
    let error = #expect(throws: SerializationError.self) { try jsonld(g) }
    #expect(
      error?.description
        == "cannot write <http://example.org/s> <http://example.org/p> <cg:oops> as JSON-LD: "
        + "IRI <cg:oops> would be read as a compact IRI (its scheme is a context term)")
  }

  @Test func inlineContextHasPrefixesVocabAndTerms() throws {
    let text = SampleGraphs.text(try serialize(Graph(), as: .jsonld, options: SampleGraphs.options))
    #expect(
      text.hasPrefix(
        """
        {
          "@context": {
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "cg": "https://w3id.org/claimgraph/ns#",
            "@vocab": "https://w3id.org/claimgraph/ns#",
            "addressee": {"@id": "cg:addressee", "@type": "@id"},
        """))
    #expect(text.contains(#"    "label": {"@id": "rdfs:label", "@container": "@language"},"#))
    #expect(text.contains(#"    "negated": {"@id": "cg:negated", "@type": "xsd:boolean"},"#))
    #expect(text.hasSuffix("  },\n  \"@graph\": []\n}\n"))
  }

  @Test func contextDocumentMatchesTheInlineContext() throws {
    let document = SampleGraphs.text(jsonLDContextDocument(options: SampleGraphs.options))
    let inline = SampleGraphs.text(try serialize(Graph(), as: .jsonld, options: SampleGraphs.options))
    let body = try #require(inline.range(of: ",\n  \"@graph\""))
    #expect(document == inline[..<body.lowerBound] + "\n}\n")
  }

  @Test func prefixNamedLikeATermReplacesTheTerm() throws {
    let options = WriterOptions(prefixes: [Namespaces.rdf, Namespace("label", "http://example.org/label/")])
    let context = SampleGraphs.text(jsonLDContextDocument(options: options))
    #expect(context.contains(#""label": "http://example.org/label/","#))
    #expect(!context.contains(#""label": {"#))
  }
}

import ClaimGraphModel
import Serialization
import Testing

@Suite struct FramedJSONLDWriterTests {
  /// Claims as roots, their agents and objects nested by type and label, their sentence by text and offsets.
  static let frame = JSONLDFrame(
    rootType: CG.claim,
    embedded: [
      CG.agent: [RDF.type, RDFS.label], CG.object: [RDF.type, RDFS.label],
      PROV.wasDerivedFrom: [NIF.anchorOf, NIF.beginIndex, NIF.endIndex],
    ])

  static var documentGraph: Graph {
    var g = SampleGraphs.claimGraph
    let c = SampleGraphs.claim
    let s = SampleGraphs.sentence
    g.insert(c, PROV.wasDerivedFrom, s)
    g.insert(c, CG.object, IRI("https://w3id.org/claimgraph/id/country/dprk"))
    g.insert(s, RDF.type, NIF.sentence)
    g.insert(s, NIF.anchorOf, Literal("日本は非難する。"))
    g.insert(s, NIF.beginIndex, .nonNegative(0))
    g.insert(s, NIF.endIndex, .nonNegative(8))
    g.insert(s, NIF.referenceContext, SampleGraphs.document)
    return g
  }

  @Test func claimsWithNestedAgentsObjectsAndSentence() throws {
    var entities = Graph()
    let dprk = IRI("https://w3id.org/claimgraph/id/country/dprk")
    entities.insert(dprk, RDF.type, Namespaces.cg("Country"))
    entities.insert(dprk, RDFS.label, Literal("北朝鮮", language: "ja"))
    entities.insert(dprk, SKOS.altLabel, Literal("DPRK", language: "en"))
    let writer = try FramedJSONLDWriter(options: SampleGraphs.referenceOptions)
    #expect(
      SampleGraphs.text(try writer.document(for: Self.documentGraph, extra: entities, frame: Self.frame)) == """
        {
          "@context": "https://w3id.org/claimgraph/context.jsonld",
          "@graph": [
            {
              "@id": "https://w3id.org/claimgraph/id/claim/c1",
              "@type": "cg:Claim",
              "agent": {
                "@id": "https://w3id.org/claimgraph/id/country/japan",
                "@type": "cg:Country",
                "label": {"en-US": "Japan", "ja": "日本"}
              },
              "evidenceBegin": 3,
              "negated": false,
              "object": {
                "@id": "https://w3id.org/claimgraph/id/country/dprk",
                "@type": "cg:Country",
                "label": {"ja": "北朝鮮"}
              },
              "objectText": "a \\"b\\" & <c> ]]>",
              "predicate": "cg:condemns",
              "wasDerivedFrom": {
                "@id": "https://w3id.org/claimgraph/id/doc/d1#s1",
                "anchorOf": "日本は非難する。",
                "beginIndex": 0,
                "endIndex": 8
              }
            }
          ]
        }

        """)
  }

  @Test func entitiesWithoutFactsStayReferences() throws {
    let writer = try FramedJSONLDWriter(options: SampleGraphs.referenceOptions)
    let text = SampleGraphs.text(try writer.document(for: Self.documentGraph, frame: Self.frame))
    #expect(text.contains(#"      "object": "https://w3id.org/claimgraph/id/country/dprk","#))
  }

  @Test func graphWithoutClaims() throws {
    let writer = try FramedJSONLDWriter(options: SampleGraphs.referenceOptions)
    #expect(
      SampleGraphs.text(try writer.document(for: SampleGraphs.escapingGraph, frame: Self.frame))
        == "{\n  \"@context\": \"https://w3id.org/claimgraph/context.jsonld\",\n  \"@graph\": []\n}\n")
  }
}

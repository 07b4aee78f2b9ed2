import ClaimGraph
import ClaimGraphModel
import ClaimGraphTestSupport
import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

@Suite("Graph builder")
struct GraphBuilderTests {
  static let base = "https://w3id.org/claimgraph/id/"
  static let ishibaRutteTitle = "石破日本国内閣総理大臣及びルッテ北大西洋条約機構事務総長による共同声明"
  static func id(_ local: String) -> IRI { IRI(base + local) }

  func graph() throws -> (Graph, DocumentExtraction) {
    let x = try realExtractor().extract(
      document("我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難する。", title: Self.ishibaRutteTitle, date: "2025年4月9日", fileName: "t.txt"))
    return (GraphBuilder().graph(for: x), x)
  }

  @Test("the document node")
  func documentNode() throws {
    let (g, _) = try graph()
    let d = Self.id("doc/t")
    #expect(g.name == d)
    #expect(g.objects(.iri(d), RDF.type) == [.iri(NIF.context), .iri(CG.document)])  // http://… sorts before https://…
    #expect(g.objects(.iri(d), NIF.isString) == [.literal(Literal("我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難する。"))])
    #expect(g.objects(.iri(d), DCTerms.identifier) == [.literal(Literal("t.txt"))])
    #expect(g.objects(.iri(d), DCTerms.language) == [.literal(Literal("ja"))])
    #expect(g.objects(.iri(d), DCTerms.title) == [.literal(Literal(Self.ishibaRutteTitle, language: "ja"))])
    #expect(g.objects(.iri(d), DCTerms.date) == [.literal(Literal("2025-04-09", datatype: XSD.date))])
    #expect(g.objects(.iri(d), CG.party) == [.iri(Self.id("japan")), .iri(Self.id("nato"))])
  }

  @Test("sentences and mentions carry exact offsets")
  func sentencesAndMentions() throws {
    let (g, _) = try graph()
    let s = IRI(Self.base + "doc/t/sentence/1")
    #expect(g.objects(.iri(s), NIF.beginIndex) == [.literal(.nonNegative(0))])
    #expect(g.objects(.iri(s), NIF.endIndex) == [.literal(.nonNegative(29))])
    #expect(g.objects(.iri(s), NIF.referenceContext) == [.iri(Self.id("doc/t"))])
    // 我0 々1 は2 、3 北4 朝5 鮮6
    let m = IRI(Self.base + "doc/t/mention/4-7")
    #expect(g.objects(.iri(m), RDF.type) == [.iri(NIF.phrase)])
    #expect(g.objects(.iri(m), NIF.anchorOf) == [.literal(Literal("北朝鮮"))])
    #expect(g.objects(.iri(m), ITSRDF.taIdentRef) == [.iri(Self.id("north-korea"))])
    #expect(g.objects(.iri(m), NIF.sentenceProperty) == [.iri(s)])
    #expect(g.contains(Triple(Self.id("north-korea"), CG.mentionedIn, Self.id("doc/t"))))
  }

  @Test("a claim node with its agents, object, evidence and rule, and the plain agent–predicate–object triples")
  func claimNode() throws {
    let (g, _) = try graph()
    // Claims are named by evidence span and predicate: 「北朝鮮の核・弾道ミサイル計画の進展を強く非難する」 is 4..<28.
    let c = IRI(Self.base + "doc/t/claim/4-28-condemns")
    #expect(g.objects(.iri(c), RDF.type) == [.iri(CG.claim)])
    #expect(g.objects(.iri(c), CG.predicate) == [.iri(Namespaces.cg("condemns"))])
    #expect(g.objects(.iri(c), CG.agent) == [.iri(Self.id("japan")), .iri(Self.id("nato"))])
    #expect(g.objects(.iri(c), CG.object) == [.iri(Self.id("north-korea"))])
    #expect(g.objects(.iri(c), CG.objectText) == [.literal(Literal("北朝鮮の核・弾道ミサイル計画の進展"))])
    #expect(g.objects(.iri(c), CG.evidence) == [.literal(Literal("北朝鮮の核・弾道ミサイル計画の進展を強く非難する"))])
    #expect(g.objects(.iri(c), CG.evidenceBegin) == [.literal(.nonNegative(4))])
    #expect(g.objects(.iri(c), CG.evidenceEnd) == [.literal(.nonNegative(28))])
    #expect(g.objects(.iri(c), CG.modality) == [.literal(Literal("strong"))])
    #expect(g.objects(.iri(c), CG.negated) == [.literal(.boolean(false))])
    #expect(g.objects(.iri(c), CG.agentInferred) == [.literal(.boolean(false))])
    #expect(g.objects(.iri(c), CG.rule) == [.literal(Literal("claims/ja/condemns.yaml#condemn"))])
    #expect(g.objects(.iri(c), PROV.wasDerivedFrom) == [.iri(IRI(Self.base + "doc/t/sentence/1"))])
    #expect(g.contains(Triple(Self.id("japan"), Namespaces.cg("condemns"), Self.id("north-korea"))))
    #expect(g.contains(Triple(Self.id("nato"), Namespaces.cg("condemns"), Self.id("north-korea"))))
  }

  @Test("entity nodes: class, labels, sameAs; the document part and entity part make the whole graph")
  func entityNodes() throws {
    let (g, x) = try graph()
    let nk = Self.id("north-korea")
    #expect(g.objects(.iri(nk), RDF.type) == [.iri(Namespaces.cg("Country"))])
    #expect(
      g.objects(.iri(nk), RDFS.label) == [
        .literal(Literal("North Korea", language: "en")), .literal(Literal("北朝鮮", language: "ja")),
      ])
    #expect(g.objects(.iri(nk), OWL.sameAs) == [.iri(Namespaces.wd("Q423"))])
    var union = GraphBuilder().documentPart(x)
    union.formUnion(GraphBuilder().entityPart(x))
    #expect(union == g)
  }
}

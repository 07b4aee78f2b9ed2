import ClaimGraphModel
import Testing

@Suite("Graph")
struct GraphTests {
  static let ex = Namespace("ex", "http://example.org/")

  @Test("inserting the same triple twice keeps one")
  func idempotentInsert() {
    var g = Graph()
    #expect(g.isEmpty)
    g.insert(Self.ex("a"), RDF.type, CG.claim)
    g.insert(Self.ex("a"), RDF.type, CG.claim)
    g.insert(Triple(.iri(Self.ex("a")), RDF.type, .iri(CG.claim)))
    #expect(g.count == 1)
    g.insert(Self.ex("a"), RDFS.label, Literal("x", language: "ja"))
    g.insert(Self.ex("a"), RDFS.label, Literal("x", language: "ja"))
    g.insert(Self.ex("a"), RDFS.label, Literal("x", language: "en"))
    #expect(g.count == 3)
    #expect(g.contains(Triple(Self.ex("a"), RDFS.label, Literal("x", language: "en"))))
    #expect(!g.contains(Triple(Self.ex("a"), RDFS.label, Literal("x"))))
  }

  @Test("init from a sequence and formUnion are idempotent too")
  func unionIdempotent() {
    let t = Triple(Self.ex("s"), Self.ex("p"), Literal("o"))
    var g = Graph(name: Self.ex("g"), triples: [t, t])
    #expect(g.count == 1)
    #expect(g.name == Self.ex("g"))
    g.formUnion(Graph(triples: [t, Triple(Self.ex("s"), Self.ex("p"), Literal("o2"))]))
    #expect(g.count == 2)
    #expect(g.name == Self.ex("g"))
  }

  @Test("equal graphs whatever the insertion order")
  func equality() {
    let ts = (0..<20).map { Triple(Self.ex("s\($0 % 3)"), Self.ex("p\($0 % 2)"), Literal.integer($0)) }
    #expect(Graph(triples: ts) == Graph(triples: ts.reversed()))
    #expect(Graph(triples: ts).sorted == ts.sorted())
  }

  @Test("bySubject: subjects in canonical order (IRIs, then blank nodes), triples sorted within a subject")
  func bySubjectOrder() {
    let a = Self.ex("a"), b = Self.ex("b"), p = Self.ex("p"), q = Self.ex("q")
    var g = Graph()
    g.insert(Triple(.blank("n1"), p, .literal(Literal("1"))))
    g.insert(b, q, Literal("2"))
    g.insert(b, p, Literal("3"))
    g.insert(a, q, a)
    g.insert(a, p, Literal("z"))
    g.insert(a, p, Literal("y"))
    g.insert(a, p, b)
    let groups = g.bySubject
    #expect(groups.map(\.subject) == [.iri(a), .iri(b), .blank("n1")])
    #expect(
      groups[0].triples == [Triple(a, p, b), Triple(a, p, Literal("y")), Triple(a, p, Literal("z")), Triple(a, q, a)])
    #expect(groups[1].triples == [Triple(b, p, Literal("3")), Triple(b, q, Literal("2"))])
    #expect(groups[2].triples == [Triple(.blank("n1"), p, .literal(Literal("1")))])
  }

  @Test("objects(s, p) are sorted and only of that subject and predicate")
  func objectsSorted() {
    let s = Self.ex("s"), p = Self.ex("p")
    var g = Graph()
    g.insert(s, p, Literal("b"))
    g.insert(s, p, Self.ex("o"))
    g.insert(s, p, Literal("a"))
    g.insert(s, Self.ex("other"), Literal("c"))
    g.insert(Self.ex("t"), p, Literal("d"))
    #expect(g.objects(.iri(s), p) == [.iri(Self.ex("o")), .literal(Literal("a")), .literal(Literal("b"))])
    #expect(g.objects(.iri(Self.ex("none")), p) == [])
  }
}

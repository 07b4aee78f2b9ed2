import ClaimGraphModel
import Testing

@Suite("Term, Literal and Triple ordering")
struct TermOrderingTests {
  static let ex = Namespace("ex", "http://example.org/")

  @Test("literals order by lexical form first")
  func literalLexicalOrder() {
    #expect(Literal("a") < Literal("b"))
    #expect(!(Literal("b") < Literal("a")))
    #expect(Literal("10") < Literal("9"))  // lexical, not numeric
    #expect(Literal.integer(10) < Literal.integer(9))
  }

  @Test("same lexical form: (language tag, datatype IRI) compared as text, absent ones as the empty text")
  func literalTieBreaks() {
    #expect(Literal("x") < Literal("x", language: "en"))
    #expect(Literal("x", language: "en") < Literal("x", language: "ja"))
    #expect(Literal("x") < Literal("x", datatype: XSD.integer))
    #expect(Literal("1", datatype: XSD.boolean) < Literal("1", datatype: XSD.integer))
    let sorted = [
      Literal("x", language: "ja"), Literal("x", datatype: XSD.integer), Literal("x"), Literal("x", language: "en"),
    ].sorted()
    // A typed literal has the empty tag, so it sorts before tagged ones.
    #expect(
      sorted == [
        Literal("x"), Literal("x", datatype: XSD.integer), Literal("x", language: "en"), Literal("x", language: "ja"),
      ])
  }

  @Test("xsd:string is the default datatype and compares equal to a plain literal")
  func literalXSDString() {
    let typed = Literal("x", datatype: XSD.string)
    #expect(typed == Literal("x"))
    #expect(typed.datatype == nil)
    #expect(typed.effectiveDatatype.value == "http://www.w3.org/2001/XMLSchema#string")
    #expect(
      Literal("x", language: "ja").effectiveDatatype.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
    #expect(Literal("x", language: "ja").datatype == nil)
    #expect(Literal("x", language: "ja") != Literal("x"))
  }

  @Test("typed literal helpers give exact lexical forms and datatypes")
  func literalHelpers() {
    #expect(Literal.integer(-3) == Literal("-3", datatype: XSD.integer))
    #expect(Literal.nonNegative(42).lexical == "42")
    #expect(Literal.nonNegative(42).datatype?.value == "http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    #expect(Literal.boolean(true).lexical == "true")
    #expect(Literal.boolean(false).lexical == "false")
    #expect(Literal.boolean(false).datatype == XSD.boolean)
  }

  @Test("terms order IRI < blank node < literal, then within their kind")
  func termOrder() {
    let terms: [Term] = [
      .literal(Literal("a")), .blank("b1"), .iri(IRI("http://z")), .blank("a1"), .iri(IRI("http://a")),
      .literal(Literal("0")),
    ]
    #expect(
      terms.sorted() == [
        .iri(IRI("http://a")), .iri(IRI("http://z")), .blank("a1"), .blank("b1"), .literal(Literal("0")),
        .literal(Literal("a")),
      ])
    #expect(Term.iri(IRI("http://zzz")) < Term.blank("a"))
    #expect(Term.blank("zzz") < Term.literal(Literal("")))
  }

  @Test("term accessors")
  func termAccessors() {
    #expect(Term.iri(IRI("http://a")).iri == IRI("http://a"))
    #expect(Term.iri(IRI("http://a")).literal == nil)
    #expect(Term.literal(Literal("v")).literal == Literal("v"))
    #expect(Term.literal(Literal("v")).isLiteral)
    #expect(!Term.blank("b").isLiteral)
    #expect(Term.blank("b").iri == nil)
  }

  @Test("IRIs order by their text and render in angle brackets")
  func iriOrder() {
    #expect(IRI("http://a/b") < IRI("http://a/c"))
    #expect(IRI("http://a/B") < IRI("http://a/a"))  // code point order: upper case first
    #expect(IRI("http://a/").appending("x") == IRI("http://a/x"))
    #expect(IRI("http://a/x").description == "<http://a/x>")
  }

  @Test("triples order by subject, then predicate, then object")
  func tripleOrder() {
    let s1 = Self.ex("s1"), s2 = Self.ex("s2"), p1 = Self.ex("p1"), p2 = Self.ex("p2")
    let t1 = Triple(s1, p2, Literal("a"))
    let t2 = Triple(s2, p1, Literal("a"))
    let t3 = Triple(s1, p1, Literal("z"))
    let t4 = Triple(s1, p1, s2)
    let t5 = Triple(.blank("b"), p1, .iri(s1))
    #expect([t5, t2, t1, t3, t4].sorted() == [t4, t3, t1, t2, t5])
    #expect(Triple(s1, p1, s2) == Triple(.iri(s1), p1, .iri(s2)))
  }
}

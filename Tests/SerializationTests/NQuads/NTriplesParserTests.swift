import ClaimGraphModel
import Serialization
import Testing

@Suite struct NTriplesParserTests {
  let parser = NTriplesParser(fileName: "in.nt")

  @Test func parsesTermsEscapesCommentsAndLineEnds() throws {
    let text = """
      # a comment
      <http://example.org/s> <http://example.org/p> "a\\"b\\\\c\\n\\r\\t\\u00E9\\U0001F600" .\r
      <http://example.org/s>\t<http://example.org/p>  "日本"@ja . # trailing comment

      _:b1 <http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer>.
      <http://example.org/s> <http://example.org/q> _:b1 .
      <http://example.org/\\u65E5> <http://example.org/p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .
      """
    let g = try parser.parseGraph(text)
    let s = Term.iri(IRI("http://example.org/s"))
    let p = IRI("http://example.org/p")
    #expect(
      g
        == Graph(triples: [
          Triple(s, p, .literal(Literal("a\"b\\c\n\r\té😀"))),
          Triple(s, p, .literal(Literal("日本", language: "ja"))),
          Triple(.blank("b1"), p, .literal(.integer(5))),
          Triple(s, IRI("http://example.org/q"), .blank("b1")),
          Triple(.iri(IRI("http://example.org/日")), p, .literal(Literal("x"))),
        ]))
  }

  @Test func nQuadsGraphLabelsMakeSeparateGraphs() throws {
    let text = """
      <http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g1> .
      <http://example.org/s> <http://example.org/p> <http://example.org/o2> .
      <http://example.org/s> <http://example.org/p> <http://example.org/o3> <http://example.org/g1> .
      """
    let graphs = try parser.parseDataset(Array(text.utf8))
    #expect(graphs.map(\.name) == [IRI("http://example.org/g1"), nil])
    #expect(graphs.map(\.count) == [2, 1])
  }

  @Test(arguments: [
    (
      "<http://example.org/s> <http://example.org/p> <http://example.org/o>",
      "in.nt:1:69: expected '.' at the end of the statement"
    ),
    (
      "<s> <http://example.org/p> <http://example.org/o> .",
      "in.nt:1:1: expected an absolute IRI (this one is not absolute (no scheme))"
    ),
    ("\"s\" <http://example.org/p> <http://example.org/o> .", "in.nt:1:1: expected a subject (an IRI or a blank node)"),
    ("<http://example.org/s> _:p <http://example.org/o> .", "in.nt:1:24: expected a predicate IRI"),
    ("<http://example.org/s> <http://example.org/p> \"open .", "in.nt:1:54: expected '\"' to close the literal"),
    (
      "<http://example.org/s> <http://example.org/p> \"a\\qb\" .",
      "in.nt:1:49: expected \\u or \\U (or, in a literal, one of \\t \\b \\n \\r \\f \\\" \\' \\\\)"
    ),
    ("<http://example.org/s> <http://example.org/p> \"x\"@ .", "in.nt:1:51: expected a language tag"),
    (
      "<http://example.org/s> <http://example.org/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .",
      "in.nt:1:52: expected a language tag instead of the datatype rdf:langString"
    ),
    (
      "<http://example.org/a b> <http://example.org/p> <http://example.org/o> .",
      "in.nt:1:22: expected an IRI character, not a space"
    ),
    (
      "<http://example.org/s> <http://example.org/p> <http://example.org/o> _:g .",
      "in.nt:1:70: expected an IRI graph label (blank-node graph labels are not supported)"
    ),
    (
      "<http://example.org/s> <http://example.org/p> <http://example.org/o> . x",
      "in.nt:1:72: expected the end of the line"
    ),
    ("\n\n<http://example.org/日本> <http://example.org/p> \"\\u12\" .", "in.nt:3:49: expected 4 hexadecimal digits"),
  ])
  func errorsNameFileLineAndColumn(text: String, message: String) {
    let error = #expect(throws: NTriplesSyntaxError.self) { _ = try parser.parseGraph(text) }
    #expect(error?.description == message)
  }

  @Test func invalidUTF8IsAnError() {
    let bytes = Array("<http://example.org/s> <http://example.org/p> \"a".utf8) + [0xFF] + Array("\" .".utf8)
    let error = #expect(throws: NTriplesSyntaxError.self) { _ = try parser.parseGraph(bytes) }
    #expect(error?.description == "in.nt:1:49: expected valid UTF-8")
  }

  @Test func roundTripThroughNQuads() throws {
    let g = SampleGraphs.claimGraph
    #expect(try parser.parseDataset(try serialize(g, as: .nquads)) == [g])
  }

  @Test func blankNodeLabelsValidInEverySyntaxAreKept() throws {
    let text = "_:b1 <http://example.org/p> _:genid-7 .\n"
    #expect(SampleGraphs.text(try serialize(try parser.parseGraph(text), as: .nquads)) == text)
  }
}

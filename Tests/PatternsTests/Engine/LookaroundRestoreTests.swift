import Testing

@testable import Patterns

/// A positive look-around nested in another keeps its captures and mentions without leaving a choice open to
/// undo them, so the outer look-around must restore what there was before it, as the recursive matcher did.
extension MatchEngineEquivalenceTests {
  static let country = MentionSpan(range: 0..<1, entityClass: "Country", tag: 7)
  static let input = MatchInput(chars: ["a", "c"], bounds: 0..<2, mentions: [country])
  /// Captures the mention at 0 as `x` and the `c` after it as `y`.
  static let kept = PatternNode.lookahead(
    .sequence([.capture("x", .entity(["Country"])), .capture("y", .literal(["c"]))]), negative: false)

  @Test("a failed negative look-ahead drops the captures and mentions a positive look-ahead inside it kept")
  func nestedLookaroundRestores() {
    // The positive look-ahead matches, then `b` fails, so the negative look-ahead's inner pattern fails.
    let node = PatternNode.sequence([
      .lookahead(.sequence([Self.kept, .literal(["b"])]), negative: true), .capture("z", .literal(["a"])),
    ])
    let got = CompiledPattern(node: node, source: "").match(at: 0, in: Self.input)
    #expect(got == PatternMatch(range: 0..<1, captures: ["z": 0..<1], mentions: []))
    compare(node, Self.input)
  }

  @Test("a positive look-ahead keeps its captures and mentions")
  func positiveLookaroundKeeps() {
    let node = PatternNode.sequence([Self.kept, .capture("z", .literal(["a"]))])
    let got = CompiledPattern(node: node, source: "").match(at: 0, in: Self.input)
    let captures = ["x": 0..<1, "y": 1..<2, "z": 0..<1]
    #expect(got == PatternMatch(range: 0..<1, captures: captures, mentions: [Self.country]))
    compare(node, Self.input)
  }
}

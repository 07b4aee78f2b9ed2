import Foundation
import Testing

@testable import Patterns

/// A small deterministic random generator (SplitMix64), so that every run tries the same cases.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random patterns and texts over a tiny alphabet, where every shape of the language meets every other.
struct RandomPatterns {
  var random: SeededRandom
  let alphabet: [Unicode.Scalar] = ["a", "b", "漢", " "]

  mutating func node(depth: Int) -> PatternNode {
    let leaf = depth <= 0 || Int.random(in: 0..<3, using: &random) == 0
    return leaf ? self.leaf() : inner(depth: depth - 1)
  }

  mutating func leaf() -> PatternNode {
    switch Int.random(in: 0..<8, using: &random) {
    case 0, 1: return .literal((0...Int.random(in: 0...1, using: &random)).map { _ in letter() })
    case 2: return .charClass(CharClass(categories: [.latin]))
    case 3: return .charClass(CharClass(categories: [.kanji], scalars: ["b"], negated: Bool.random(using: &random)))
    case 4: return .entity([["Country"], ["Entity"], ["Date"], ["Place", "Country"]].randomElement(using: &random)!)
    case 5: return [.segmentStart, .segmentEnd].randomElement(using: &random)!
    case 6: return .wordBoundary
    default: return .charClass(CharClass(categories: [.any]))
    }
  }

  mutating func inner(depth: Int) -> PatternNode {
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return .sequence((0..<Int.random(in: 2...3, using: &random)).map { _ in node(depth: depth) })
    case 1: return .alternation((0..<Int.random(in: 2...3, using: &random)).map { _ in node(depth: depth) })
    case 2:
      let lo = Int.random(in: 0...2, using: &random)
      let hi: Int? = Bool.random(using: &random) ? nil : lo + Int.random(in: 0...2, using: &random)
      return .repetition(node(depth: depth), min: lo, max: hi, lazy: Bool.random(using: &random))
    case 3: return .capture(["x", "y"].randomElement(using: &random)!, node(depth: depth))
    case 4: return .lookahead(node(depth: depth), negative: Bool.random(using: &random))
    default: return .lookbehind(node(depth: depth), negative: Bool.random(using: &random))
    }
  }

  mutating func letter() -> Unicode.Scalar { alphabet.randomElement(using: &random)! }

  mutating func input() -> MatchInput {
    let chars = (0..<Int.random(in: 0...9, using: &random)).map { _ in letter() }
    var mentions: [MentionSpan] = []
    for tag in 0..<Int.random(in: 0...3, using: &random) where !chars.isEmpty {
      let start = Int.random(in: 0..<chars.count, using: &random)
      let end = Int.random(in: (start + 1)...chars.count, using: &random)
      let cls = ["Country", "Place", "Date"].randomElement(using: &random)!
      mentions.append(MentionSpan(range: start..<end, entityClass: cls, tag: tag))
    }
    let lo = Int.random(in: 0...chars.count, using: &random)
    let hi = Int.random(in: lo...chars.count, using: &random)
    return MatchInput(chars: chars, bounds: 0..<chars.count, mentions: mentions).with(bounds: lo..<hi)
  }
}

@Suite("The engine finds what the recursive matcher found")
struct MatchEngineEquivalenceTests {
  /// Compares the engine with the reference at every start position of the input.
  func compare(_ node: PatternNode, _ input: MatchInput) {
    let pattern = CompiledPattern(node: node, source: "")
    for start in input.bounds.lowerBound...input.bounds.upperBound {
      var exceeded = false
      let got = pattern.match(at: start, in: input, exceeded: &exceeded)
      let (want, wantExceeded) = RecursiveReferenceMatcher.match(node, at: start, in: input)
      #expect(got == want, "\(node) at \(start) in \(input.chars)")
      #expect(exceeded == wantExceeded, "\(node) at \(start)")
    }
  }

  @Test("random patterns on random texts: same ranges, captures, mentions and cut-offs")
  func randomPatterns() {
    var gen = RandomPatterns(random: SeededRandom(state: 8))
    for _ in 0..<3_000 {
      let node = gen.node(depth: 4)
      compare(node, gen.input())
    }
  }

  @Test("the step limit cuts a pathological search off at the same place")
  func stepLimit() {
    let kanji = CharClass(categories: [.kanji])
    let text = MatchInput(chars: Array(repeating: "漢", count: 40) + ["x"], bounds: 0..<41)
    let starry = PatternNode.repetition(
      .repetition(.charClass(kanji), min: 1, max: nil, lazy: false), min: 0, max: nil, lazy: false)
    compare(.sequence([starry, .literal(["y"])]), text)
    compare(.sequence([starry, .charClass(CharClass(categories: [.latin]))]), text)
    compare(.sequence([.capture("c", starry), .lookahead(.literal(["z"]), negative: true)]), text)
  }

  @Test("the depth limit cuts a long match off at the same place as on a large stack")
  func depthLimit() throws {
    let chars: [Unicode.Scalar] = Array(repeating: "a", count: 25_000) + ["b"]
    let input = MatchInput(chars: chars, bounds: 0..<chars.count)
    let latin = PatternNode.charClass(CharClass(categories: [.latin]))
    let nodes: [PatternNode] = [
      .repetition(latin, min: 1, max: nil, lazy: false),
      .sequence([.repetition(latin, min: 1, max: nil, lazy: true), .literal(["b"])]),
      .capture("x", .repetition(.alternation([.literal(["a"]), .literal(["b"])]), min: 0, max: nil, lazy: false)),
    ]
    for node in nodes {
      var exceeded = false
      let got = CompiledPattern(node: node, source: "").match(at: 0, in: input, exceeded: &exceeded)
      let (want, wantExceeded) = onLargeStack { RecursiveReferenceMatcher.match(node, at: 0, in: input) }
      #expect(got == want)
      #expect(exceeded == wantExceeded)
      #expect(exceeded)
    }
  }
}

/// Runs the reference matcher, which recurses once per character, on a thread with a 256 MB stack.
func onLargeStack<T>(_ body: @escaping @Sendable () -> T) -> T { onThread(stackSize: 256 << 20, body) }

@testable import Patterns

/// The recursive matcher with continuations that the engine replaced, kept as the reference its results must
/// equal: same matches, captures, mentions and cut-offs. It recurses once per node matched, so it runs only on
/// short texts (or on a thread with a large stack).
final class RecursiveReferenceMatcher {
  let input: MatchInput
  var steps = 0
  var depth = 0
  var captures: [String: Range<Int>] = [:]
  var mentions: [MentionSpan] = []
  var finalCaptures: [String: Range<Int>] = [:]
  var finalMentions: [MentionSpan] = []

  init(input: MatchInput) { self.input = input }

  /// The match at `start` and whether the step limit was exceeded.
  static func match(_ node: PatternNode, at start: Int, in input: MatchInput) -> (PatternMatch?, Bool) {
    let engine = RecursiveReferenceMatcher(input: input)
    var end = -1
    let ok = engine.m(node, start) { q in
      end = q
      engine.finalCaptures = engine.captures
      engine.finalMentions = engine.mentions
      return true
    }
    let exceeded = engine.steps > CompiledPattern.stepLimit
    guard ok, end >= 0 else { return (nil, exceeded) }
    return (PatternMatch(range: start..<end, captures: engine.finalCaptures, mentions: engine.finalMentions), exceeded)
  }

  func m(_ node: PatternNode, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    steps += 1
    if steps > CompiledPattern.stepLimit { return false }
    depth += 1
    defer { depth -= 1 }
    if depth > MatchEngine.depthLimit {
      steps = CompiledPattern.stepLimit + 1
      return false
    }
    let chars = input.chars
    let hi = input.bounds.upperBound
    switch node {
    case .literal(let lit):
      guard p + lit.count <= hi else { return false }
      for (i, c) in lit.enumerated() where chars[p + i] != c { return false }
      return k(p + lit.count)
    case .charClass(let cls):
      guard p < hi, cls.contains(chars[p]) else { return false }
      return k(p + 1)
    case .entity(let classes):
      guard let spans = input.mentionsByStart[p] else { return false }
      for span in spans where span.range.upperBound <= hi {
        guard PatternNode.accepts(classes, mentionOf: span.entityClass) else { continue }
        mentions.append(span)
        if k(span.range.upperBound) { return true }
        mentions.removeLast()
      }
      return false
    case .sequence(let items): return seq(items, 0, p, k)
    case .alternation(let branches):
      for b in branches where m(b, p, k) { return true }
      return false
    case .repetition(let inner, let minR, let maxR, let lazy): return rep(inner, minR, maxR, lazy, 0, p, k)
    case .capture(let name, let inner):
      return m(inner, p) { q in
        let old = self.captures[name]
        self.captures[name] = p..<q
        if k(q) { return true }
        self.captures[name] = old
        return false
      }
    case .lookahead(let inner, let negative):
      let saved = (captures, mentions)
      let found = m(inner, p) { _ in true }
      if !found || negative { (captures, mentions) = saved }
      return found != negative ? k(p) : false
    case .lookbehind(let inner, let negative): return lookbehind(inner, negative, p, k)
    case .segmentStart: return p == input.bounds.lowerBound ? k(p) : false
    case .segmentEnd: return p == hi ? k(p) : false
    case .wordBoundary:
      func word(_ i: Int) -> Bool { input.bounds.contains(i) && CharCategory.alnum.contains(chars[i]) }
      return word(p - 1) != word(p) ? k(p) : false
    }
  }

  func lookbehind(_ inner: PatternNode, _ negative: Bool, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    let saved = (captures, mentions)
    var found = false
    let lengths = inner.lengthRange
    var s = p - lengths.min
    let lo = max(input.bounds.lowerBound, p - min(lengths.max ?? 40, 40))
    while s >= lo && !found {
      found = m(inner, s) { q in q == p }
      s -= 1
    }
    if !found || negative { (captures, mentions) = saved }
    return found != negative ? k(p) : false
  }

  func seq(_ items: [PatternNode], _ i: Int, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    if i == items.count { return k(p) }
    return m(items[i], p) { q in self.seq(items, i + 1, q, k) }
  }

  // swift-format-ignore: FunctionParameterCount
  func rep(
    _ inner: PatternNode, _ minR: Int, _ maxR: Int?, _ lazy: Bool, _ count: Int, _ p: Int, _ k: (Int) -> Bool
  ) -> Bool {
    let canMore = maxR == nil || count < maxR!
    if lazy {
      if count >= minR && k(p) { return true }
      guard canMore else { return false }
      return m(inner, p) { q in q == p ? false : self.rep(inner, minR, maxR, lazy, count + 1, q, k) }
    }
    if canMore, m(inner, p, { q in q == p ? false : self.rep(inner, minR, maxR, lazy, count + 1, q, k) }) {
      return true
    }
    return count >= minR && k(p)
  }
}

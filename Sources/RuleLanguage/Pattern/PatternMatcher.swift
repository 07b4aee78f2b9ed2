import Foundation
/// An entity mention that `{Class}` references in a pattern can consume.
public struct MentionSpan: Hashable, Sendable {
  public let range: Range<Int>
  public let entityClass: String
  /// An opaque index the caller uses to find the mention again (e.g. its position in a list).
  public let tag: Int
  public init(range: Range<Int>, entityClass: String, tag: Int) {
    self.range = range; self.entityClass = entityClass; self.tag = tag
  }
}

/// The text a pattern runs on: folded characters, the segment it may not leave, and the mentions found so far.
public struct MatchInput: Sendable {
  public let chars: [Unicode.Scalar]
  public let bounds: Range<Int>
  let mentionsByStart: [Int: [MentionSpan]]
  /// Where cut-off matches are recorded (none: not recorded).
  public var limitLog: PatternLimitLog?

  public init(chars: [Unicode.Scalar], bounds: Range<Int>, mentions: [MentionSpan] = []) {
    self.chars = chars
    self.bounds = bounds
    var index: [Int: [MentionSpan]] = [:]
    for m in mentions { index[m.range.lowerBound, default: []].append(m) }
    for k in index.keys { index[k]!.sort { $0.range.upperBound > $1.range.upperBound } }
    self.mentionsByStart = index
  }

  /// The same text and mentions restricted to other bounds.
  public func with(bounds: Range<Int>) -> MatchInput {
    var copy = MatchInput(chars: chars, bounds: bounds, index: mentionsByStart)
    copy.limitLog = limitLog
    return copy
  }
  private init(chars: [Unicode.Scalar], bounds: Range<Int>, index: [Int: [MentionSpan]]) {
    self.chars = chars; self.bounds = bounds; self.mentionsByStart = index
  }
}

/// One match of a pattern: its range, its named captures and the mentions its `{…}` references consumed.
public struct PatternMatch: Hashable, Sendable {
  public let range: Range<Int>
  public let captures: [String: Range<Int>]
  public let mentions: [MentionSpan]
}

/// A parsed pattern ready to run, with the literals that any match must contain (its anchors).
public struct CompiledPattern: Sendable {
  public let node: PatternNode
  public let source: String
  /// Literals of which one must occur in any match; `nil` when none could be derived.
  public let anchors: [[Unicode.Scalar]]?
  /// The most backtracking steps one match attempt may take before it is abandoned.
  public static let stepLimit = 200_000

  /// The characters a match can start with (nil: any), so that most start positions are skipped at once.
  let firstFilter: FirstCharFilter?

  public init(node: PatternNode, source: String) {
    self.node = node
    self.source = source
    self.anchors = node.requiredLiterals
    let (filter, nullable) = FirstCharFilter.of(node)
    self.firstFilter = nullable ? nil : filter
  }

  @inline(__always) func canStart(at p: Int, in input: MatchInput) -> Bool {
    guard let f = firstFilter else { return true }
    return f.accepts(input.chars[p]) || (f.mentionStart && input.mentionsByStart[p] != nil)
  }

  /// Whether the pattern can match the empty text.
  public var isNullable: Bool { node.isNullable }

  /// A match that starts exactly at `start`, or nil. `exceeded` is set when the step limit cut the search short.
  public func match(at start: Int, in input: MatchInput, exceeded: UnsafeMutablePointer<Bool>? = nil) -> PatternMatch? {
    let engine = MatchEngine(input: input)
    var end = -1
    let ok = engine.run(node, start) { q in end = q; return true }
    if engine.steps > Self.stepLimit {
      exceeded?.pointee = true
      input.limitLog?.record(source)
    }
    guard ok, end >= 0 else { return nil }
    return PatternMatch(range: start..<end, captures: engine.finalCaptures, mentions: engine.finalMentions)
  }

  /// Whether any anchor occurs in the input's bounds (always true when the pattern has no anchors).
  public func anchorsOccur(in input: MatchInput) -> Bool {
    guard let anchors else { return true }
    for a in anchors where occurs(a, in: input) { return true }
    return false
  }

  private func occurs(_ lit: [Unicode.Scalar], in input: MatchInput) -> Bool {
    guard let first = lit.first, input.bounds.count >= lit.count else { return false }
    var i = input.bounds.lowerBound
    let last = input.bounds.upperBound - lit.count
    while i <= last {
      if input.chars[i] == first {
        var j = 1
        while j < lit.count, input.chars[i + j] == lit[j] { j += 1 }
        if j == lit.count { return true }
      }
      i += 1
    }
    return false
  }

  /// All non-overlapping matches in the input's bounds, scanning left to right (leftmost first).
  public func allMatches(in input: MatchInput) -> [PatternMatch] {
    guard anchorsOccur(in: input) else { return [] }
    var out: [PatternMatch] = []
    var p = input.bounds.lowerBound
    while p < input.bounds.upperBound {
      if canStart(at: p, in: input), let m = match(at: p, in: input), !m.range.isEmpty {
        out.append(m)
        p = m.range.upperBound
      } else {
        p += 1
      }
    }
    return out
  }

  /// Every match starting at every position (overlapping), for rules whose results an overlap policy resolves.
  public func matchesAtEveryStart(in input: MatchInput) -> [PatternMatch] {
    guard anchorsOccur(in: input) else { return [] }
    var out: [PatternMatch] = []
    for p in input.bounds where canStart(at: p, in: input) {
      if let m = match(at: p, in: input), !m.range.isEmpty { out.append(m) }
    }
    return out
  }
}

/// A backtracking matcher with continuations; captures and consumed mentions are undone on backtrack.
final class MatchEngine {
  let input: MatchInput
  var steps = 0
  /// Recursion depth: matching recurses once per element matched, so a very long match is cut off here
  /// (and counted as exceeding the step limit) instead of exhausting the stack.
  var depth = 0
  static let depthLimit = 20_000
  var captures: [String: Range<Int>] = [:]
  var mentions: [MentionSpan] = []
  var finalCaptures: [String: Range<Int>] = [:]
  var finalMentions: [MentionSpan] = []

  init(input: MatchInput) { self.input = input }

  func run(_ node: PatternNode, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    m(node, p) { q in
      if k(q) { self.finalCaptures = self.captures; self.finalMentions = self.mentions; return true }
      return false
    }
  }

  func m(_ node: PatternNode, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    steps += 1
    if steps > CompiledPattern.stepLimit { return false }
    depth += 1
    defer { depth -= 1 }
    if depth > Self.depthLimit {
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
        let ok = classes.contains(span.entityClass) || (classes.contains("Entity") && span.entityClass != "Date")
        guard ok else { continue }
        mentions.append(span)
        if k(span.range.upperBound) { return true }
        mentions.removeLast()
      }
      return false
    case .sequence(let items):
      return seq(items, 0, p, k)
    case .alternation(let branches):
      for b in branches where m(b, p, k) { return true }
      return false
    case .repetition(let inner, let minR, let maxR, let lazy):
      return rep(inner, minR, maxR, lazy, 0, p, k)
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
    case .lookbehind(let inner, let negative):
      let saved = (captures, mentions)
      var found = false
      // Only the start positions the inner pattern's length allows (one for `(?<! [kanji])`), at most 40 back.
      let lengths = inner.lengthRange
      var s = p - lengths.min
      let lo = max(input.bounds.lowerBound, p - min(lengths.max ?? 40, 40))
      while s >= lo && !found {
        found = m(inner, s) { q in q == p }
        s -= 1
      }
      if !found || negative { (captures, mentions) = saved }
      return found != negative ? k(p) : false
    case .segmentStart:
      return p == input.bounds.lowerBound ? k(p) : false
    case .segmentEnd:
      return p == hi ? k(p) : false
    }
  }

  func seq(_ items: [PatternNode], _ i: Int, _ p: Int, _ k: (Int) -> Bool) -> Bool {
    if i == items.count { return k(p) }
    return m(items[i], p) { q in self.seq(items, i + 1, q, k) }
  }

  func rep(_ inner: PatternNode, _ minR: Int, _ maxR: Int?, _ lazy: Bool, _ count: Int, _ p: Int, _ k: (Int) -> Bool) -> Bool {
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

/// The set of characters a pattern's match can begin with: literal first characters and character classes.
/// `nil` filter (from `of`) means any character can begin a match (an entity reference, a negated class…).
struct FirstCharFilter: Sendable {
  var scalars: Set<Unicode.Scalar> = []
  var classes: [CharClass] = []
  /// A match may also begin where a mention begins (an entity reference comes first).
  var mentionStart = false

  func accepts(_ s: Unicode.Scalar) -> Bool {
    scalars.contains(s) || classes.contains { $0.contains(s) }
  }

  /// The filter of a node (nil: anything) and whether the node can match the empty text.
  static func of(_ node: PatternNode) -> (FirstCharFilter?, Bool) {
    switch node {
    case .literal(let lit):
      guard let f = lit.first else { return (FirstCharFilter(), true) }
      return (FirstCharFilter(scalars: [f]), false)
    case .charClass(let c):
      return c.negated ? (nil, false) : (FirstCharFilter(classes: [c]), false)
    case .entity:
      return (FirstCharFilter(mentionStart: true), false)
    case .sequence(let items):
      var acc: FirstCharFilter? = FirstCharFilter()
      for item in items {
        let (f, nullable) = of(item)
        acc = union(acc, f)
        if !nullable { return (acc, false) }
      }
      return (acc, true)
    case .alternation(let branches):
      var acc: FirstCharFilter? = FirstCharFilter()
      var nullable = false
      for b in branches {
        let (f, n) = of(b)
        acc = union(acc, f)
        nullable = nullable || n
      }
      return (acc, nullable)
    case .repetition(let inner, let minR, _, _):
      let (f, n) = of(inner)
      return (f, n || minR == 0)
    case .capture(_, let inner):
      return of(inner)
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd:
      return (FirstCharFilter(), true)
    }
  }

  static func union(_ a: FirstCharFilter?, _ b: FirstCharFilter?) -> FirstCharFilter? {
    guard let a, let b else { return nil }
    return FirstCharFilter(
      scalars: a.scalars.union(b.scalars), classes: a.classes + b.classes, mentionStart: a.mentionStart || b.mentionStart)
  }
}

/// Patterns whose matching was cut off (step or depth limit) during one run, with how often: reported by
/// `check-rules` and the extraction summary, since a cut-off match may have lost an entity or a claim.
public final class PatternLimitLog: @unchecked Sendable {
  public init() {}
  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  func record(_ source: String) {
    lock.lock()
    counts[source, default: 0] += 1
    lock.unlock()
  }

  /// Pattern sources and how many match attempts were cut off, sorted by source.
  public var entries: [(source: String, count: Int)] {
    lock.lock()
    defer { lock.unlock() }
    return counts.keys.sorted().map { ($0, counts[$0]!) }
  }
}

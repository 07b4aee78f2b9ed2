/// What can be known of a node without running it: lengths, nullability, required literals, risky shapes.
extension PatternNode {
  /// The shortest and longest text the node can match (`nil`: unbounded), for look-behind.
  var lengthRange: (min: Int, max: Int?) {
    switch self {
    case .literal(let s): return (s.count, s.count)
    case .charClass: return (1, 1)
    case .entity: return (1, nil)
    case .sequence(let xs): return Self.sequenceLength(xs)
    case .alternation(let xs):
      let rs = xs.map(\.lengthRange)
      let lo = rs.map(\.min).min() ?? 0
      let hi: Int? = rs.contains { $0.max == nil } ? nil : rs.compactMap(\.max).max() ?? 0
      return (lo, hi)
    case .repetition(let n, let minR, let maxR, _):
      let r = n.lengthRange
      let lo = r.min.multipliedReportingOverflow(by: minR)
      let hi = maxR.flatMap { m in
        r.max.flatMap { x in
          let p = x.multipliedReportingOverflow(by: m)
          return p.overflow ? nil : p.partialValue
        }
      }
      return (lo.overflow ? Int.max / 2 : lo.partialValue, hi)
    case .capture(_, let n): return n.lengthRange
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd, .wordBoundary: return (0, 0)
    }
  }

  private static func sequenceLength(_ xs: [PatternNode]) -> (min: Int, max: Int?) {
    var lo = 0
    var hi: Int? = 0
    for x in xs {
      let r = x.lengthRange
      lo = min(Int.max / 2, lo + min(r.min, Int.max / 4))
      hi = hi.flatMap { h in r.max.map { min(Int.max / 2, h + min($0, Int.max / 4)) } }
    }
    return (lo, hi)
  }

  /// Whether the node can match without consuming a character.
  package var isNullable: Bool {
    switch self {
    case .literal(let s): return s.isEmpty
    case .charClass, .entity: return false
    case .sequence(let xs): return xs.allSatisfy(\.isNullable)
    case .alternation(let xs): return xs.contains(where: \.isNullable)
    case .repetition(let n, let min, _, _): return min == 0 || n.isNullable
    case .capture(_, let n): return n.isNullable
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd, .wordBoundary: return true
    }
  }

  /// Literal strings of which at least one must occur in any match (used to find candidate segments quickly).
  /// `nil` when no such set can be derived.
  var requiredLiterals: [[Unicode.Scalar]]? {
    switch self {
    case .literal(let s): return s.isEmpty ? nil : [s]
    case .sequence(let xs):
      // The longest required literal set among the parts (prefer the one whose shortest member is longest).
      let sets = xs.compactMap(\.requiredLiterals)
      return sets.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) }
    case .alternation(let xs):
      var out: [[Unicode.Scalar]] = []
      for x in xs {
        guard let r = x.requiredLiterals else { return nil }
        out += r
      }
      return out
    case .repetition(let n, let min, _, _): return min > 0 ? n.requiredLiterals : nil
    case .capture(_, let n): return n.requiredLiterals
    default: return nil
    }
  }

  /// Unbounded repetitions nested inside unbounded repetitions of a node that can match the same text in
  /// several ways: the shapes whose backtracking time can explode, e.g. `([kanji]+)*`.
  package var hasNestedUnboundedRepetition: Bool {
    func walk(_ n: PatternNode, insideUnbounded: Bool) -> Bool {
      switch n {
      case .repetition(let inner, _, let max, _):
        let unbounded = max == nil || (max ?? 0) > 8
        if unbounded && insideUnbounded && n.canMatchMoreThanOneLength { return true }
        return walk(inner, insideUnbounded: insideUnbounded || unbounded)
      case .sequence(let xs), .alternation(let xs): return xs.contains { walk($0, insideUnbounded: insideUnbounded) }
      case .capture(_, let x), .lookahead(let x, _), .lookbehind(let x, _):
        return walk(x, insideUnbounded: insideUnbounded)
      default: return false
      }
    }
    return walk(self, insideUnbounded: false)
  }

  var canMatchMoreThanOneLength: Bool {
    switch self {
    case .literal, .charClass, .segmentStart, .segmentEnd, .wordBoundary, .lookahead, .lookbehind: return false
    case .entity: return true
    case .repetition(_, let min, let max, _): return max != min
    case .sequence(let xs): return xs.contains(where: \.canMatchMoreThanOneLength)
    case .alternation: return true
    case .capture(_, let x): return x.canMatchMoreThanOneLength
    }
  }

}

import ClaimGraphText

/// A character category usable in `[...]` classes: `[kanji katakana ・]`.
public enum CharCategory: String, Sendable, CaseIterable {
  case kanji, katakana, hiragana, kana, latin, upper, lower, digit, alnum, punct, space, any

  public func contains(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    switch self {
    case .kanji:
      return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
        || v == 0x3005 || v == 0x3006 || v == 0x30F6 || (0x20000...0x2FA1F).contains(v)
    case .katakana: return (0x30A1...0x30FA).contains(v) || v == 0x30FC || (0x31F0...0x31FF).contains(v)
    case .hiragana: return (0x3041...0x309F).contains(v)
    case .kana: return CharCategory.katakana.contains(s) || CharCategory.hiragana.contains(s)
    case .latin:
      return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    case .upper: return (0x41...0x5A).contains(v)
    case .lower: return (0x61...0x7A).contains(v)
    case .digit: return (0x30...0x39).contains(v)
    case .alnum: return CharCategory.latin.contains(s) || CharCategory.digit.contains(s)
    case .punct:
      if (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v) {
        return true
      }
      return (0x3000...0x3004).contains(v) || (0x3008...0x3011).contains(v) || (0x3014...0x301F).contains(v)
        || v == 0x30FB || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    case .space: return s.properties.isWhitespace
    case .any: return v != 0x0A
    }
  }
}

/// A set of characters: categories plus literal scalars, possibly negated.
public struct CharClass: Sendable, Hashable {
  public var categories: [CharCategory] = []
  public var scalars: Set<Unicode.Scalar> = []
  public var negated = false

  public func contains(_ s: Unicode.Scalar) -> Bool {
    let hit = scalars.contains(s) || categories.contains { $0.contains(s) }
    return hit != negated
  }
  public static func == (a: CharClass, b: CharClass) -> Bool {
    a.categories == b.categories && a.scalars == b.scalars && a.negated == b.negated
  }
  public func hash(into h: inout Hasher) { h.combine(categories); h.combine(scalars); h.combine(negated) }
}

/// The syntax tree of a compiled pattern. `@name` references are inlined at compile time.
public indirect enum PatternNode: Sendable {
  case literal([Unicode.Scalar])
  case charClass(CharClass)
  /// A mention of one of these entity classes (or `Entity` for any class, `Date` for a date) starting here.
  case entity(Set<String>)
  case sequence([PatternNode])
  case alternation([PatternNode])
  case repetition(PatternNode, min: Int, max: Int?, lazy: Bool)
  case capture(String, PatternNode)
  case lookahead(PatternNode, negative: Bool)
  case lookbehind(PatternNode, negative: Bool)
  case segmentStart
  case segmentEnd

  /// The shortest and longest text the node can match (`nil`: unbounded), for look-behind.
  var lengthRange: (min: Int, max: Int?) {
    switch self {
    case .literal(let s): return (s.count, s.count)
    case .charClass: return (1, 1)
    case .entity: return (1, nil)
    case .sequence(let xs):
      var lo = 0
      var hi: Int? = 0
      for x in xs {
        let r = x.lengthRange
        lo = min(Int.max / 2, lo + min(r.min, Int.max / 4))
        hi = hi.flatMap { h in r.max.map { min(Int.max / 2, h + min($0, Int.max / 4)) } }
      }
      return (lo, hi)
    case .alternation(let xs):
      let rs = xs.map(\.lengthRange)
      let lo = rs.map(\.min).min() ?? 0
      let hi: Int? = rs.contains { $0.max == nil } ? nil : rs.compactMap(\.max).max() ?? 0
      return (lo, hi)
    case .repetition(let n, let minR, let maxR, _):
      let r = n.lengthRange
      let lo = r.min.multipliedReportingOverflow(by: minR)
      let hi = maxR.flatMap { m in r.max.flatMap { x in
        let p = x.multipliedReportingOverflow(by: m)
        return p.overflow ? nil : p.partialValue
      } }
      return (lo.overflow ? Int.max / 2 : lo.partialValue, hi)
    case .capture(_, let n): return n.lengthRange
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd: return (0, 0)
    }
  }

  /// Whether the node can match without consuming a character.
  var isNullable: Bool {
    switch self {
    case .literal(let s): return s.isEmpty
    case .charClass, .entity: return false
    case .sequence(let xs): return xs.allSatisfy(\.isNullable)
    case .alternation(let xs): return xs.contains(where: \.isNullable)
    case .repetition(let n, let min, _, _): return min == 0 || n.isNullable
    case .capture(_, let n): return n.isNullable
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd: return true
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
  var hasNestedUnboundedRepetition: Bool {
    func walk(_ n: PatternNode, insideUnbounded: Bool) -> Bool {
      switch n {
      case .repetition(let inner, _, let max, _):
        let unbounded = max == nil || (max ?? 0) > 8
        if unbounded && insideUnbounded && n.canMatchMoreThanOneLength { return true }
        return walk(inner, insideUnbounded: insideUnbounded || unbounded)
      case .sequence(let xs), .alternation(let xs): return xs.contains { walk($0, insideUnbounded: insideUnbounded) }
      case .capture(_, let x), .lookahead(let x, _), .lookbehind(let x, _): return walk(x, insideUnbounded: insideUnbounded)
      default: return false
      }
    }
    return walk(self, insideUnbounded: false)
  }

  var canMatchMoreThanOneLength: Bool {
    switch self {
    case .literal, .charClass, .segmentStart, .segmentEnd, .lookahead, .lookbehind: return false
    case .entity: return true
    case .repetition(_, let min, let max, _): return max != min
    case .sequence(let xs): return xs.contains(where: \.canMatchMoreThanOneLength)
    case .alternation: return true
    case .capture(_, let x): return x.canMatchMoreThanOneLength
    }
  }
}

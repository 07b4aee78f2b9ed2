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
    case .lookahead, .lookbehind, .segmentStart, .segmentEnd, .wordBoundary:
      return (FirstCharFilter(), true)
    }
  }

  static func union(_ a: FirstCharFilter?, _ b: FirstCharFilter?) -> FirstCharFilter? {
    guard let a, let b else { return nil }
    return FirstCharFilter(
      scalars: a.scalars.union(b.scalars), classes: a.classes + b.classes,
      mentionStart: a.mentionStart || b.mentionStart)
  }
}

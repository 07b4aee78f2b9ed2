/// The syntax tree of a compiled pattern. `@name` references are inlined at compile time.
public indirect enum PatternNode: Sendable, Hashable {
  /// Characters that must occur here, in this order.
  case literal([Unicode.Scalar])
  /// One character of a set.
  case charClass(CharClass)
  /// A mention of one of these entity classes (or `Entity` for any class, `Date` for a date) starting here.
  case entity(Set<String>)
  /// Nodes matched one after another.
  case sequence([PatternNode])
  /// Branches tried in order: the first that lets the rest of the pattern match wins.
  case alternation([PatternNode])
  /// The node repeated `min` to `max` times (`nil`: unbounded), as often (or, lazy, as rarely) as possible.
  case repetition(PatternNode, min: Int, max: Int?, lazy: Bool)
  /// The text the node matches, recorded under a name.
  case capture(String, PatternNode)
  /// Whether the node matches (or, negative, does not) from here, without consuming text.
  case lookahead(PatternNode, negative: Bool)
  /// Whether the node matches (or, negative, does not) text ending here, without consuming text.
  case lookbehind(PatternNode, negative: Bool)
  /// The start of the segment (`^`).
  case segmentStart
  /// The end of the segment (`$`).
  case segmentEnd
  /// A position with a word character (`alnum`) on one side only; the segment's bounds count as non-word (`\b`).
  case wordBoundary
}

extension PatternNode {
  /// The `{…}` name that accepts a mention of any class but `Date`.
  public static let anyEntityClass = "Entity"
  /// The `{…}` name of date mentions.
  public static let dateClass = "Date"

  /// Whether a `{…}` reference naming these classes accepts a mention of this class.
  static func accepts(_ classes: Set<String>, mentionOf entityClass: String) -> Bool {
    classes.contains(entityClass) || (classes.contains(anyEntityClass) && entityClass != dateClass)
  }
}

/// One match of a pattern: its range, its named captures and the mentions its `{…}` references consumed.
public struct PatternMatch: Hashable, Sendable {
  /// The characters matched.
  public let range: Range<Int>
  /// The characters each named capture matched (its last iteration inside a repetition).
  public let captures: [String: Range<Int>]
  /// The mentions consumed by `{…}` references, in order.
  public let mentions: [MentionSpan]
}

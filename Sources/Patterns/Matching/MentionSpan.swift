/// An entity mention that `{Class}` references in a pattern can consume.
public struct MentionSpan: Hashable, Sendable {
  /// The characters of the mention.
  public let range: Range<Int>
  /// The mention's entity class (`Date` for a date).
  public let entityClass: String
  /// An opaque index the caller uses to find the mention again (e.g. its position in a list).
  public let tag: Int

  /// A mention of this class over these characters.
  public init(range: Range<Int>, entityClass: String, tag: Int) {
    self.range = range
    self.entityClass = entityClass
    self.tag = tag
  }
}

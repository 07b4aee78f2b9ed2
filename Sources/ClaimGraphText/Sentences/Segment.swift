/// A stretch of body text that claims and mentions are anchored to: a sentence, a heading or a list item.
public struct Segment: Hashable, Sendable {
  /// The kinds of segment.
  public enum Kind: String, Sendable { case sentence, heading, listItem }
  /// Scalar offsets into the body, end exclusive, with surrounding whitespace excluded.
  public let range: Range<Int>
  /// What kind of segment this is.
  public let kind: Kind
  /// A segment of `kind` at `range`.
  public init(range: Range<Int>, kind: Kind) { self.range = range; self.kind = kind }
}

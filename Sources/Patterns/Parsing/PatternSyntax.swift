/// The choices a caller makes about how pattern text is read: which entity classes `{…}` may name, whether
/// letters ignore case, and whether spaces inside plain text are kept (English).
public struct PatternSyntax: Sendable {
  /// The entity classes `{…}` may name, besides `Entity` (any class) and `Date`.
  public var entityClasses: Set<String>
  /// ASCII letters are lower-cased, so the pattern matches text the caller lower-cased.
  public var caseInsensitive: Bool
  /// Spaces between two runs of plain text match one space (`call on` matches "call on"); otherwise every
  /// space only separates elements, as in Japanese patterns.
  public var wordSpaces: Bool

  /// A syntax allowing these entity classes in `{…}`.
  public init(entityClasses: Set<String>, caseInsensitive: Bool = false, wordSpaces: Bool = false) {
    self.entityClasses = entityClasses
    self.caseInsensitive = caseInsensitive
    self.wordSpaces = wordSpaces
  }

  /// Every name a `{…}` reference may use.
  var mentionClassNames: Set<String> {
    entityClasses.union([PatternNode.anyEntityClass, PatternNode.dateClass])
  }
}

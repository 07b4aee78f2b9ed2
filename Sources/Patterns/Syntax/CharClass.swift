/// A set of characters: categories plus literal scalars, possibly negated.
public struct CharClass: Sendable, Hashable {
  /// The categories whose characters belong to the set.
  public var categories: [CharCategory] = []
  /// Single characters that belong to the set.
  public var scalars: Set<Unicode.Scalar> = []
  /// Whether the set is the complement (`[^ …]`).
  public var negated = false

  /// A set of these categories and characters.
  public init(categories: [CharCategory] = [], scalars: Set<Unicode.Scalar> = [], negated: Bool = false) {
    self.categories = categories
    self.scalars = scalars
    self.negated = negated
  }

  /// Whether the scalar belongs to the set.
  public func contains(_ s: Unicode.Scalar) -> Bool {
    let hit = scalars.contains(s) || categories.contains { $0.contains(s) }
    return hit != negated
  }
}

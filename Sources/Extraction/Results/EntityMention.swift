import RuleLanguage

/// A span of the body that names an entity.
public struct EntityMention: Sendable, Equatable {
  /// The span, in Unicode scalars of the body.
  public let range: Range<Int>
  /// The entity named.
  public let entityKey: EntityKey
  /// The rule (or gazetteer entry) that found the mention.
  public let ruleID: RuleID
  /// The index of the sentence the mention is in.
  public let segment: Int
}

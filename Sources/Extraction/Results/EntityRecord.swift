import ClaimGraphText
import RuleLanguage

/// An entity as one document knows it: identity key, class, labels, links and provenance.
public struct EntityRecord: Sendable, Equatable {
  /// The IRI local part (ASCII): a gazetteer id, or `class/…` made from the normalized name (and date for events).
  public let key: EntityKey
  /// The entity's class.
  public let entityClass: EntityClass
  /// Preferred labels by language.
  public var labels: [String: String]
  /// Every other surface form seen, by language.
  public var altLabels: [String: Set<String>]
  /// The Wikidata id (Q123), for gazetteer entities that have one.
  public var wikidata: String?
  /// The organization or state the entity acts for.
  public var affiliation: EntityKey?
  /// The entity this one is part of.
  public var partOf: EntityKey?
  /// Events: the date, where the text gives it.
  public var date: SimpleDate?
  /// Events: the place, where the text gives it.
  public var place: EntityKey?
  /// Events: the actors and persons taking part, where the text gives them.
  public var participants: Set<EntityKey>
  /// Rules that produced this entity's mentions (`file#id`).
  public var rules: Set<RuleID>
}

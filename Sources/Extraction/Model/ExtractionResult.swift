import ClaimGraphText
import RuleLanguage

/// An entity as one document knows it: identity key, class, labels, links and provenance.
public struct EntityRecord: Sendable, Equatable {
  /// The IRI local part (ASCII): a gazetteer id, or `class/…` made from the normalized name (and date for events).
  public let key: EntityKey
  public let entityClass: EntityClass
  /// Preferred labels by language.
  public var labels: [String: String]
  /// Every other surface form seen, by language.
  public var altLabels: [String: Set<String>]
  public var wikidata: String?
  public var affiliation: EntityKey?
  public var partOf: EntityKey?
  /// Events: date, place and participants where the text gives them.
  public var date: SimpleDate?
  public var place: EntityKey?
  public var participants: Set<EntityKey>
  /// Rules that produced this entity's mentions (`file#id`).
  public var rules: Set<RuleID>
}

/// A span of the body that names an entity.
public struct EntityMention: Sendable, Equatable {
  public let range: Range<Int>
  public let entityKey: EntityKey
  public let ruleID: RuleID
  public let segment: Int
}

/// A claim: who does what (predicate) to what (object), with the evidence and the rule behind it.
public struct ExtractedClaim: Sendable, Equatable {
  public let predicate: String
  public let agents: [EntityKey]
  /// Whether the agents were not written in the sentence but defaulted to the document's parties.
  public let agentInferred: Bool
  public let objects: [EntityKey]
  public let addressees: [EntityKey]
  public let objectText: String
  public let objectRange: Range<Int>?
  public let evidence: Range<Int>
  public let segment: Int
  public let ruleID: RuleID
  public let negated: Bool
  public let modality: String?
}

/// Everything extracted from one document.
public struct DocumentExtraction: Sendable {
  public let document: SourceDocument
  public let documentDate: SimpleDate?
  public let segments: [Segment]
  public let mentions: [EntityMention]
  public let dates: [DateMention]
  /// Entities by key, for this document.
  public let entities: [EntityKey: EntityRecord]
  public let parties: [EntityKey]
  public let claims: [ExtractedClaim]
}

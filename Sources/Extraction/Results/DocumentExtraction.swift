import ClaimGraphText
import RuleLanguage

/// Everything extracted from one document.
public struct DocumentExtraction: Sendable {
  /// The document as read.
  public let document: SourceDocument
  /// The document's date, from its header.
  public let documentDate: SimpleDate?
  /// The sentences (and headings) of the body.
  public let segments: [Segment]
  /// The entity mentions, in text order.
  public let mentions: [EntityMention]
  /// The dates written in the body.
  public let dates: [DateMention]
  /// Entities by key, for this document.
  public let entities: [EntityKey: EntityRecord]
  /// The document's authors: states and organizations.
  public let parties: [EntityKey]
  /// The claims, in text order.
  public let claims: [ExtractedClaim]
  /// What the extraction could not settle, one line each (no parties found; a topic read as the parties).
  public var warnings: [String] = []
}

import RuleLanguage

/// A claim: who does what (predicate) to what (object), with the evidence and the rule behind it.
public struct ExtractedClaim: Sendable, Equatable {
  /// The local name of the cg: predicate (`condemns`).
  public let predicate: String
  /// Who makes the claim.
  public let agents: [EntityKey]
  /// Whether the agents were not written in the sentence but defaulted to the document's parties.
  public let agentInferred: Bool
  /// The entities named in the object phrase, and the addressees.
  public let objects: [EntityKey]
  /// Whom the claim is addressed to (「Xに対し…求める」, "urge X to").
  public let addressees: [EntityKey]
  /// The object phrase as written.
  public let objectText: String
  /// The object phrase's span (nil when it is empty).
  public let objectRange: Range<Int>?
  /// The span of the object phrase and the trigger together.
  public let evidence: Range<Int>
  /// The index of the sentence the claim is in.
  public let segment: Int
  /// The claim rule that found the trigger.
  public let ruleID: RuleID
  /// Whether the verb is negated (…を支持しない).
  public let negated: Bool
  /// The modality (`strong`, …), if the text gives one.
  public let modality: String?
}

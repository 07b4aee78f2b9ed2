import RuleLanguage

/// The addressee of a claim whose rule takes one: "urge X to" in the match, or 「Xに対し」 between the speaker
/// and the object.
enum Addressee {
  static func keys(
    of t: Trigger, after agentEnd: Int, before objectStart: Int, in s: SegmentClaims, parts: SentenceParts
  ) -> [EntityKey] {
    guard t.rule.takesAddressee else { return [] }
    if let cap = t.match.captures["addressee"] { return s.doc.entityKeys(in: cap) }
    guard
      let ad = parts.addressees.last(where: { $0.range.lowerBound >= agentEnd && $0.range.upperBound <= objectStart })
    else { return [] }
    return s.doc.entityKeys(in: ad.captures["addressee"] ?? (agentEnd..<ad.range.lowerBound))
  }
}

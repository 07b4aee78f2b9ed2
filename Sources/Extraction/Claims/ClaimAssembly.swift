import Patterns
import RuleLanguage

/// A claim from its trigger, object phrase and speaker: the agents (the speaker's actors, else the document's
/// parties), the addressee, the objects, the modality and the evidence.
struct ClaimAssembly {
  let segment: SegmentClaims
  let parts: SentenceParts

  /// - Parameter carried: the speaker of an earlier sentence still in force, for a sentence without its own.
  func claim(
    _ t: Trigger, object objRange: Range<Int>, speaker: PatternMatch?, carried: PatternMatch? = nil
  ) -> ExtractedClaim? {
    let doc = segment.doc
    var agentKeys: [EntityKey] = []
    var inferred = true
    var agentEnd = segment.range.lowerBound
    if let a = speaker {
      agentKeys = PartyMembers.collapsed(doc.actorKeys(in: a.captures["agent"] ?? a.range), rules: doc.ctx.rules)
      if agentKeys.isEmpty { agentKeys = doc.parties }
      inferred = false
      agentEnd = a.range.upperBound
    }
    if speaker == nil, let c = carried { agentKeys = doc.actorKeys(in: c.captures["agent"] ?? c.range) }
    if agentKeys.isEmpty {
      agentKeys = doc.parties
      inferred = true
    }
    guard !agentKeys.isEmpty else { return nil }
    let addresseeKeys = Addressee.keys(of: t, after: agentEnd, before: objRange.lowerBound, in: segment, parts: parts)
    var objects = doc.entityKeys(in: objRange)
    for k in addresseeKeys { objects.appendOnce(k) }
    let modality = t.rule.modality ?? Modality.of(t, object: objRange, in: segment)
    let evidence = min(objRange.lowerBound, t.start)..<max(t.end, objRange.upperBound)
    return ExtractedClaim(
      predicate: t.rule.predicate, agents: agentKeys, agentInferred: inferred, objects: objects,
      addressees: addresseeKeys, objectText: doc.ctx.text.slice(objRange),
      objectRange: objRange.isEmpty ? nil : objRange, evidence: evidence, segment: segment.index,
      ruleID: t.rule.ruleID, negated: t.negated, modality: modality)
  }
}

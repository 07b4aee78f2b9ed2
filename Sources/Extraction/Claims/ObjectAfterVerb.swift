import RuleLanguage

/// The English algorithm: the verb follows its subject (with adverbs) or a coordination, and the object phrase
/// follows the verb up to the grammar's object end.
struct ObjectAfterVerb {
  let segment: SegmentClaims
  let parts: SentenceParts

  func claims(_ mains: [Trigger]) -> [ExtractedClaim] {
    mains.compactMap { t in
      guard followsSubject(t) else { return nil }
      let objRange = ObjectBoundary.objectAfter(t, in: segment)
      // The nearest speaker topic before the verb.
      let speaker = parts.agents.last { $0.range.lowerBound < t.start }
      return ClaimAssembly(segment: segment, parts: parts).claim(t, object: objRange, speaker: speaker)
    }
  }

  /// Whether the verb follows its subject (with adverbs) or a coordination (", and ... urge").
  func followsSubject(_ t: Trigger) -> Bool {
    let s = t.start
    if parts.agents.contains(where: { $0.range.upperBound == s }) { return true }
    guard let b = segment.grammar.objectBoundary else { return false }
    for p in max(segment.range.lowerBound, s - segment.lexicon.windows.boundaryBeforeVerb)..<s {
      if let m = b.match(at: p, in: segment.input), m.range.upperBound == s { return true }
    }
    return false
  }
}

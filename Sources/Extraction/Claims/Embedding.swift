import RuleLanguage

/// Japanese: coordinated verbs inside a later demand or nominalized clause are not the speaker's claims.
enum Embedding {
  static func mark(_ kept: inout [Trigger], in s: SegmentClaims, parts: SentenceParts) {
    var nextMainEnd = ObjectBoundary.trimmedEnd(of: s)
    for i in kept.indices.reversed() {
      guard kept[i].main else { continue }
      if !kept[i].final,
        isEmbedded(kept[i], before: nextMainEnd, previous: kept[..<i].filter(\.main), in: s, parts: parts)
      {
        kept[i].main = false
        continue
      }
      nextMainEnd = kept[i].match.range.upperBound
    }
  }

  /// Whether a verb followed by a marker (こと, よう) before the next claim is inside that claim's object: when
  /// its own clause has a subject of its own, or an addressee it does not take itself.
  static func isEmbedded(
    _ t: Trigger, before nextMainEnd: Int, previous: [Trigger], in s: SegmentClaims, parts: SentenceParts
  ) -> Bool {
    let grammar = s.grammar
    // The tail runs to the end of the next claim's match, so that its よう/ことを is inside.
    let tail = s.input.with(bounds: t.end..<max(t.end, nextMainEnd))
    let addresseeInTail = !s.matches(grammar.addressee, tail).isEmpty
    let marker = !s.matches(grammar.embeddingMarker, tail).isEmpty
    guard !addresseeInTail && marker else { return false }
    let objStart = ObjectBoundary.objectStart(for: t, in: s, parts: parts, previous: previous)
    let objectInput = s.input.with(bounds: objStart..<t.start)
    let ownSubject = !s.matches(grammar.subordinateSubject, objectInput).isEmpty
    let agentEnd = parts.agents.last(where: { $0.range.upperBound <= t.start })?.range.upperBound ?? s.range.lowerBound
    let addresseeBefore = parts.addressees.contains {
      $0.range.lowerBound >= agentEnd && $0.range.upperBound <= t.start
    }
    // A demand verb after its addressee is the demand itself, not inside one (…に対し、…よう求め、…).
    return ownSubject || (addresseeBefore && !t.rule.takesAddressee)
  }
}

import RuleLanguage

/// The modality of a claim (`strong`, …): a grammar pattern in the match or just before it; in English also
/// after the object ("We condemn X in the strongest possible terms.").
enum Modality {
  static func of(_ t: Trigger, object: Range<Int>, in s: SegmentClaims) -> String? {
    let windows = s.lexicon.windows
    let lo = max(s.range.lowerBound, t.start - windows.modalityBeforeVerb)
    for (value, p) in s.grammar.modality {
      for q in lo..<t.end where p.match(at: q, in: s.input).map({ $0.range.upperBound <= t.end }) ?? false {
        return value
      }
    }
    if windows.modalityAfterObject > 0, object.upperBound <= s.range.upperBound {
      let tail = object.upperBound..<min(s.range.upperBound, object.upperBound + windows.modalityAfterObject)
      for (value, p) in s.grammar.modality {
        for q in tail where p.match(at: q, in: s.input) != nil { return value }
      }
    }
    return nil
  }
}

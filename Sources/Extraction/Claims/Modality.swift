import RuleLanguage

/// The modality of a claim (`strong`, …): a grammar pattern in the match or just before it; in English also
/// after the object ("We condemn X in the strongest possible terms.").
enum Modality {
  static func of(_ t: Trigger, object: Range<Int>, in s: SegmentClaims) -> String? {
    let english = s.doc.ctx.language == .en
    let lo = english ? max(s.range.lowerBound, t.start - 12) : t.start
    for (value, p) in s.grammar.modality {
      for q in lo..<t.end where p.match(at: q, in: s.input).map({ $0.range.upperBound <= t.end }) ?? false {
        return value
      }
    }
    if english, object.upperBound <= s.range.upperBound {
      let tail = object.upperBound..<min(s.range.upperBound, object.upperBound + 40)
      for (value, p) in s.grammar.modality {
        for q in tail where p.match(at: q, in: s.input) != nil { return value }
      }
    }
    return nil
  }
}

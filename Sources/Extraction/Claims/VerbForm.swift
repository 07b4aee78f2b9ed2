import RuleLanguage

/// The verb form of a trigger: negation (after the verb, or before it where the object follows the verb),
/// whether it ends the sentence, and whether what follows it continues the speaker's clause.
enum VerbForm {
  static func read(_ t: inout Trigger, in s: SegmentClaims) {
    let grammar = s.grammar
    var end = t.end
    if grammar.objectSide == .after {
      // English: the negation stands before the verb ("We do not recognize …").
      if let neg = grammar.negation,
        (max(s.range.lowerBound, t.start - s.lexicon.windows.negationBeforeVerb)..<t.start).contains(where: {
          neg.match(at: $0, in: s.input)?.range.upperBound == t.start
        })
      {
        t.negated = true
      }
    } else if let neg = grammar.negation, let m = neg.match(at: end, in: s.input) {
      t.negated = true
      end = m.range.upperBound
    }
    t.end = end
    t.final = end >= ObjectBoundary.trimmedEnd(of: s)
    // A verb that neither ends the sentence nor continues the speaker's clause modifies what follows it.
    if grammar.objectSide == .before, !t.final, grammar.mainContinuation?.match(at: end, in: s.input) == nil {
      t.main = false
    }
  }
}

import ClaimGraphText
import Patterns
import RuleLanguage

/// What the claim steps read about one document: its context, grammar, entities and parties.
struct ClaimDocument {
  let ctx: DocumentContext
  let grammar: ClaimGrammar
  let entities: EntityFindings
  let parties: [EntityKey]

  /// Entities named inside a range (dates excluded), in text order, each once.
  func entityKeys(in r: Range<Int>) -> [EntityKey] {
    var out: [EntityKey] = []
    for m in entities.mentions where r.contains(m.range.lowerBound) && m.range.upperBound <= r.upperBound {
      out.appendOnce(m.entityKey)
    }
    return out
  }

  /// The speakers named in an agent phrase: persons, states and organizations.
  func actorKeys(in r: Range<Int>) -> [EntityKey] {
    entityKeys(in: r).filter { entities.entities[$0]?.entityClass.acts ?? false }
  }
}

/// Finds the claims of one document: each claim rule's matches, checked against the language's grammar for
/// the speaker (agent), the object phrase, an addressee, modality, negation, and whether the verb is the
/// speaker's own act or sits inside another clause (a demand, a nominalized clause, a noun modifier).
enum ClaimFinder {
  static func claims(
    in ctx: DocumentContext, entities: EntityFindings, dates: [DateMention], parties: [EntityKey]
  ) -> [ExtractedClaim] {
    guard let grammar = ctx.rules.grammars[ctx.language] else { return [] }
    let doc = ClaimDocument(ctx: ctx, grammar: grammar, entities: entities, parties: parties)
    let rules = ctx.rules.claimRules.filter { $0.language == ctx.language }
    let spans = MentionSpans.of(entities.mentions, entities: entities.entities) + MentionSpans.of(dates)
    let chars = MentionSpans.patternText(ctx.text, language: ctx.language)
    var whole = MatchInput(chars: chars, bounds: 0..<chars.count, mentions: spans)
    whole.limitLog = ctx.limitLog
    // Headings too: a short line without a full stop may still be a sentence that makes a claim.
    return ctx.segments.enumerated().flatMap { si, seg in
      SegmentClaims(doc: doc, index: si, range: seg.range, input: whole.with(bounds: seg.range), rules: rules)
        .claims()
    }
  }
}

import ClaimGraphText
import Patterns
import RuleLanguage

/// What the claim steps read about one document: its context, grammar, entities and parties.
struct ClaimDocument {
  let ctx: DocumentContext
  let grammar: ClaimGrammar
  let entities: EntityFindings
  let parties: [EntityKey]
  /// Words the document defines for its speakers (「四大臣」).
  var speakerTerms: [String] = []

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
/// A sentence without a speaker of its own keeps the speaker of the previous sentence of its paragraph.
enum ClaimFinder {
  static func claims(
    in ctx: DocumentContext, entities: EntityFindings, dates: [DateMention], parties: PartyFinding
  ) -> (claims: [ExtractedClaim], warnings: [String]) {
    guard let grammar = ctx.rules.grammars[ctx.language] else { return ([], []) }
    var doc = ClaimDocument(ctx: ctx, grammar: grammar, entities: entities, parties: parties.parties)
    doc.speakerTerms = parties.speakerTerms
    let rules = ctx.rules.claimRules.filter { $0.language == ctx.language }
    let spans = MentionSpans.of(entities.mentions, entities: entities.entities) + MentionSpans.of(dates)
    let chars = MentionSpans.patternText(ctx.text, language: ctx.language)
    var whole = MatchInput(chars: chars, bounds: 0..<chars.count, mentions: spans)
    whole.limitLog = ctx.limitLog
    var out: [ExtractedClaim] = []
    var warnings: [String] = []
    var carried: PatternMatch?
    // Headings too: a short line without a full stop may still be a sentence that makes a claim.
    for (si, seg) in ctx.segments.enumerated() {
      let input = whole.with(bounds: seg.range)
      carried = SpeakerCarry.carried(carried, into: si, input: input, in: doc)
      var s = SegmentClaims(doc: doc, index: si, range: seg.range, input: input, rules: rules)
      s.carried = carried
      let result = s.claims()
      out += result.claims
      warnings += result.warnings
      if let last = result.lastSpeaker { carried = last }
      if seg.kind == .heading { carried = nil }
    }
    return (out, warnings)
  }
}

/// Whether the previous sentence's speaker is still in force: not after a heading or a paragraph break (unless
/// a connective keeps it, 「その上で、」), and not when a connective hands over (「これに対し、」).
enum SpeakerCarry {
  static func carried(_ speaker: PatternMatch?, into si: Int, input: MatchInput, in doc: ClaimDocument) -> PatternMatch?
  {
    guard let speaker, si > 0 else { return nil }
    let seg = doc.ctx.segments[si]
    if seg.kind == .heading { return nil }
    let start = seg.range.lowerBound
    if doc.grammar.speakerSwitched?.match(at: start, in: input) != nil { return nil }
    if doc.grammar.speakerKept?.match(at: start, in: input) != nil { return speaker }
    let gap = doc.ctx.segments[si - 1].range.upperBound..<start
    return doc.ctx.text.folded[gap].contains("\n") ? nil : speaker
  }
}

import ClaimGraphText
import Patterns
import RuleLanguage

/// The claims of one sentence: its triggers, the grammar's matches outside quotations, and the steps that
/// decide which triggers are the speaker's claims and what their parts are.
struct SegmentClaims {
  let doc: ClaimDocument
  let index: Int
  let range: Range<Int>
  let input: MatchInput
  let rules: [ClaimRule]

  var grammar: ClaimGrammar { doc.grammar }
  var text: BodyText { doc.ctx.text }
  var lexicon: TextLexicon { doc.ctx.lexicon }

  func matches(_ p: CompiledPattern?, _ input: MatchInput) -> [PatternMatch] { p?.allMatches(in: input) ?? [] }

  func claims() -> [ExtractedClaim] {
    let depth = BracketDepth(range, text: text, lexicon: lexicon)
    var triggers = ClaimCandidates.triggers(rules: rules, in: input, depth: depth)
    if triggers.isEmpty { return [] }
    let parts = SentenceParts(
      agents: depth.outside(matches(grammar.agentTopic, input)),
      addressees: depth.outside(matches(grammar.addressee, input)),
      boundaries: depth.outside(matches(grammar.objectBoundary, input)),
      otherTopics: depth.outside(matches(grammar.otherTopic, input)))
    for i in triggers.indices { VerbForm.read(&triggers[i], in: self) }
    if grammar.objectSide == .before {
      Embedding.mark(&triggers, in: self, parts: parts)
      return ObjectBeforeVerb(segment: self, parts: parts).claims(triggers.filter(\.main))
    }
    return ObjectAfterVerb(segment: self, parts: parts).claims(triggers.filter(\.main))
  }
}

/// The grammar's matches in a sentence, outside quotations and brackets.
struct SentenceParts {
  /// Speaker topics (`(?<agent> 我々 | {Country}) は`).
  let agents: [PatternMatch]
  let addressees: [PatternMatch]
  /// Texts after which an object phrase starts.
  let boundaries: [PatternMatch]
  /// Topics that are not speakers.
  let otherTopics: [PatternMatch]
}

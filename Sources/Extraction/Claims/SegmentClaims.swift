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
  /// The speaker still in force from an earlier sentence of the paragraph.
  var carried: PatternMatch?

  var grammar: ClaimGrammar { doc.grammar }
  var text: BodyText { doc.ctx.text }
  var lexicon: TextLexicon { doc.ctx.lexicon }

  func matches(_ p: CompiledPattern?, _ input: MatchInput) -> [PatternMatch] { p?.allMatches(in: input) ?? [] }

  /// The claims, the sentence's last speaker topic (which stays in force into the next sentences) and warnings.
  struct Result {
    var claims: [ExtractedClaim] = []
    var lastSpeaker: PatternMatch?
    var warnings: [String] = []
  }

  func claims() -> Result {
    let depth = BracketDepth(range, text: text, lexicon: lexicon)
    var triggers = ClaimCandidates.triggers(rules: rules, in: input, depth: depth)
    var result = Result()
    var parts = SentenceParts(
      agents: depth.outside(matches(grammar.agentTopic, input)), addressees: [], boundaries: [],
      otherTopics: depth.outside(matches(grammar.otherTopic, input)))
    result.warnings = SpeakerTopics.promote(&parts, in: self)
    result.lastSpeaker = parts.agents.last
    if triggers.isEmpty { return result }
    parts.addressees = depth.outside(matches(grammar.addressee, input))
    parts.boundaries = depth.outside(matches(grammar.objectBoundary, input))
    for i in triggers.indices { VerbForm.read(&triggers[i], in: self) }
    if grammar.objectSide == .before {
      Embedding.mark(&triggers, in: self, parts: parts)
      result.claims = ObjectBeforeVerb(segment: self, parts: parts).claims(triggers.filter(\.main))
    } else {
      result.claims = ObjectAfterVerb(segment: self, parts: parts).claims(triggers.filter(\.main))
    }
    return result
  }
}

/// The grammar's matches in a sentence, outside quotations and brackets.
struct SentenceParts {
  /// Speaker topics (`(?<agent> 我々 | {Country}) は`).
  var agents: [PatternMatch]
  var addressees: [PatternMatch]
  /// Texts after which an object phrase starts.
  var boundaries: [PatternMatch]
  /// Topics that are not speakers.
  var otherTopics: [PatternMatch]
}

/// Topics that the grammar's `other-topic` finds but that name the speakers: a word the document defines for
/// them (「四大臣は」), or a collective word (`collective-topic`), read as the parties with a warning.
enum SpeakerTopics {
  static func promote(_ parts: inout SentenceParts, in s: SegmentClaims) -> [String] {
    var warnings: [String] = []
    var kept: [PatternMatch] = []
    let speakers = parts.agents
    for m in parts.otherTopics {
      // The tail of a speaker topic (「…諸国の政府首脳は」) is that speaker, not a topic of its own.
      if speakers.contains(where: { $0.range.overlaps(m.range) }) {
        kept.append(m)
        continue
      }
      let topic = s.text.slice(m.range)
      if s.doc.speakerTerms.contains(where: { topic.hasPrefix($0) && topic.count - $0.count <= 2 }) {
        parts.agents.append(m)
      } else if let c = s.grammar.collectiveTopic, c.match(at: m.range.lowerBound, in: s.input)?.range == m.range {
        parts.agents.append(m)
        warnings.append("sentence \(s.index + 1): the topic '\(topic)' is read as the document's parties")
      } else {
        kept.append(m)
      }
    }
    parts.otherTopics = kept
    parts.agents.sort { $0.range.lowerBound < $1.range.lowerBound }
    return warnings
  }
}

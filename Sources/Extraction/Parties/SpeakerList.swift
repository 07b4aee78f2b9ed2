import ClaimGraphText
import Patterns
import RuleLanguage

/// The body's own account of its speakers: a first-sentence list (「我々、A、B及びCの首脳は」, "We, the leaders
/// of A, B and C,") or a definition (「A、B及びC（以下「閣僚」という。）は」), read with the parties grammar.
enum SpeakerList {
  static func find(in ctx: DocumentContext, body: EntityFindings) -> (parties: [EntityKey], terms: [String]) {
    guard let grammar = ctx.rules.parties[ctx.language] else { return ([], []) }
    let chars = MentionSpans.patternText(ctx.text, language: ctx.language)
    var whole = MatchInput(
      chars: chars, bounds: 0..<chars.count, mentions: MentionSpans.of(body.mentions, entities: body.entities))
    whole.limitLog = ctx.limitLog
    var parties: [EntityKey] = []
    var terms: [String] = []
    if let definition = grammar.definition {
      for seg in ctx.segments {
        for m in definition.allMatches(in: whole.with(bounds: seg.range)) {
          let before = seg.range.lowerBound..<m.range.lowerBound
          // Only named actors the gazetteer knows, or the states of the persons listed, define the speakers.
          let named = body.speakers(in: before).filter { ctx.rules.entry(id: $0) != nil }
          guard !named.isEmpty, let term = m.captures["term"] else { continue }
          terms.appendOnce(ctx.text.slice(term))
          if parties.isEmpty { parties = named }
        }
      }
    }
    if parties.isEmpty, let list = grammar.speakerList {
      for seg in ctx.segments.prefix(3) where parties.isEmpty {
        guard let m = list.match(at: seg.range.lowerBound, in: whole.with(bounds: seg.range)) else { continue }
        parties = body.speakers(in: m.captures["speakers"] ?? m.range)
      }
    }
    return (parties, terms)
  }
}

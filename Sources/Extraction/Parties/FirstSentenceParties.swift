import ClaimGraphText
import Patterns
import RuleLanguage

/// Without a title that names them, the parties are the speaker of the first sentence that names one (its
/// topic, not every state the sentence mentions).
enum FirstSentenceParties {
  static func parties(in ctx: DocumentContext, body: EntityFindings) -> [EntityKey] {
    guard let grammar = ctx.rules.grammars[ctx.language] else { return [] }
    let chars = MentionSpans.patternText(ctx.text, language: ctx.language)
    var whole = MatchInput(
      chars: chars, bounds: 0..<chars.count, mentions: MentionSpans.of(body.mentions, entities: body.entities))
    whole.limitLog = ctx.limitLog
    var out: [EntityKey] = []
    for seg in ctx.segments.prefix(3) where out.isEmpty {
      for a in grammar.agentTopic.allMatches(in: whole.with(bounds: seg.range)) {
        let cap = a.captures["agent"] ?? a.range
        for m in body.mentions where cap.contains(m.range.lowerBound) && m.range.upperBound <= cap.upperBound {
          guard let e = body.entities[m.entityKey] else { continue }
          if e.entityClass.has(.person), let aff = e.affiliation {
            out.appendOnce(aff)
          } else if e.entityClass.has(.actor) {
            out.appendOnce(e.key)
          }
        }
        if !out.isEmpty { break }
      }
    }
    return out
  }
}

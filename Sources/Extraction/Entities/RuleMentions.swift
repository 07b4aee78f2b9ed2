import ClaimGraphText
import RuleLanguage

/// The entity rules' mentions, phase by phase: each phase sees the mentions of the earlier ones through `{Class}`.
enum RuleMentions {
  static func add(to cands: inout EntityCandidates, in ctx: DocumentContext) {
    let rulesHere = ctx.rules.entityRules.filter { $0.language == ctx.language }
    for phase in Set(rulesHere.map(\.phase)).sorted() {
      let current = cands.accepted
      let whole = ctx.input(mentions: ctx.spans(current))
      var fresh: [Candidate] = []
      for seg in ctx.segments {
        let input = whole.with(bounds: seg.range)
        for rule in rulesHere where rule.phase == phase {
          for m in rule.pattern.allMatches(in: input) {
            if let c = RuleCandidate.make(from: m, rule: rule, mentions: current, in: ctx) { fresh.append(c) }
          }
        }
      }
      cands.accepted = ctx.resolve(current + fresh)
      cands.allHits += fresh
    }
  }
}

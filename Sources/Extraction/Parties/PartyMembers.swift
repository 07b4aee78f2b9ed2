import ClaimGraphText
import Patterns
import RuleLanguage

/// The grouping-or-members convention: a committee (`speaks-through-members`) is its members; where the body
/// names a grouping whose members are exactly the states among the parties (or the grouping is a party itself,
/// beside its members), the grouping alone is the party.
enum PartyMembers {
  static func reconcile(_ parties: [EntityKey], in ctx: DocumentContext, body: EntityFindings) -> [EntityKey] {
    var out: [EntityKey] = []
    for p in parties {
      if let e = ctx.rules.entry(id: p), !e.members.isEmpty, speaksThroughMembers(e, in: ctx) {
        for m in e.members { out.appendOnce(m) }
      } else {
        out.appendOnce(p)
      }
    }
    let states = Set(out.filter { ctx.rules.entry(id: $0)?.entityClass.has(.state) ?? false })
    guard !states.isEmpty else { return out }
    for m in body.mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard let g = ctx.rules.entry(id: m.entityKey), !g.members.isEmpty, !speaksThroughMembers(g, in: ctx) else {
        continue
      }
      let members = Set(g.members)
      if states == members || (out.contains(g.id) && states.isSubset(of: members)) { return [g.id] }
    }
    return out
  }

  /// A speaker phrase that names a grouping beside its member states (「A、B…及びCのG7外相並びにEU上級代表は」)
  /// is the grouping.
  static func collapsed(_ keys: [EntityKey], rules: RuleSet) -> [EntityKey] {
    let states = Set(keys.filter { rules.entry(id: $0)?.entityClass.has(.state) ?? false })
    for k in keys {
      guard let g = rules.entry(id: k), !g.members.isEmpty, !states.isEmpty, states.isSubset(of: Set(g.members)) else {
        continue
      }
      return [k]
    }
    return keys
  }

  /// Whether a name of the entry says it is a forum of its members (a committee).
  static func speaksThroughMembers(_ e: GazetteerEntry, in ctx: DocumentContext) -> Bool {
    guard let p = ctx.rules.parties[ctx.language]?.speaksThroughMembers else { return false }
    return e.labels.values.contains { label in
      let t = BodyText(nfc: UnicodeNormalization.nfc(label))
      let lowered = t.folded.map(MentionSpans.lowercasedASCII)
      let input = MatchInput(chars: lowered, bounds: 0..<t.count)
      return (0..<t.count).contains { p.match(at: $0, in: input)?.range.upperBound == t.count }
    }
  }
}

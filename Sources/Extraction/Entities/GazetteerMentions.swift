import ClaimGraphText
import RuleLanguage

/// The gazetteer's mentions of a text: full names, surnames before a role title, abbreviations in compounds.
enum GazetteerMentions {
  static func candidates(in ctx: DocumentContext) -> [Candidate] {
    let roleTitle = ctx.roleTitle
    let whole = ctx.input()
    let hits = ctx.indexes.gazetteer.hits(in: ctx.text.folded, date: ctx.date) { end in
      guard let roleTitle else { return false }
      return roleTitle.match(at: end, in: whole) != nil
    }
    // A name that is only the start of a role title is not a mention (内閣 in 内閣総理大臣).
    let titled = hits.filter { h in
      guard let roleTitle, let m = roleTitle.match(at: h.range.lowerBound, in: whole) else { return true }
      return m.range.upperBound <= h.range.upperBound
    }
    return titled.map { h in
      let e = ctx.rules.gazetteer[h.entry]
      var c = Candidate(
        range: h.range, entityClass: e.entityClass, entry: h.entry, name: ctx.original(h.range), ruleID: e.ruleID,
        priority: h.kind == .full ? 10 : 5)
      c.affiliation = e.affiliation
      if h.kind == .short, let rt = roleTitle, let m = rt.match(at: h.range.upperBound, in: whole) {
        c.roleTitle = ctx.original(m.range)
      } else if e.entityClass.has(.person) {
        c.roleTitle = e.roles.first?.title
      }
      return c
    }
  }
}

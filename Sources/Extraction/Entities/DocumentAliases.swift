import ClaimGraphText
import RuleLanguage

/// 名称（略称）: the abbreviation names the same entity everywhere else in the document.
enum DocumentAliases {
  static func add(to cands: inout EntityCandidates, in ctx: DocumentContext) {
    // One automaton for every distinct abbreviation the document defines (the first definition of each wins),
    // one pass over the text.
    var targetOf: [[Unicode.Scalar]: Int] = [:]
    var order: [[Unicode.Scalar]] = []
    for (i, c) in cands.accepted.enumerated() {
      guard let alias = c.alias, !alias.isEmpty else { continue }
      let needle = WidthFolding.fold(alias)
      if targetOf[needle] == nil {
        targetOf[needle] = i
        order.append(needle)
      }
    }
    guard !order.isEmpty else { return }
    let automaton = AhoCorasick(terms: order)
    let text = ctx.text.folded
    var extra: [Candidate] = []
    for (t, r) in automaton.occurrences(in: text) {
      let before = r.lowerBound > 0 ? text[r.lowerBound - 1] : " "
      let after = r.upperBound < text.count ? text[r.upperBound] : " "
      guard !GazetteerMatcher.isWordChar(before), !GazetteerMatcher.isWordChar(after),
        let i = targetOf[automaton.terms[t]]
      else { continue }
      let c = cands.accepted[i]
      var a = c
      a.range = r
      a.occupies = [r]
      a.alias = nil
      a.aliasOf = i
      a.priority = c.priority + 1
      a.name = ctx.original(r)
      extra.append(a)
    }
    guard !extra.isEmpty else { return }
    // Keep alias targets' indices stable: resolve, then re-point aliases by range.
    let targets = cands.accepted
    var resolved = ctx.resolve(cands.accepted + extra)
    for j in resolved.indices {
      if let t = resolved[j].aliasOf {
        resolved[j].aliasOf = nil
        resolved[j].identity = .sameAs(MentionReference(to: targets[t]))
      }
    }
    cands.accepted = resolved
  }
}

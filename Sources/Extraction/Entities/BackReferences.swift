import RuleLanguage

/// Back-references: a bare role title (総理大臣, 同大統領) names the last person mentioned with that title; 同協定,
/// 本条約 the last entity of the same class whose name ends with the same head word.
enum BackReferences {
  static func resolve(_ cands: inout EntityCandidates, anaphoraPrefixes: [String]) {
    var out: [Candidate] = []
    for c in cands.accepted {
      guard c.anaphoric else {
        out.append(c)
        continue
      }
      if let r = c.entityClass.has(.person) ? person(c, before: out, prefixes: anaphoraPrefixes) : thing(c, before: out)
      {
        out.append(r)
      }
    }
    cands.accepted = out
  }

  /// The last entity of the same class whose name ends with the candidate's head word.
  static func thing(_ c: Candidate, before out: [Candidate]) -> Candidate? {
    guard let prev = out.last(where: { $0.entityClass == c.entityClass && !$0.anaphoric && $0.name.hasSuffix(c.name) })
    else { return nil }
    var r = c
    r.entry = prev.entry
    r.name = prev.name
    r.anaphoric = false
    r.identity = .of(prev)
    return r
  }

  /// The last person whose role title ends with the candidate's title (or is its end), the title without an
  /// anaphora prefix (同).
  static func person(_ c: Candidate, before out: [Candidate], prefixes: [String]) -> Candidate? {
    let prefix = prefixes.first { c.name.hasPrefix($0) }
    let title = prefix.map { String(c.name.dropFirst($0.count)) } ?? c.name
    let prev = out.last { p in
      p.entityClass.has(.person) && !p.anaphoric
        && (p.roleTitle.map { $0.hasSuffix(title) || title.hasSuffix($0) } ?? false)
    }
    guard let prev else { return nil }
    var r = c
    r.entry = prev.entry
    r.name = prev.name
    r.affiliation = prev.affiliation
    r.anaphoric = false
    r.roleTitle = prev.roleTitle
    r.identity = .of(prev)
    return r
  }
}

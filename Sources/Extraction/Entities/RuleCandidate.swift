import ClaimGraphText
import Patterns
import RuleLanguage

/// The candidate one match of an entity rule makes: its name and mention, the known entity it may be, its
/// affiliation, alias, identity parts, and the positions it takes from others.
enum RuleCandidate {
  static func make(
    from m: PatternMatch, rule: EntityRule, mentions: [Candidate], in ctx: DocumentContext
  ) -> Candidate? {
    let nameRange = rule.nameCapture.flatMap { m.captures[$0] } ?? m.range
    let mentionRange = rule.mentionCapture.flatMap { m.captures[$0] } ?? nameRange
    guard !nameRange.isEmpty, !mentionRange.isEmpty else { return nil }
    let name = ctx.original(nameRange)
    let folded = String(String.UnicodeScalarView(ctx.text.folded[nameRange]))
    if rule.stopNames.contains(folded) { return nil }
    var c = Candidate(
      range: mentionRange, entityClass: rule.entityClass, entry: nil, name: name, ruleID: rule.ruleID,
      priority: rule.priority)
    identifyKnownEntity(&c, nameRange: nameRange, in: ctx)
    if let cap = m.captures["role"] { c.roleTitle = ctx.original(cap) }
    if let affCap = rule.affiliationCapture.flatMap({ m.captures[$0] }) {
      if let span = m.mentions.first(where: { affCap.contains($0.range.lowerBound) }), span.tag < mentions.count {
        c.affiliation = ctx.entityKey(of: mentions[span.tag])
      }
    }
    if c.affiliation == nil, rule.entityClass.has(.person), let role = c.roleTitle {
      c.affiliation = ctx.rules.parties[ctx.language]?.roleAffiliations[role]
    }
    if let a = rule.aliasCapture.flatMap({ m.captures[$0] }) { c.alias = ctx.original(a) }
    // Identity from parts: the entities named in the identity captures, with the rule's id.
    let parts: [String] = rule.identityCaptures.compactMap { m.captures[$0] }.flatMap { cap in
      m.mentions.filter { cap.contains($0.range.lowerBound) && $0.tag < mentions.count }.map { span in
        ctx.entityKey(of: mentions[span.tag]).rawValue
      }
    }
    if !parts.isEmpty { c.identityName = "identity:" + Set(parts).sorted().joined(separator: "+") }
    c.needsDateOrPlace = rule.requiresDateOrPlace
    c.anaphoric = rule.anaphoric
    c.transparent = rule.transparent
    c.occupies = occupied(by: m, rule: rule)
    return c
  }

  /// A name the gazetteer knows is that entity, whatever rule found it; a person named by a pattern may be a
  /// known person by surname (ギラード・オーストラリア首相 → Julia Gillard).
  static func identifyKnownEntity(_ c: inout Candidate, nameRange: Range<Int>, in ctx: DocumentContext) {
    let gazetteer = ctx.rules.gazetteer
    if let entry = ctx.indexes.gazetteer.entry(named: Array(ctx.text.folded[nameRange])) {
      c.entry = entry
      c.entityClass = gazetteer[entry].entityClass
      c.affiliation = gazetteer[entry].affiliation
    }
    guard c.entry == nil, c.entityClass.has(.person) else { return }
    let key = UnicodeNormalization.foldedKey(c.name)
    // A full name is that person; a surname only when the document's date falls in one of their terms.
    let byFullName = ctx.indexes.personsByName[key]?.first { gazetteer[$0].inOffice(on: ctx.date) }
    let bySurname = ctx.indexes.personsBySurname[key]?.first { gazetteer[$0].holdsTermedOffice(on: ctx.date) }
    if let i = byFullName ?? bySurname {
      c.entry = i
      c.affiliation = gazetteer[i].affiliation
    }
  }

  /// The rule's whole match is taken (a role title after a name), except an affiliation written inside it, and
  /// except the abbreviation of 名称（略称）, which becomes a mention of its own.
  static func occupied(by m: PatternMatch, rule: EntityRule) -> [Range<Int>] {
    var occupied = [m.range]
    let inner = [rule.affiliationCapture, rule.aliasCapture].compactMap { $0.flatMap { m.captures[$0] } }
    for cap in inner where !cap.isEmpty {
      occupied = occupied.flatMap { r -> [Range<Int>] in
        guard r.overlaps(cap) else { return [r] }
        return [
          r.lowerBound..<max(r.lowerBound, cap.lowerBound), min(r.upperBound, cap.upperBound)..<r.upperBound,
        ].filter { !$0.isEmpty }
      }
    }
    return occupied
  }
}

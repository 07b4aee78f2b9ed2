import ClaimGraphText
import RuleLanguage

/// A mention's span and class: how an alias or a back-reference names the mention it repeats (a descriptive
/// event phrase may start where a country's name starts: the span and class tell them apart).
struct MentionReference: Hashable {
  let range: Range<Int>
  let entityClass: EntityClass
}

/// Which entity a candidate names, as far as it is known.
enum CandidateIdentity: Equatable {
  /// Not known yet: made from the gazetteer entry or the name when the mentions are finished.
  case unresolved
  /// This entity.
  case key(EntityKey)
  /// The entity of another mention (an alias, a back-reference), followed when the mentions are finished.
  case sameAs(MentionReference)

  /// The key, when it is known.
  var key: EntityKey? {
    if case .key(let k) = self { return k }
    return nil
  }
}

/// A candidate mention before overlaps are resolved.
struct Candidate {
  var range: Range<Int>
  var entityClass: EntityClass
  /// The gazetteer entry, when the candidate names a known entity.
  var entry: Int?
  /// The name as written (original text), used for keys and labels of entities the gazetteer does not know.
  var name: String
  var ruleID: RuleID
  var priority: Int
  var roleTitle: String?
  var affiliation: EntityKey?
  var alias: String?
  var aliasOf: Int?
  var needsDateOrPlace = false
  var anaphoric = false
  /// The positions this candidate takes from others: its mention, or the rule's whole match less the affiliation
  /// written inside it (ルッテ[北大西洋条約機構]事務総長 takes ルッテ and 事務総長, not the organization).
  var occupies: [Range<Int>] = []
  /// A descriptive event phrase (ロシアによるウクライナ侵略, ギラード首相の来日): the names inside it stay mentions.
  var transparent = false
  /// The name the identity key is made from, when a rule identifies entities by their parts.
  var identityName: String?
  /// How much text the candidate covers (its whole match for rules with a role title or affiliation).
  var extent: Int {
    guard let lo = occupies.map(\.lowerBound).min(), let hi = occupies.map(\.upperBound).max() else { return range.count }
    return Swift.max(range.count, hi - lo)
  }
  /// Filled in at the end: the entity this mention names.
  var identity: CandidateIdentity = .unresolved
  var date: SimpleDate?
  var place: EntityKey?
  var participants: Set<EntityKey> = []
}

/// Finds the entity mentions of one text: gazetteer, pattern rules by phase, document aliases, role anaphora,
/// with one overlap policy; then builds the entity records.
struct EntityState {
  let extractor: Extractor
  let text: BodyText
  let segments: [Segment]
  let language: Language
  let date: SimpleDate?
  var accepted: [Candidate] = []
  /// Every gazetteer hit, nested ones included (for event participants).
  var allHits: [Candidate] = []
  /// The gazetteer's mentions with overlaps resolved among themselves (欧州連合軍, not 欧州連合 inside it).
  var gazetteerResolved: [Candidate] = []

  init(extractor: Extractor, text: BodyText, segments: [Segment], language: Language, date: SimpleDate?) {
    self.extractor = extractor; self.text = text; self.segments = segments; self.language = language; self.date = date
  }

  var rules: RuleSet { extractor.rules }

  func segmentIndex(of p: Int) -> Int {
    var lo = 0, hi = segments.count - 1, best = 0
    while lo <= hi {
      let mid = (lo + hi) / 2
      if segments[mid].range.lowerBound <= p { best = mid; lo = mid + 1 } else { hi = mid - 1 }
    }
    return best
  }

  func original(_ r: Range<Int>) -> String { text.slice(r) }

  /// Whether the folded text has `literal` at offset `p`.
  func occurs(_ literal: [Unicode.Scalar], at p: Int) -> Bool {
    p >= 0 && p + literal.count <= text.count && text.folded[p..<(p + literal.count)].elementsEqual(literal)
  }

  /// The key a candidate's entity has or will have: its gazetteer id, its key, or the key made from its name.
  func entityKey(of c: Candidate) -> EntityKey {
    c.entry.map { rules.gazetteer[$0].id } ?? c.identity.key
      ?? EntityIdentity.key(entityClass: c.entityClass, name: c.identityName ?? c.name)
  }

  func gazetteerCandidates() -> [Candidate] {
    let roleTitle = rules.parties[language]?.roleTitle ?? rules.parties.values.first?.roleTitle
    var whole = MatchInput(chars: text.folded, bounds: 0..<text.count)
    whole.limitLog = extractor.limitLog
    let hits = extractor.gazetteer.hits(in: text.folded, date: date) { end in
      guard let roleTitle else { return false }
      return roleTitle.match(at: end, in: whole) != nil
    }
    // A name that is only the start of a role title is not a mention (内閣 in 内閣総理大臣).
    let titled = hits.filter { h in
      guard let roleTitle, let m = roleTitle.match(at: h.range.lowerBound, in: whole) else { return true }
      return m.range.upperBound <= h.range.upperBound
    }
    return titled.map { h in
      let e = rules.gazetteer[h.entry]
      var c = Candidate(
        range: h.range, entityClass: e.entityClass, entry: h.entry, name: original(h.range), ruleID: e.ruleID,
        priority: h.kind == .full ? 10 : 5)
      c.affiliation = e.affiliation
      if h.kind == .short, let rt = roleTitle, let m = rt.match(at: h.range.upperBound, in: whole) {
        c.roleTitle = original(m.range)
      } else if e.entityClass.has(.person) {
        c.roleTitle = e.roles.first?.title
      }
      return c
    }
  }

  /// Resolves overlaps with the rule set's one policy; the result never depends on rule or file order.
  func resolve(_ cands: [Candidate]) -> [Candidate] {
    // The policy orders length and priority; rule id, start and end break the remaining ties.
    let longestFirst = rules.policy == .longestFirst
    func rank(_ c: Candidate) -> (Int, Int) { longestFirst ? (c.extent, c.priority) : (c.priority, c.extent) }
    let order: (Candidate, Candidate) -> Bool = { a, b in
      let (ra, rb) = (rank(a), rank(b))
      if ra != rb { return ra > rb }
      if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
      return (a.range.lowerBound, a.range.upperBound) < (b.range.lowerBound, b.range.upperBound)
    }
    // Descriptive phrases are resolved among themselves; they do not hide the names inside them.
    var out: [Candidate] = []
    for transparent in [false, true] {
      var taken = [Bool](repeating: false, count: text.count + 1)
      for c in cands.sorted(by: order) where c.transparent == transparent {
        let spans = c.occupies.isEmpty ? [c.range] : c.occupies
        if c.range.contains(where: { taken[$0] }) || spans.contains(where: { $0.contains(where: { taken[$0] }) }) { continue }
        for r in spans { for i in r { taken[i] = true } }
        out.append(c)
      }
    }
    // A common event word inside a descriptive event phrase is that event (公式訪問 in 岸田総理大臣の公式訪問).
    let phrases = out.filter { $0.transparent && $0.entityClass.has(.event) }
    out.removeAll { c in
      !c.transparent && c.entityClass.has(.event) && c.entry == nil
        && phrases.contains { $0.range.lowerBound <= c.range.lowerBound && c.range.upperBound <= $0.range.upperBound }
    }
    return out.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
  }

  func spans(_ cands: [Candidate]) -> [MentionSpan] {
    cands.enumerated().map { MentionSpan(range: $0.element.range, entityClass: $0.element.entityClass.name, tag: $0.offset) }
  }

  mutating func findEntities(includeNested: Bool = false) {
    let gaz = gazetteerCandidates()
    allHits = gaz
    accepted = resolve(gaz)
    gazetteerResolved = accepted
    let rulesHere = rules.entityRules.filter { $0.language == language }
    let phases = Set(rulesHere.map(\.phase)).sorted()
    for phase in phases {
      let current = accepted
      var whole = MatchInput(chars: text.folded, bounds: 0..<text.count, mentions: spans(current))
      whole.limitLog = extractor.limitLog
      var fresh: [Candidate] = []
      for seg in segments {
        let input = whole.with(bounds: seg.range)
        for rule in rulesHere where rule.phase == phase {
          for m in rule.pattern.allMatches(in: input) {
            if let c = candidate(from: m, rule: rule, mentions: current) { fresh.append(c) }
          }
        }
      }
      accepted = resolve(current + fresh)
      allHits += fresh
    }
    addDocumentAliases()
    resolveAnaphora()
    if includeNested {
      // Titles: every hit counts, nested ones too (G7 inside G7ビアリッツ・サミット).
      // Not inside a person's role title, though (内閣 in 石破日本国内閣総理大臣).
      let titles = accepted.filter { $0.entityClass.has(.person) }.flatMap(\.occupies)
      let extra = allHits.filter { h in
        h.entry != nil && !accepted.contains { $0.range == h.range && $0.entry == h.entry }
          && !titles.contains { $0.lowerBound <= h.range.lowerBound && h.range.upperBound <= $0.upperBound }
      }
      accepted += extra
    }
  }

  func candidate(from m: PatternMatch, rule: EntityRule, mentions: [Candidate]) -> Candidate? {
    let nameRange = rule.nameCapture.flatMap { m.captures[$0] } ?? m.range
    let mentionRange = rule.mentionCapture.flatMap { m.captures[$0] } ?? nameRange
    guard !nameRange.isEmpty, !mentionRange.isEmpty else { return nil }
    let name = original(nameRange)
    let folded = String(String.UnicodeScalarView(text.folded[nameRange]))
    if rule.stopNames.contains(folded) { return nil }
    var c = Candidate(range: mentionRange, entityClass: rule.entityClass, entry: nil, name: name, ruleID: rule.ruleID, priority: rule.priority)
    // A name the gazetteer knows is that entity, whatever rule found it.
    if let entry = extractor.gazetteer.entry(named: Array(text.folded[nameRange])) {
      c.entry = entry
      c.entityClass = rules.gazetteer[entry].entityClass
      c.affiliation = rules.gazetteer[entry].affiliation
    }
    // A person named by a pattern may be a known person by surname (ギラード・オーストラリア首相 → Julia Gillard).
    if c.entry == nil, c.entityClass.has(.person) {
      let key = UnicodeNormalization.foldedKey(name)
      // A full name is that person; a surname only when the document's date falls in one of their terms.
      let byFullName = extractor.personsByName[key]?.first { rules.gazetteer[$0].inOffice(on: date) }
      let bySurname = extractor.personsBySurname[key]?.first { rules.gazetteer[$0].holdsTermedOffice(on: date) }
      if let i = byFullName ?? bySurname {
        c.entry = i
        c.affiliation = rules.gazetteer[i].affiliation
      }
    }
    if let cap = m.captures["role"] { c.roleTitle = original(cap) }
    if let affCap = rule.affiliationCapture.flatMap({ m.captures[$0] }) {
      if let span = m.mentions.first(where: { affCap.contains($0.range.lowerBound) }), span.tag < mentions.count {
        let aff = mentions[span.tag]
        c.affiliation = entityKey(of: aff)
      }
    }
    if c.affiliation == nil, rule.entityClass.has(.person), let role = c.roleTitle {
      let roles = rules.parties[language]?.roleAffiliations ?? [:]
      c.affiliation = roles[role]
    }
    if let a = rule.aliasCapture.flatMap({ m.captures[$0] }) { c.alias = original(a) }
    // Identity from parts: the entities named in the identity captures, with the rule's id.
    let parts: [String] = rule.identityCaptures.compactMap { m.captures[$0] }.flatMap { cap in
      m.mentions.filter { cap.contains($0.range.lowerBound) && $0.tag < mentions.count }.map { span in
        let e = mentions[span.tag]
        return entityKey(of: e).rawValue
      }
    }
    if !parts.isEmpty { c.identityName = "identity:" + Set(parts).sorted().joined(separator: "+") }
    c.needsDateOrPlace = rule.requiresDateOrPlace
    c.anaphoric = rule.anaphoric
    c.transparent = rule.transparent
    // The rule's whole match is taken (a role title after a name), except an affiliation written inside it.
    // …and except the abbreviation of 名称（略称）, which becomes a mention of its own.
    var occupied = [m.range]
    for cap in [rule.affiliationCapture, rule.aliasCapture].compactMap({ $0.flatMap { m.captures[$0] } }) where !cap.isEmpty {
      occupied = occupied.flatMap { r -> [Range<Int>] in
        guard r.overlaps(cap) else { return [r] }
        return [r.lowerBound..<max(r.lowerBound, cap.lowerBound), min(r.upperBound, cap.upperBound)..<r.upperBound].filter { !$0.isEmpty }
      }
    }
    c.occupies = occupied
    return c
  }

  /// 名称（略称）: the abbreviation names the same entity everywhere else in the document.
  mutating func addDocumentAliases() {
    // One automaton for every distinct abbreviation the document defines (the first definition of each wins),
    // one pass over the text.
    var targetOf: [[Unicode.Scalar]: Int] = [:]
    var order: [[Unicode.Scalar]] = []
    for (i, c) in accepted.enumerated() {
      guard let alias = c.alias, !alias.isEmpty else { continue }
      let needle = WidthFolding.fold(alias)
      if targetOf[needle] == nil { targetOf[needle] = i; order.append(needle) }
    }
    guard !order.isEmpty else { return }
    let automaton = AhoCorasick(terms: order)
    var extra: [Candidate] = []
    for (t, r) in automaton.occurrences(in: text.folded) {
      let before = r.lowerBound > 0 ? text.folded[r.lowerBound - 1] : " "
      let after = r.upperBound < text.count ? text.folded[r.upperBound] : " "
      guard !GazetteerMatcher.isWordChar(before), !GazetteerMatcher.isWordChar(after), let i = targetOf[automaton.terms[t]] else {
        continue
      }
      let c = accepted[i]
      var a = c
      a.range = r
      a.occupies = [r]
      a.alias = nil
      a.aliasOf = i
      a.priority = c.priority + 1
      a.name = original(r)
      extra.append(a)
    }
    if !extra.isEmpty {
      // Keep alias targets' indices stable: resolve, then re-point aliases by range.
      let targets = accepted
      var resolved = resolve(accepted + extra)
      for j in resolved.indices {
        if let t = resolved[j].aliasOf { resolved[j].aliasOf = nil; resolved[j].identity = Self.reference(to: targets[t]) }
      }
      accepted = resolved
    }
  }

  /// A bare role title (総理大臣, 同大統領) names the last person mentioned with that title.
  mutating func resolveAnaphora() {
    var out: [Candidate] = []
    for c in accepted {
      guard c.anaphoric else { out.append(c); continue }
      if !c.entityClass.has(.person) {
        // 同協定, 本条約: the last entity of the same class whose name ends with the same head word.
        if let prev = out.last(where: { $0.entityClass == c.entityClass && !$0.anaphoric && $0.name.hasSuffix(c.name) }) {
          var r = c
          r.entry = prev.entry
          r.name = prev.name
          r.anaphoric = false
          r.identity = prev.identity == .unresolved ? Self.reference(to: prev) : prev.identity
          out.append(r)
        }
        continue
      }
      let title = c.name.hasPrefix("同") ? String(c.name.dropFirst()) : c.name
      if let prev = out.last(where: { $0.entityClass.has(.person) && !$0.anaphoric && ($0.roleTitle.map { $0.hasSuffix(title) || title.hasSuffix($0) } ?? false) }) {
        var r = c
        r.entry = prev.entry
        r.name = prev.name
        r.affiliation = prev.affiliation
        r.anaphoric = false
        r.roleTitle = prev.roleTitle
        r.identity = prev.identity == .unresolved ? Self.reference(to: prev) : prev.identity
        out.append(r)
      }
    }
    accepted = out
  }
}

import ClaimGraphText
import RuleLanguage

extension EntityState {
  /// The provisional key by which an alias or a back-reference points at the mention it repeats.
  static func reference(to c: Candidate) -> CandidateIdentity {
    .sameAs(MentionReference(range: c.range, entityClass: c.entityClass))
  }

  /// Where a clause ends: a comma or a sentence end (a full stop only in English: ワシントンD.C. is one name).
  var clauseBreaks: Set<Unicode.Scalar> { language == .en ? [",", ".", ";", "\n"] : [",", "。", ";", "\n"] }
  static let placeLinks: [[Unicode.Scalar]] = ["における", "において", "での", "で", "を", "に", "in ", "at "].map { Array($0.unicodeScalars) }

  static let afterPlaceLinks: [[Unicode.Scalar]] = ["において", "にて", "で"].map { Array($0.unicodeScalars) }
  static let heldVerbs: [[Unicode.Scalar]] = ["開催", "行われ", "実施"].map { Array($0.unicodeScalars) }

  /// The text between an event and the verb that says it was held, when that verb follows within the sentence
  /// (「…閣僚会合が同年9月に東京で開催された」, 「閣僚会合を新潟で開催した」).
  func afterClause(of c: Candidate, in seg: Range<Int>) -> Range<Int>? {
    let start = c.range.upperBound
    let limit = min(seg.upperBound, start + 40)
    var p = start
    while p < limit {
      if text.folded[p] == "。" { break }
      for v in Self.heldVerbs where occurs(v, at: p) {
        return start..<p
      }
      p += 1
    }
    return nil
  }

  /// Gives events their date, place and participants from the clause around them; drops generic event words
  /// (会談, 共同訓練) that the text does not tie to a date or a place.
  mutating func attachEventAttributes(dates: [DateMention]) {
    var kept: [Candidate] = []
    for var c in accepted {
      guard c.entityClass.has(.event) else { kept.append(c); continue }
      let seg = segments[segmentIndex(of: c.range.lowerBound)].range
      // The clause: back to the last comma or sentence start before the event.
      var start = c.range.lowerBound
      while start > seg.lowerBound, !clauseBreaks.contains(text.folded[start - 1]) { start -= 1 }
      let clause = start..<c.range.lowerBound
      // Japanese: a date in the event's clause (2024年のワシントンにおける…首脳会合); English: a date right before it.
      let dateScope = language == .en ? max(clause.lowerBound, c.range.lowerBound - 2)..<c.range.lowerBound : clause
      // A multi-day event (5月7日及び8日の両日…会談) is dated by its first day.
      if let d = dates.first(where: { dateScope.contains($0.range.upperBound - 1) && $0.rangeRole != .end }) {
        c.date = d.value
      } else if c.entry == nil {
        // A sentence that opens with a date (2025年4月9日、…会談を行った / 本日、…公式訪問…) dates its events.
        if let d = dates.first(where: { $0.range.lowerBound >= seg.lowerBound && $0.range.lowerBound <= seg.lowerBound + 3 }),
          d.range.upperBound < text.count, text.folded[d.range.upperBound] == ",", d.range.upperBound <= c.range.lowerBound
        {
          c.date = d.value
        } else if c.needsDateOrPlace,
          let d = dates.first(where: { seg.contains($0.range.lowerBound) && $0.range.upperBound <= c.range.lowerBound && $0.rangeRole != .end })
        {
          c.date = d.value
        }
      }
      // …or after it, up to the verb that says it took place (…閣僚会合が同年9月に東京で開催された).
      let after = afterClause(of: c, in: seg)
      if c.date == nil, c.entry == nil, let after, let d = dates.first(where: { after.contains($0.range.lowerBound) }) {
        c.date = d.value
      }
      if c.date == nil, let e = c.entry { c.date = rules.gazetteer[e].date }
      // Place: a place or country in the clause (or the sentence, for verbal events) linked by における/で/を.
      let placeScope = c.needsDateOrPlace ? (seg.lowerBound..<c.range.lowerBound) : clause
      for p in accepted.reversed() where placeScope.contains(p.range.lowerBound) && p.range.upperBound <= c.range.lowerBound {
        guard p.entityClass.has(.place) || (p.entityClass.has(.location) && c.needsDateOrPlace) else { continue }
        let after = p.range.upperBound
        if Self.placeLinks.contains(where: { occurs($0, at: after) }) {
          c.place = entityKey(of: p)
          break
        }
      }
      if c.place == nil, let after {
        for p in accepted where after.contains(p.range.lowerBound) && p.entityClass.has(.location) {
          let end = p.range.upperBound
          if Self.afterPlaceLinks.contains(where: { occurs($0, at: end) }) {
            c.place = entityKey(of: p)
            break
          }
        }
      }
      if c.place == nil, let e = c.entry { c.place = rules.gazetteer[e].place }
      // Participants: actors inside the event's own name (日NATOサイバー対話) and in its clause.
      for h in gazetteerResolved where h.entry != nil && (c.range.contains(h.range.lowerBound) || clause.contains(h.range.lowerBound)) {
        let e = rules.gazetteer[h.entry!]
        if e.entityClass.acts { c.participants.insert(e.id) }
      }
      // A meeting or visit told as the sentence's verb (…は、…ワシントンにおいて会談し) has the persons before it.
      if c.needsDateOrPlace {
        for p in accepted where p.entityClass.has(.person) && seg.contains(p.range.lowerBound) && p.range.upperBound <= c.range.lowerBound {
          if let e = p.entry { c.participants.insert(rules.gazetteer[e].id) }
        }
      }
      if c.needsDateOrPlace && c.date == nil && c.place == nil { continue }
      kept.append(c)
    }
    accepted = kept
  }

  /// Assigns every mention its entity key and builds the entity records (one per entity in this text).
  func finish() -> ([EntityMention], [EntityKey: EntityRecord]) {
    var cands = accepted
    // Keys: gazetteer ids, else class + normalized name (+ date for events).
    for i in cands.indices where cands[i].identity == .unresolved {
      if let e = cands[i].entry { cands[i].identity = .key(rules.gazetteer[e].id); continue }
      // An event's key has its date: in full for a common word (会談 of 2025-04-09), only the year for a name
      // (第1回日NATOサイバー対話 is dated 2023 in one statement and 2023-11 in another: one event).
      var keyDate: SimpleDate? = nil
      if cands[i].entityClass.has(.event), cands[i].identityName == nil, let d = cands[i].date {
        keyDate = cands[i].needsDateOrPlace ? d : SimpleDate(year: d.year)
      }
      cands[i].identity = .key(
        EntityIdentity.key(entityClass: cands[i].entityClass, name: cands[i].identityName ?? cands[i].name, date: keyDate))
    }
    // Undated mentions of an event that the document also names with a date are that event.
    var datedEvents: [String: CandidateIdentity] = [:]
    for c in cands where c.entityClass.has(.event) && c.entry == nil && c.date != nil {
      datedEvents[UnicodeNormalization.foldedKey(c.name)] = datedEvents[UnicodeNormalization.foldedKey(c.name)] ?? c.identity
    }
    for i in cands.indices where cands[i].entityClass.has(.event) && cands[i].entry == nil && cands[i].date == nil {
      if let k = datedEvents[UnicodeNormalization.foldedKey(cands[i].name)] { cands[i].identity = k }
    }
    // A person named by surname only is the person named in full in the same text: a Japanese surname comes
    // first (鈴木総理大臣 → 鈴木善幸), a name written in katakana with ・ ends with it (スミス首相 → ジョン・スミス).
    let persons = cands.filter { $0.entityClass.has(.person) && $0.entry == nil }
      .map { (identity: $0.identity, name: $0.name, folded: UnicodeNormalization.foldedKey($0.name), parts: $0.name.split(separator: "・").map(String.init)) }
    for i in cands.indices where cands[i].entityClass.has(.person) && cands[i].entry == nil {
      let short = UnicodeNormalization.foldedKey(cands[i].name)
      let name = cands[i].name
      if let longer = persons.first(where: { p in
        (p.folded.count > short.count && p.folded.hasPrefix(short)) || (p.parts.count > 1 && p.parts.last == name)
      }) {
        cands[i].identity = longer.identity
      }
    }
    // Aliases and anaphora point at another mention by its span and class (a descriptive event phrase may start
    // where a country's name starts: the span tells them apart).
    let bySpan = Dictionary(
      cands.map { (MentionReference(range: $0.range, entityClass: $0.entityClass), $0) }, uniquingKeysWith: { a, _ in a })
    for i in cands.indices {
      var hops = 0
      while case .sameAs(let reference) = cands[i].identity, hops < 8 {
        let target = bySpan[reference]
        cands[i].identity = target?.identity ?? .unresolved
        if let t = target {
          cands[i].entityClass = t.entityClass
          cands[i].entry = t.entry
          cands[i].affiliation = t.affiliation
        }
        hops += 1
      }
    }
    var records: [EntityKey: EntityRecord] = [:]
    var mentions: [EntityMention] = []
    let lang = language.rawValue
    for c in cands {
      guard let key = c.identity.key else { continue }
      mentions.append(EntityMention(range: c.range, entityKey: key, ruleID: c.ruleID, segment: segmentIndex(of: c.range.lowerBound)))
      var r = records[key] ?? {
        if let e = c.entry {
          let g = rules.gazetteer[e]
          var alts: [String: Set<String>] = [:]
          for (l, forms) in g.aliases { alts[l, default: []].formUnion(forms) }
          return EntityRecord(
            key: key, entityClass: g.entityClass, labels: g.labels, altLabels: alts, wikidata: g.wikidata,
            affiliation: g.affiliation, partOf: g.partOf, date: g.date, place: g.place, participants: [], rules: [])
        }
        return EntityRecord(
          key: key, entityClass: c.entityClass, labels: [lang: c.name], altLabels: [:], wikidata: nil,
          affiliation: c.affiliation, partOf: nil, date: nil, place: nil, participants: [], rules: [])
      }()
      let surface = original(c.range)
      if r.labels[lang] != surface { r.altLabels[lang, default: []].insert(surface) }
      if r.affiliation == nil { r.affiliation = c.affiliation }
      if r.entityClass.has(.event) {
        if r.date == nil { r.date = c.date }
        if r.place == nil { r.place = c.place }
        r.participants.formUnion(c.participants)
      }
      r.rules.insert(c.ruleID)
      records[key] = r
    }
    // Links (affiliation, place, partOf) to gazetteer entities that this text does not mention still need a node.
    for r in Array(records.values) {
      for ref in [r.affiliation, r.place, r.partOf].compactMap({ $0 }) + Array(r.participants) where records[ref] == nil {
        if let g = rules.entry(id: ref) {
          records[ref] = EntityRecord(
            key: ref, entityClass: g.entityClass, labels: g.labels, altLabels: [:], wikidata: g.wikidata,
            affiliation: g.affiliation, partOf: g.partOf, date: g.date, place: g.place, participants: [], rules: [g.ruleID])
        }
      }
    }
    return (mentions, records)
  }
}

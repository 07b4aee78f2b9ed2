import ClaimGraphText
import RuleLanguage

/// Gives events their date, place and participants from the clause around them; drops generic event words
/// (会談, 共同訓練) that the text does not tie to a date or a place.
struct EventAttributes {
  let ctx: DocumentContext
  let cands: EntityCandidates
  let dates: [DateMention]

  /// The language's clause breaks, place links, held verbs and windows (`rules/text/<lang>.yaml`).
  var lexicon: TextLexicon { ctx.lexicon }

  static func attach(to cands: inout EntityCandidates, in ctx: DocumentContext, dates: [DateMention]) {
    let step = EventAttributes(ctx: ctx, cands: cands, dates: dates)
    cands.accepted = cands.accepted.compactMap { c in c.entityClass.has(.event) ? step.attributed(c) : c }
  }

  /// The event with its date, place and participants, or nil when it is a generic word the text does not tie
  /// to a date or a place.
  func attributed(_ event: Candidate) -> Candidate? {
    var c = event
    let seg = ctx.segments[ctx.segmentIndex(of: c.range.lowerBound)].range
    // The clause: back to the last comma or sentence start before the event.
    var start = c.range.lowerBound
    while start > seg.lowerBound, !lexicon.clauseBreaks.contains(ctx.text.folded[start - 1]) { start -= 1 }
    let clause = start..<c.range.lowerBound
    let after = afterClause(of: c, in: seg)
    c.date = date(of: c, clause: clause, after: after, in: seg)
    c.place = place(of: c, clause: clause, after: after, in: seg)
    c.participants.formUnion(participants(of: c, clause: clause, in: seg))
    if c.needsDateOrPlace && c.date == nil && c.place == nil { return nil }
    return c
  }

  /// The text between an event and the verb that says it was held, when that verb follows within the sentence
  /// and the window (「…閣僚会合が同年9月に東京で開催された」, 「閣僚会合を新潟で開催した」).
  func afterClause(of c: Candidate, in seg: Range<Int>) -> Range<Int>? {
    let start = c.range.upperBound
    let limit = min(seg.upperBound, start + lexicon.windows.heldVerbAfterEvent)
    var p = start
    while p < limit {
      if lexicon.heldVerbStops.contains(ctx.text.folded[p]) { break }
      for v in lexicon.heldVerbs where ctx.occurs(v, at: p) { return start..<p }
      p += 1
    }
    return nil
  }

  func date(of c: Candidate, clause: Range<Int>, after: Range<Int>?, in seg: Range<Int>) -> SimpleDate? {
    // A date in the event's clause (2024年のワシントンにおける…首脳会合), or in the window right before it.
    let dateScope =
      lexicon.windows.dateBeforeEvent.map { max(clause.lowerBound, c.range.lowerBound - $0) }.map {
        $0..<c.range.lowerBound
      } ?? clause
    // A multi-day event (5月7日及び8日の両日…会談) is dated by its first day.
    if let d = dates.first(where: { dateScope.contains($0.range.upperBound - 1) && $0.rangeRole != .end }) {
      return d.value
    }
    if c.entry == nil {
      // A sentence that opens with a date (2025年4月9日、…会談を行った / 本日、…公式訪問…) dates its events.
      if let d = dates.first(where: {
        $0.range.lowerBound >= seg.lowerBound
          && $0.range.lowerBound <= seg.lowerBound + lexicon.windows.openingDateStart
      }),
        d.range.upperBound < ctx.text.count, lexicon.openingDateMarks.contains(ctx.text.folded[d.range.upperBound]),
        d.range.upperBound <= c.range.lowerBound
      {
        return d.value
      }
      if c.needsDateOrPlace,
        let d = dates.first(where: {
          seg.contains($0.range.lowerBound) && $0.range.upperBound <= c.range.lowerBound && $0.rangeRole != .end
        })
      {
        return d.value
      }
      // …or after it, up to the verb that says it took place (…閣僚会合が同年9月に東京で開催された).
      if let after, let d = dates.first(where: { after.contains($0.range.lowerBound) }) { return d.value }
    }
    return c.entry.flatMap { ctx.rules.gazetteer[$0].date }
  }

  /// A place or country in the clause (or the sentence, for verbal events) linked by における/で/を, or after the
  /// event up to the verb that says it was held.
  func place(of c: Candidate, clause: Range<Int>, after: Range<Int>?, in seg: Range<Int>) -> EntityKey? {
    let placeScope = c.needsDateOrPlace ? (seg.lowerBound..<c.range.lowerBound) : clause
    for p in cands.accepted.reversed()
    where placeScope.contains(p.range.lowerBound) && p.range.upperBound <= c.range.lowerBound {
      guard p.entityClass.has(.place) || (p.entityClass.has(.location) && c.needsDateOrPlace) else { continue }
      if lexicon.placeLinks.contains(where: { ctx.occurs($0, at: p.range.upperBound) }) { return ctx.entityKey(of: p) }
    }
    if let after {
      for p in cands.accepted where after.contains(p.range.lowerBound) && p.entityClass.has(.location) {
        if lexicon.placeLinksAfterEvent.contains(where: { ctx.occurs($0, at: p.range.upperBound) }) {
          return ctx.entityKey(of: p)
        }
      }
    }
    return c.entry.flatMap { ctx.rules.gazetteer[$0].place }
  }

  /// Actors inside the event's own name (日NATOサイバー対話) and in its clause; for a meeting or visit told as the
  /// sentence's verb (…は、…ワシントンにおいて会談し), the persons before it.
  func participants(of c: Candidate, clause: Range<Int>, in seg: Range<Int>) -> Set<EntityKey> {
    var out: Set<EntityKey> = []
    let gazetteer = ctx.rules.gazetteer
    for h in cands.gazetteerResolved
    where h.entry != nil && (c.range.contains(h.range.lowerBound) || clause.contains(h.range.lowerBound)) {
      let e = gazetteer[h.entry!]
      if e.entityClass.acts { out.insert(e.id) }
    }
    if c.needsDateOrPlace {
      for p in cands.accepted
      where p.entityClass.has(.person) && seg.contains(p.range.lowerBound) && p.range.upperBound <= c.range.lowerBound {
        if let e = p.entry { out.insert(gazetteer[e].id) }
      }
    }
    return out
  }
}

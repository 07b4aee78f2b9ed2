import ClaimGraphText
import RuleLanguage

/// Gives every candidate its entity: gazetteer ids, else keys made from class and name (and date, for
/// events); undated events and surnames joined to the entity the text names in full; aliases and
/// back-references followed to the mention they repeat.
enum EntityKeys {
  static func assign(_ cands: inout [Candidate], in ctx: DocumentContext) {
    for i in cands.indices where cands[i].identity == .unresolved {
      cands[i].identity = .key(ownKey(of: cands[i], in: ctx))
    }
    joinUndatedEvents(&cands)
    joinSurnames(&cands, separators: ctx.lexicon.namePartSeparators)
    followReferences(&cands)
  }

  /// A gazetteer id, else class + normalized name. An event's key has its date: in full for a common word
  /// (会談 of 2025-04-09), only the year for a name (第1回日NATOサイバー対話 is dated 2023 in one statement and
  /// 2023-11 in another: one event).
  static func ownKey(of c: Candidate, in ctx: DocumentContext) -> EntityKey {
    if let e = c.entry { return ctx.rules.gazetteer[e].id }
    var keyDate: SimpleDate? = nil
    if c.entityClass.has(.event), c.identityName == nil, let d = c.date {
      keyDate = c.needsDateOrPlace ? d : SimpleDate(year: d.year)
    }
    return EntityIdentity.key(entityClass: c.entityClass, name: c.identityName ?? c.name, date: keyDate)
  }

  /// Undated mentions of an event that the document also names with a date are that event.
  static func joinUndatedEvents(_ cands: inout [Candidate]) {
    var datedEvents: [String: CandidateIdentity] = [:]
    for c in cands where c.entityClass.has(.event) && c.entry == nil && c.date != nil {
      let name = UnicodeNormalization.foldedKey(c.name)
      datedEvents[name] = datedEvents[name] ?? c.identity
    }
    for i in cands.indices where cands[i].entityClass.has(.event) && cands[i].entry == nil && cands[i].date == nil {
      if let k = datedEvents[UnicodeNormalization.foldedKey(cands[i].name)] { cands[i].identity = k }
    }
  }

  /// A person named by surname only is the person named in full in the same text: a Japanese surname comes
  /// first (鈴木総理大臣 → 鈴木善幸), a name written in parts (ジョン・スミス: the lexicon's name-part
  /// separators) ends with it (スミス首相 → ジョン・スミス).
  static func joinSurnames(_ cands: inout [Candidate], separators: Set<Unicode.Scalar>) {
    let persons = cands.filter { $0.entityClass.has(.person) && $0.entry == nil }.map {
      (
        identity: $0.identity, folded: UnicodeNormalization.foldedKey($0.name),
        parts: $0.name.unicodeScalars.split(whereSeparator: separators.contains).map {
          String(String.UnicodeScalarView($0))
        }
      )
    }
    for i in cands.indices where cands[i].entityClass.has(.person) && cands[i].entry == nil {
      let short = UnicodeNormalization.foldedKey(cands[i].name)
      let name = cands[i].name
      let longer = persons.first { p in
        (p.folded.count > short.count && p.folded.hasPrefix(short)) || (p.parts.count > 1 && p.parts.last == name)
      }
      if let longer { cands[i].identity = longer.identity }
    }
  }

  /// Aliases and back-references point at another mention by its span and class; followed up to 8 hops.
  static func followReferences(_ cands: inout [Candidate]) {
    let bySpan = Dictionary(cands.map { (MentionReference(to: $0), $0) }, uniquingKeysWith: { a, _ in a })
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
  }
}

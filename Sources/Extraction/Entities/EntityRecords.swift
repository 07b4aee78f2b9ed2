import ClaimGraphText
import RuleLanguage

/// The mentions and entity records of a text (one record per entity), from candidates with their keys.
enum EntityRecords {
  static func build(_ cands: [Candidate], in ctx: DocumentContext) -> EntityFindings {
    var records: [EntityKey: EntityRecord] = [:]
    var mentions: [EntityMention] = []
    let lang = ctx.language.rawValue
    for c in cands {
      guard let key = c.identity.key else { continue }
      mentions.append(
        EntityMention(
          range: c.range, entityKey: key, ruleID: c.ruleID, segment: ctx.segmentIndex(of: c.range.lowerBound)))
      var r = records[key] ?? newRecord(key: key, for: c, in: ctx)
      let surface = ctx.original(c.range)
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
    addLinkedEntries(to: &records, rules: ctx.rules)
    return EntityFindings(mentions: mentions, entities: records)
  }

  static func newRecord(key: EntityKey, for c: Candidate, in ctx: DocumentContext) -> EntityRecord {
    if let e = c.entry {
      let g = ctx.rules.gazetteer[e]
      var alts: [String: Set<String>] = [:]
      for (l, forms) in g.aliases { alts[l, default: []].formUnion(forms) }
      return EntityRecord(
        key: key, entityClass: g.entityClass, labels: g.labels, altLabels: alts, wikidata: g.wikidata,
        affiliation: g.affiliation, partOf: g.partOf, date: g.date, place: g.place, participants: [], rules: [])
    }
    return EntityRecord(
      key: key, entityClass: c.entityClass, labels: [ctx.language.rawValue: c.name], altLabels: [:], wikidata: nil,
      affiliation: c.affiliation, partOf: nil, date: nil, place: nil, participants: [], rules: [])
  }

  /// Links (affiliation, place, partOf) to gazetteer entities that this text does not mention still need a node.
  static func addLinkedEntries(to records: inout [EntityKey: EntityRecord], rules: RuleSet) {
    for r in Array(records.values) {
      for ref in [r.affiliation, r.place, r.partOf].compactMap({ $0 }) + Array(r.participants) where records[ref] == nil
      {
        if let g = rules.entry(id: ref) {
          records[ref] = EntityRecord(
            key: ref, entityClass: g.entityClass, labels: g.labels, altLabels: [:], wikidata: g.wikidata,
            affiliation: g.affiliation, partOf: g.partOf, date: g.date, place: g.place, participants: [],
            rules: [g.ruleID])
        }
      }
    }
  }
}

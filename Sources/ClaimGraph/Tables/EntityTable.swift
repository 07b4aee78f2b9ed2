import Extraction
import RuleLanguage

/// The entities of all documents merged: one record per key, labels and links united.
///
/// The first label seen in a language stays the label; other labels become alternative labels. Links (Wikidata,
/// affiliation, part of, an event's date and place) keep the first value seen; participants and rules unite.
public struct EntityTable: Sendable {
  private var byKey: [EntityKey: EntityRecord] = [:]

  /// An empty table.
  public init() {}

  /// Merges one document's entities into the table.
  public mutating func add(_ entities: [EntityKey: EntityRecord]) {
    for key in entities.keys.sorted() {
      let e = entities[key]!
      if let r = byKey[key] { byKey[key] = Self.merge(r, e) } else { byKey[key] = e }
    }
  }

  /// `r` with what `e` adds.
  static func merge(_ r: EntityRecord, _ e: EntityRecord) -> EntityRecord {
    var r = r
    for (lang, label) in e.labels {
      if let have = r.labels[lang], have != label {
        r.altLabels[lang, default: []].insert(label)
      } else {
        r.labels[lang] = label
      }
    }
    for (lang, alts) in e.altLabels { r.altLabels[lang, default: []].formUnion(alts) }
    r.wikidata = r.wikidata ?? e.wikidata
    r.affiliation = r.affiliation ?? e.affiliation
    r.partOf = r.partOf ?? e.partOf
    r.date = r.date ?? e.date
    r.place = r.place ?? e.place
    r.participants.formUnion(e.participants)
    r.rules.formUnion(e.rules)
    return r
  }

  /// Every merged entity, by key.
  public var records: [EntityRecord] { byKey.keys.sorted().map { byKey[$0]! } }
}

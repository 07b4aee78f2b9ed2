import Extraction
import RuleLanguage

/// Counts of a run, gathered document by document: documents, sentences, entities, dates, claims per predicate.
struct RunStatistics {
  var documents = 0
  var sentences = 0
  var mentions = 0
  var dates = 0
  var entities = Set<EntityKey>()
  var claimsByPredicate: [String: Int] = [:]
  var links = LinkTable()

  mutating func add(_ x: DocumentExtraction) {
    documents += 1
    sentences += x.segments.count
    mentions += x.mentions.count
    dates += x.dates.count
    for m in x.mentions { entities.insert(m.entityKey) }
    for c in x.claims { claimsByPredicate[c.predicate, default: 0] += 1 }
    links.add(x)
  }

  /// The summary printed on stderr.
  var text: String {
    var lines = [
      "documents: \(documents)",
      "sentences: \(sentences)",
      "entities: \(entities.count) distinct, \(mentions) mentions",
      "dates: \(dates)",
      "claims: \(claimsByPredicate.values.reduce(0, +))",
    ]
    for p in claimsByPredicate.keys.sorted() { lines.append("  \(p): \(claimsByPredicate[p]!)") }
    lines.append("entities in more than one document: \(links.rows.count) (see links.tsv)")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Entities and events found in more than one document, with the documents and (for events) dates.
struct LinkTable {
  struct Row {
    let key: String
    let entityClass: String
    let label: String
    let date: String
    let documents: [String]
  }
  private var documents: [EntityKey: Set<String>] = [:]
  private var records: [EntityKey: EntityRecord] = [:]

  mutating func add(_ x: DocumentExtraction) {
    for m in x.mentions {
      documents[m.entityKey, default: []].insert(x.document.fileName)
      if records[m.entityKey] == nil { records[m.entityKey] = x.entities[m.entityKey] }
    }
  }

  var rows: [Row] {
    documents.keys.sorted().compactMap { k in
      guard let d = documents[k], d.count > 1, let e = records[k] else { return nil }
      return Row(
        key: k.rawValue, entityClass: e.entityClass.name, label: e.labels["ja"] ?? e.labels["en"] ?? k.rawValue,
        date: e.date?.lexical ?? "", documents: d.sorted())
    }
  }

  var tsv: String {
    "entity\tclass\tlabel\tdate\tdocuments\n"
      + rows.map { "\($0.key)\t\($0.entityClass)\t\($0.label)\t\($0.date)\t\($0.documents.joined(separator: ","))\n" }.joined()
  }
}

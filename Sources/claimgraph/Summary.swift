import Extraction

/// The extraction summary printed on stderr: documents, sentences, entities, dates, claims per predicate.
struct Summary {
  let results: [DocumentExtraction]

  var text: String {
    var byPredicate: [String: Int] = [:]
    for x in results { for c in x.claims { byPredicate[c.predicate, default: 0] += 1 } }
    let entities = Set(results.flatMap { x in x.mentions.map(\.entityKey) })
    var lines = [
      "documents: \(results.count)",
      "sentences: \(results.reduce(0) { $0 + $1.segments.count })",
      "entities: \(entities.count) distinct, \(results.reduce(0) { $0 + $1.mentions.count }) mentions",
      "dates: \(results.reduce(0) { $0 + $1.dates.count })",
      "claims: \(results.reduce(0) { $0 + $1.claims.count })",
    ]
    for p in byPredicate.keys.sorted() { lines.append("  \(p): \(byPredicate[p]!)") }
    let links = Links(results: results).rows
    lines.append("entities in more than one document: \(links.count) (see links.tsv)")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Entities and events found in more than one document, with the documents and (for events) dates.
struct Links {
  struct Row { let key: String; let entityClass: String; let label: String; let date: String; let documents: [String] }
  let results: [DocumentExtraction]

  var rows: [Row] {
    var docs: [String: Set<String>] = [:]
    var rec: [String: EntityRecord] = [:]
    for x in results {
      for m in x.mentions {
        docs[m.entityKey, default: []].insert(x.document.fileName)
        if rec[m.entityKey] == nil { rec[m.entityKey] = x.entities[m.entityKey] }
      }
    }
    return docs.keys.sorted().compactMap { k in
      guard let d = docs[k], d.count > 1, let e = rec[k] else { return nil }
      return Row(key: k, entityClass: e.entityClass, label: e.labels["ja"] ?? e.labels["en"] ?? k, date: e.date?.lexical ?? "", documents: d.sorted())
    }
  }

  var tsv: String {
    "entity\tclass\tlabel\tdate\tdocuments\n" + rows.map { "\($0.key)\t\($0.entityClass)\t\($0.label)\t\($0.date)\t\($0.documents.joined(separator: ","))" }.joined(separator: "\n") + "\n"
  }
}

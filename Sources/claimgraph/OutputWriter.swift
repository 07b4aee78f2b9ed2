import ClaimGraphModel
import Extraction
import Foundation
import Serialization

/// Writes a run's files: per document `<stem>.<ext>` and `<stem>.claims.jsonld`, the corpus graph (written
/// document by document, then the merged entity table), the JSON-LD context, the ontology and shapes, and
/// `links.tsv`. Every file goes to a temporary file first and is renamed into place only when complete.
struct OutputWriter {
  let folder: String
  let formats: [RDFFormat]
  let builder: GraphBuilder

  func path(_ name: String) -> String { folder + "/" + name }

  func atomically(_ name: String, _ body: (AtomicFileSink) throws -> Void) throws {
    let sink = try AtomicFileSink(path: path(name))
    do {
      try body(sink)
      try sink.commit()
    } catch {
      sink.abort()
      throw PipelineError(description: "\(path(name)): error: \(error)")
    }
  }

  func write(_ results: [DocumentExtraction]) throws {
    let options = WriterOptions()
    // Per document.
    for x in results {
      let g = builder.graph(for: x)
      for f in formats {
        try atomically("\(x.document.stem).\(f.fileExtension)") { sink in
          let w = try makeWriter(f, sink: sink, options: options)
          try w.write(g)
          try w.finish()
        }
      }
      try atomically("\(x.document.stem).claims.jsonld") { sink in
        try FramedClaimsWriter(options: options).write(g, to: sink)
      }
    }
    // The corpus: each document's own part in turn, then one node per entity with every label seen.
    var table = EntityTable()
    for x in results { table.add(x.entities) }
    for f in formats {
      try atomically("corpus.\(f.fileExtension)") { sink in
        let w = try makeWriter(f, sink: sink, options: options)
        for x in results { try w.write(builder.documentPart(x)) }
        var entities = Graph()
        for e in table.records { builder.entityTriples(e, into: &entities) }
        try w.write(entities)
        try w.finish()
      }
    }
    try atomically("context.jsonld") { try $0.write(jsonLDContextDocument(options: options)) }
    for name in ["ontology.ttl", "shapes.ttl"] {
      guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil) ?? Bundle.module.url(forResource: name, withExtension: nil),
        let data = FileManager.default.contents(atPath: url.path)
      else { continue }
      try atomically(name) { try $0.write([UInt8](data)) }
    }
    try atomically("links.tsv") { try $0.write(Array(Links(results: results).tsv.utf8)) }
  }
}

/// The entities of all documents merged: one record per key, labels and links united.
struct EntityTable {
  private var byKey: [String: EntityRecord] = [:]

  mutating func add(_ entities: [String: EntityRecord]) {
    for key in entities.keys.sorted() {
      let e = entities[key]!
      guard var r = byKey[key] else { byKey[key] = e; continue }
      for (lang, label) in e.labels {
        if let have = r.labels[lang], have != label { r.altLabels[lang, default: []].insert(label) } else { r.labels[lang] = label }
      }
      for (lang, alts) in e.altLabels { r.altLabels[lang, default: []].formUnion(alts) }
      r.wikidata = r.wikidata ?? e.wikidata
      r.affiliation = r.affiliation ?? e.affiliation
      r.partOf = r.partOf ?? e.partOf
      r.date = r.date ?? e.date
      r.place = r.place ?? e.place
      r.participants.formUnion(e.participants)
      r.rules.formUnion(e.rules)
      byKey[key] = r
    }
  }

  var records: [EntityRecord] { byKey.keys.sorted().map { byKey[$0]! } }
}

import ClaimGraphModel
import Extraction
import Foundation
import RuleLanguage
#if canImport(Glibc)
  import Glibc
#endif
import Serialization

/// Writes a run's files as documents arrive: per document `<stem>.<ext>` and `<stem>.claims.jsonld`; the corpus
/// graph document by document, then the merged entity table; then the JSON-LD context, the ontology and shapes,
/// and `links.tsv`. Memory holds one document's graph and the entity table. Everything is written into a staging
/// folder inside the output folder and moved into place only when the whole run has succeeded; on an error the
/// staging folder is removed and the output folder is as it was.
final class OutputWriter {
  /// The output folder the user named.
  let destination: String
  /// Where files are written during the run.
  let folder: String
  private var written: [String] = []
  let formats: [RDFFormat]
  let builder: GraphBuilder
  let options = WriterOptions()
  private var corpusSinks: [AtomicFileSink] = []
  private var corpusWriters: [any RDFStreamWriter] = []
  private var table = EntityTable()
  private(set) var statistics = RunStatistics()

  init(folder: String, formats: [RDFFormat], builder: GraphBuilder) throws {
    self.destination = folder
    self.folder = folder + "/.claimgraph-staging-\(ProcessInfo.processInfo.processIdentifier)"
    self.formats = formats
    self.builder = builder
    do {
      try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
      try? FileManager.default.removeItem(atPath: self.folder)
      try FileManager.default.createDirectory(atPath: self.folder, withIntermediateDirectories: false)
    } catch {
      throw PipelineError(description: "\(folder): error: cannot create the output folder: \(error.localizedDescription)")
    }
    do {
      for f in formats {
        let sink = try AtomicFileSink(path: path("corpus.\(f.fileExtension)"))
        corpusSinks.append(sink)
        corpusWriters.append(try makeWriter(f, sink: sink, options: options))
      }
    } catch {
      abort()
      throw PipelineError(description: "\(destination): error: \(error)")
    }
  }

  func path(_ name: String) -> String { folder + "/" + name }

  func atomically(_ name: String, _ body: (AtomicFileSink) throws -> Void) throws {
    let sink = try AtomicFileSink(path: path(name))
    do {
      try body(sink)
      try sink.commit()
      written.append(name)
    } catch {
      sink.abort()
      throw PipelineError(description: "\(destination)/\(name): error: \(error)")
    }
  }

  /// Writes one document's files and its part of the corpus graph.
  func add(_ x: DocumentExtraction) throws {
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
    let part = builder.documentPart(x)
    for w in corpusWriters {
      do { try w.write(part) } catch { throw PipelineError(description: "\(destination)/corpus: error: \(error)") }
    }
    table.add(x.entities)
    statistics.add(x)
  }

  /// Completes the corpus files (entity table last) and writes the shared files.
  func finish() throws {
    var entities = Graph()
    for e in table.records { builder.entityTriples(e, into: &entities) }
    do {
      for w in corpusWriters {
        try w.write(entities)
        try w.finish()
      }
      for s in corpusSinks { try s.commit() }
      written += formats.map { "corpus.\($0.fileExtension)" }
    } catch {
      abort()
      throw PipelineError(description: "\(destination)/corpus: error: \(error)")
    }
    try atomically("context.jsonld") { try $0.write(jsonLDContextDocument(options: options)) }
    for name in ["ontology.ttl", "shapes.ttl"] {
      guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
        ?? Bundle.module.url(forResource: name, withExtension: nil),
        let data = FileManager.default.contents(atPath: url.path)
      else { throw PipelineError(description: "error: the resource \(name) is missing from this build") }
      try atomically(name) { try $0.write([UInt8](data)) }
    }
    let links = statistics.links.tsv
    try atomically("links.tsv") { try $0.write(Array(links.utf8)) }
    // Everything is complete: move the files into place (each rename replaces the old file at once).
    for name in written {
      if rename(path(name), destination + "/" + name) != 0 {
        throw PipelineError(description: "\(destination)/\(name): error: cannot move the new file into place (errno \(errno))")
      }
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Abandons the run: the staging folder and everything in it are removed; the output folder is as it was.
  func abort() {
    for s in corpusSinks { s.abort() }
    try? FileManager.default.removeItem(atPath: folder)
  }
}

/// The entities of all documents merged: one record per key, labels and links united.
struct EntityTable {
  private var byKey: [EntityKey: EntityRecord] = [:]

  mutating func add(_ entities: [EntityKey: EntityRecord]) {
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

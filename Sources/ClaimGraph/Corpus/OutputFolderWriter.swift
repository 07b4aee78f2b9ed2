import ClaimGraphModel
import Extraction
import Foundation
import RuleLanguage
import Serialization

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a run's files as documents arrive: per document `<stem>.<ext>` and `<stem>.claims.jsonld`; the corpus
/// graph document by document, then the merged entity table; then the JSON-LD context, the ontology and shapes,
/// and `links.tsv`. Memory holds one document's graph and the entity table.
///
/// Everything is written into a staging folder inside the output folder and moved into place only when the
/// whole run has succeeded; on an error the staging folder is removed and the output folder is as it was.
final class OutputFolderWriter {
  /// The output folder the user named.
  let destination: String
  /// Where files are written during the run.
  let staging: String
  let formats: [RDFFormat]
  let builder: GraphBuilder
  /// The ontology and shapes of the rule set's vocabulary, by file name (made before the run starts).
  let vocabularyFiles: [(name: String, bytes: [UInt8])]
  let options = WriterOptions()
  private var written: [String] = []
  private var corpus: [(sink: AtomicFileSink, writer: any RDFStreamWriter)] = []
  private var entities = EntityTable()
  private(set) var statistics = RunStatistics()

  /// Creates the output folder when missing and a fresh staging folder inside it, and opens the corpus files.
  init(
    folder: String, formats: [RDFFormat], builder: GraphBuilder, vocabularyFiles: [(name: String, bytes: [UInt8])]
  ) throws(CorpusRunError) {
    self.destination = folder
    self.staging = folder + "/.claimgraph-staging-\(ProcessInfo.processInfo.processIdentifier)"
    self.formats = formats
    self.builder = builder
    self.vocabularyFiles = vocabularyFiles
    do {
      try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
      try? FileManager.default.removeItem(atPath: staging)
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      throw CorpusRunError("\(folder): error: cannot create the output folder: \(error.localizedDescription)")
    }
    do {
      for f in formats {
        let sink = try AtomicFileSink(path: path("corpus.\(f.fileExtension)"))
        corpus.append((sink, try makeWriter(f, sink: sink, options: options)))
      }
    } catch {
      abort()
      throw CorpusRunError("\(destination): error: \(error)")
    }
  }

  func path(_ name: String) -> String { staging + "/" + name }

  /// Writes the staged file `name` with `body`, completely or not at all.
  func atomically(_ name: String, _ body: (AtomicFileSink) throws -> Void) throws {
    let sink = try AtomicFileSink(path: path(name))
    do {
      try body(sink)
      try sink.commit()
      written.append(name)
    } catch {
      sink.abort()
      throw CorpusRunError("\(destination)/\(name): error: \(error)")
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
      try ClaimsView(options: options).write(g, to: sink)
    }
    let part = builder.documentPart(x)
    for c in corpus {
      do { try c.writer.write(part) } catch { throw CorpusRunError("\(destination)/corpus: error: \(error)") }
    }
    entities.add(x.entities)
    statistics.add(x)
  }

  /// Completes the corpus files (entity table last), writes the shared files, and moves everything into place.
  func finish() throws {
    try finishCorpus()
    try atomically("context.jsonld") { try $0.write(jsonLDContextDocument(options: options)) }
    for (name, bytes) in vocabularyFiles {
      try atomically(name) { try $0.write(bytes) }
    }
    let links = statistics.links.tsv
    try atomically("links.tsv") { try $0.write(Array(links.utf8)) }
    // Everything is complete: move the files into place (each rename replaces the old file at once).
    for name in written where rename(path(name), destination + "/" + name) != 0 {
      throw CorpusRunError("\(destination)/\(name): error: cannot move the new file into place (errno \(errno))")
    }
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// Writes the merged entity nodes into every corpus file and completes them.
  private func finishCorpus() throws {
    var graph = Graph()
    for e in entities.records { builder.entityTriples(e, into: &graph) }
    do {
      for c in corpus {
        try c.writer.write(graph)
        try c.writer.finish()
      }
      for c in corpus { try c.sink.commit() }
      written += formats.map { "corpus.\($0.fileExtension)" }
    } catch {
      abort()
      throw CorpusRunError("\(destination)/corpus: error: \(error)")
    }
  }

  /// Abandons the run: the staging folder and everything in it are removed; the output folder is as it was.
  func abort() {
    for c in corpus { c.sink.abort() }
    try? FileManager.default.removeItem(atPath: staging)
  }
}

import ClaimGraphText
import Extraction
import Foundation
import Patterns
import RuleLanguage
import Serialization

/// A run over a corpus: loads the rules, reads every input, extracts, and writes all outputs atomically.
///
/// Rules and documents are checked before anything is written: a bad rule file or document stops the run with
/// every message, and the output folder stays as it was.
public struct CorpusRun {
  /// The rules folder.
  public let rulesDirectory: String
  /// The base IRI of minted resources.
  public let base: String
  /// The formats of the per-document and corpus graphs.
  public let formats: [RDFFormat]
  /// Matches cut off by the step or depth limit in this run's extractions.
  public let limitLog = PatternLimitLog()

  /// A run with the rules of `rulesDirectory`, minting IRIs under `base`, writing `formats`.
  public init(rulesDirectory: String, base: String, formats: [RDFFormat]) {
    self.rulesDirectory = rulesDirectory
    self.base = base
    self.formats = formats
  }

  /// The rule set; a rule file with errors throws every diagnostic, located in the rules folder.
  public func loadRules() throws(CorpusRunError) -> RuleSet {
    do {
      return try RuleLoader.load(directory: URL(fileURLWithPath: rulesDirectory))
    } catch let e as RuleErrors {
      throw CorpusRunError(e.diagnostics.map { located($0).description })
    } catch {
      throw CorpusRunError("\(rulesDirectory): error: \(error)")
    }
  }

  /// `diagnostic` with its file named by its path (relative files are inside the rules folder).
  public func located(_ diagnostic: Diagnostic) -> Diagnostic {
    let l = diagnostic.location
    let file = l.file.hasPrefix("/") ? l.file : rulesDirectory + "/" + l.file
    return Diagnostic(
      SourceLocation(file: file, line: l.line, column: l.column), diagnostic.message, severity: diagnostic.severity)
  }

  /// Reads every input once: a bad document stops the run before anything is written or created.
  func validate(_ files: [URL]) throws(CorpusRunError) {
    var errors: [String] = []
    for url in files {
      do { _ = try DocumentReader.read(contentsOf: url) } catch { errors.append("\(error)") }
    }
    if !errors.isEmpty { throw CorpusRunError(errors) }
  }

  /// Checks the rules and every input, then reads, extracts and hands over one document at a time: memory
  /// holds one document, whatever the corpus size.
  public func forEachExtraction(inputs: [String], _ body: (DocumentExtraction) throws -> Void) throws {
    let rules = try loadRules()
    let files = try InputFiles.resolve(inputs)
    try validate(files)
    try forEachExtraction(files: files, rules: rules, body)
  }

  func forEachExtraction(files: [URL], rules: RuleSet, _ body: (DocumentExtraction) throws -> Void) throws {
    let extractor = Extractor(rules: rules, limitLog: limitLog)
    for url in files {
      let doc: SourceDocument
      do { doc = try DocumentReader.read(contentsOf: url) } catch { throw CorpusRunError("\(error)") }
      try body(extractor.extract(doc))
    }
  }

  /// Every extraction at once (for `check-rules` and tests on small inputs).
  public func extractAll(inputs: [String]) throws -> [DocumentExtraction] {
    var out: [DocumentExtraction] = []
    try forEachExtraction(inputs: inputs) { out.append($0) }
    return out
  }

  /// The entities and events of the inputs found in more than one document.
  public func links(inputs: [String]) throws -> LinkTable {
    var links = LinkTable()
    try forEachExtraction(inputs: inputs) { links.add($0) }
    return links
  }

  /// Extracts the inputs into the folder `output` and returns the summary. Rules, the ontology and shapes made
  /// from their vocabulary, and documents are checked before the output folder is touched.
  public func run(inputs: [String], output: String) throws -> RunSummary {
    let rules = try loadRules()
    let files = try InputFiles.resolve(inputs)
    try validate(files)
    let vocabularyFiles = try VocabularyFiles.all(for: rules.vocabulary, file: rulesDirectory + "/vocabulary.yaml")
    let writer = try OutputFolderWriter(
      folder: output, formats: formats, builder: GraphBuilder(base: base), vocabularyFiles: vocabularyFiles)
    do {
      try forEachExtraction(files: files, rules: rules) { try writer.add($0) }
      try writer.finish()
    } catch {
      writer.abort()
      throw error
    }
    return RunSummary(statistics: writer.statistics, cutOffPatterns: limitLog.entries)
  }
}

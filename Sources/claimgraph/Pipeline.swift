import ClaimGraphModel
import ClaimGraphText
import Extraction
import Foundation
import Patterns
import RuleLanguage
import Serialization

/// An error that stops extraction before anything is written, with every message to show the user.
struct PipelineError: Error, CustomStringConvertible {
  let description: String
}

/// Drives the library: loads rules, reads every input, extracts, then writes all outputs atomically.
struct Pipeline {
  let rulesDirectory: String
  let base: String
  let formats: [RDFFormat]

  func loadRules() throws -> RuleSet {
    do {
      return try RuleLoader.load(directory: URL(fileURLWithPath: rulesDirectory))
    } catch let e as RuleErrors {
      throw PipelineError(description: e.diagnostics.map { prefixed($0) }.joined(separator: "\n"))
    }
  }

  func prefixed(_ d: Diagnostic) -> String {
    let file = d.location.file.hasPrefix("/") ? d.location.file : rulesDirectory + "/" + d.location.file
    return "\(file):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message)"
  }

  /// Names of the files every run writes beside the documents' own.
  static let reservedStems: Set<String> = ["corpus", "context", "ontology", "shapes", "links"]

  /// The input files: files as given, folders expanded to their `*.txt` files; sorted by file name so that the
  /// output never depends on the order of the arguments.
  static func inputFiles(_ inputs: [String]) throws -> [URL] {
    var out: [URL] = []
    let fm = FileManager.default
    for i in inputs {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: i, isDirectory: &isDir) else { throw PipelineError(description: "\(i): error: no such file or folder") }
      if isDir.boolValue {
        let names = try fm.contentsOfDirectory(atPath: i).filter { $0.hasSuffix(".txt") }
        out += names.map { URL(fileURLWithPath: i).appendingPathComponent($0) }
      } else {
        out.append(URL(fileURLWithPath: i))
      }
    }
    if out.isEmpty { throw PipelineError(description: "error: no input documents (*.txt) in \(inputs.joined(separator: ", "))") }
    // Each document's files and IRI come from its file name without the extension: two inputs with the same
    // stem, or a stem that names one of the run's shared files, would overwrite each other.
    var byStem: [String: URL] = [:]
    var problems: [String] = []
    for url in out {
      let stem = url.deletingPathExtension().lastPathComponent
      if let other = byStem[stem], other.standardizedFileURL.path != url.standardizedFileURL.path {
        problems.append("\(url.path): error: another input has the same name '\(stem)': \(other.path)")
      } else if Self.reservedStems.contains(stem) {
        problems.append("\(url.path): error: '\(stem)' is the name of a file every run writes (\(Self.reservedStems.sorted().joined(separator: ", "))); rename the document")
      }
      byStem[stem] = byStem[stem] ?? url
    }
    if !problems.isEmpty { throw PipelineError(description: problems.joined(separator: "\n")) }
    return byStem.values.sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// Reads every input once: a bad document stops the run before anything is written or created.
  func validate(_ files: [URL]) throws {
    var errors: [String] = []
    for url in files {
      do { _ = try DocumentReader.read(contentsOf: url) } catch { errors.append("\(error)") }
    }
    if !errors.isEmpty { throw PipelineError(description: errors.joined(separator: "\n")) }
  }

  /// Checks every input, then reads, extracts and hands over one document at a time: memory holds one
  /// document, whatever the corpus size.
  func forEachExtraction(inputs: [String], _ body: (DocumentExtraction) throws -> Void) throws {
    let rules = try loadRules()
    let files = try Self.inputFiles(inputs)
    try validate(files)
    try forEachExtraction(files: files, rules: rules, body)
  }

  /// Matches cut off by the step or depth limit in this pipeline's runs.
  let limitLog = PatternLimitLog()

  func forEachExtraction(files: [URL], rules: RuleSet, _ body: (DocumentExtraction) throws -> Void) throws {
    let extractor = Extractor(rules: rules, limitLog: limitLog)
    for url in files {
      let doc: SourceDocument
      do { doc = try DocumentReader.read(contentsOf: url) } catch { throw PipelineError(description: "\(error)") }
      try body(extractor.extract(doc))
    }
  }

  /// Every extraction at once (for `check-rules` and tests on small inputs).
  func extractAll(inputs: [String]) throws -> [DocumentExtraction] {
    var out: [DocumentExtraction] = []
    try forEachExtraction(inputs: inputs) { out.append($0) }
    return out
  }

  /// Extracts the inputs into `output` and returns the summary. Rules and documents are checked before the
  /// output folder is touched.
  func run(inputs: [String], output: String) throws -> String {
    let rules = try loadRules()
    let files = try Self.inputFiles(inputs)
    try validate(files)
    let writer = try OutputWriter(folder: output, formats: formats, builder: GraphBuilder(base: base))
    do {
      try forEachExtraction(files: files, rules: rules) { try writer.add($0) }
      try writer.finish()
    } catch {
      writer.abort()
      throw error
    }
    return writer.statistics.text + limitLog.entries.map {
      "warning: matching of pattern '\($0.source)' was cut off \($0.count) times (step or depth limit)\n"
    }.joined()
  }
}

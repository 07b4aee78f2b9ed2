import ClaimGraphModel
import ClaimGraphText
import Extraction
import Foundation
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
    var seen = Set<String>()
    out = out.filter { seen.insert($0.lastPathComponent).inserted || false }
    if out.isEmpty { throw PipelineError(description: "error: no input documents (*.txt) in \(inputs.joined(separator: ", "))") }
    return out.sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  func extractAll(inputs: [String]) throws -> (RuleSet, [DocumentExtraction]) {
    let rules = try loadRules()
    let extractor = Extractor(rules: rules)
    var docs: [SourceDocument] = []
    var errors: [String] = []
    for url in try Self.inputFiles(inputs) {
      do { docs.append(try DocumentReader.read(contentsOf: url)) } catch { errors.append("\(error)") }
    }
    if !errors.isEmpty { throw PipelineError(description: errors.joined(separator: "\n")) }
    return (rules, docs.map { extractor.extract($0) })
  }

  func run(inputs: [String], output: String) throws -> String {
    let (_, results) = try extractAll(inputs: inputs)
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    let builder = GraphBuilder(base: base)
    let writer = OutputWriter(folder: output, formats: formats, builder: builder)
    try writer.write(results)
    return Summary(results: results).text
  }
}

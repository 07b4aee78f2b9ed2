import ArgumentParser
import ClaimGraphModel
import Foundation
import Serialization

/// `claimgraph convert IN.nt --format rdfxml,jsonld,nquads,turtle --output DIR`: reads N-Triples (or
/// N-Quads) and writes `DIR/<stem>.<ext>` for each format, each file atomically.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "convert an N-Triples file to the other formats"
  )

  @Argument(help: "the N-Triples or N-Quads file to read")
  var input: String

  @Option(help: "comma-separated formats: rdfxml, jsonld, nquads, turtle")
  var format: String = RDFFormat.allCases.map(\.rawValue).joined(separator: ",")

  @Option(name: [.short, .long], help: "the folder to write into (created when missing)")
  var output: String

  @Option(name: .customLong("context-url"), help: "refer to this JSON-LD context instead of writing it inline")
  var contextURL: String?

  func validate() throws {
    _ = try formats()
  }

  func run() throws {
    do {
      let formats = try formats()
      guard let data = FileManager.default.contents(atPath: input) else {
        throw SerializationError("cannot read '\(input)'")
      }
      let graphs = try NTriplesParser(fileName: input).parseDataset([UInt8](data))
      try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
      var options = WriterOptions()
      if let contextURL { options.jsonldContext = .reference(contextURL) }
      for format in formats {
        let path = (output as NSString).appendingPathComponent("\(stem).\(format.fileExtension)")
        let sink = try AtomicFileSink(path: path)
        do {
          let writer = try makeWriter(format, sink: sink, options: options)
          for graph in graphs { try writer.write(graph) }
          try writer.finish()
          try sink.commit()
        } catch {
          sink.abort()
          throw error
        }
      }
    } catch let error as NTriplesSyntaxError {
      Self.report("\(error)")
      throw ExitCode.failure
    } catch let error as SerializationError {
      Self.report("error: \(error)")
      throw ExitCode.failure
    }
  }

  /// The input's file name without its extension.
  private var stem: String {
    let name = (input as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  private func formats() throws -> [RDFFormat] {
    var formats: [RDFFormat] = []
    for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let f = RDFFormat(name: name) else {
        throw ValidationError("unknown format '\(name)' (expected rdfxml, jsonld, nquads or turtle)")
      }
      if !formats.contains(f) { formats.append(f) }
    }
    guard !formats.isEmpty else { throw ValidationError("no format given") }
    return formats
  }

  private static func report(_ message: String) { DiagnosticsPrinter.write(message + "\n") }
}

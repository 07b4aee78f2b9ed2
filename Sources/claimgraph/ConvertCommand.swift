import ArgumentParser
import ClaimGraph
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
      try GraphFileConversion(input: input, contextURL: contextURL).write(try formats(), into: output)
    } catch let error as NTriplesSyntaxError {
      throw DiagnosticsPrinter.fail(error)
    } catch let error as SerializationError {
      throw DiagnosticsPrinter.fail("error: \(error)")
    }
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
}

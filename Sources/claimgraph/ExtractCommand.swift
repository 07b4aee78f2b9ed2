import ArgumentParser
import ClaimGraphModel
import Foundation
import Serialization

/// `claimgraph extract [INPUT ...] [--rules DIR] [--output DIR] [--base IRI] [--format LIST]`.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract every document of the inputs into per-document and corpus graphs."
  )

  @Argument(help: "Input files or folders (default: seeds/).")
  var inputs: [String] = []

  @Option(help: "The rules folder.")
  var rules: String = "rules"

  @Option(name: [.short, .long], help: "The output folder.")
  var output: String = "output"

  @Option(help: "The base IRI for minted resources.")
  var base: String = Namespaces.defaultBase

  @Option(help: "Comma-separated formats: rdfxml, jsonld, nquads, turtle.")
  var format: String = "rdfxml,jsonld"

  func run() throws {
    let formats = try format.split(separator: ",").map { name -> RDFFormat in
      guard let f = RDFFormat(name: String(name).trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("unknown format '\(name)' (expected rdfxml, jsonld, nquads or turtle)")
      }
      return f
    }
    guard base.hasSuffix("/") || base.hasSuffix("#"), URL(string: base)?.scheme != nil else {
      throw ValidationError("--base must be an absolute IRI ending in '/' or '#', got '\(base)'")
    }
    let pipeline = Pipeline(rulesDirectory: rules, base: base, formats: formats)
    do {
      let summary = try pipeline.run(inputs: inputs.isEmpty ? ["seeds"] : inputs, output: output)
      StandardError.write(summary)
    } catch let e as PipelineError {
      throw StandardError.fail(e.description)
    }
  }
}

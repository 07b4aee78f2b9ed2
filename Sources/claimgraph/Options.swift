import ArgumentParser
import ClaimGraphModel
import Foundation
import Serialization

/// The documents of a command and the rules to read them with: `[INPUT ...] [--rules DIR]`.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Input files or folders (default: seeds/).")
  var inputs: [String] = []

  @Option(help: "The rules folder.")
  var rules: String = "rules"

  /// The inputs, `seeds` when none is given.
  var inputsOrSeeds: [String] { inputs.isEmpty ? ["seeds"] : inputs }
}

/// Where and how a command writes graphs: `[--output DIR] [--base IRI] [--format LIST]`.
struct OutputOptions: ParsableArguments {
  @Option(name: [.short, .long], help: "The output folder.")
  var output: String = "output"

  @Option(help: "The base IRI for minted resources.")
  var base: String = Namespaces.defaultBase

  @Option(help: "Comma-separated formats: rdfxml, jsonld, nquads, turtle.")
  var format: String = "rdfxml,jsonld"

  /// The formats named by `--format`, in the order given.
  func formats() throws -> [RDFFormat] {
    try format.split(separator: ",").map { name -> RDFFormat in
      guard let f = RDFFormat(name: String(name).trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("unknown format '\(name)' (expected rdfxml, jsonld, nquads or turtle)")
      }
      return f
    }
  }

  /// Throws when `--base` is not an absolute IRI ending in `/` or `#`.
  func checkBase() throws {
    guard base.hasSuffix("/") || base.hasSuffix("#"), URL(string: base)?.scheme != nil else {
      throw ValidationError("--base must be an absolute IRI ending in '/' or '#', got '\(base)'")
    }
  }
}

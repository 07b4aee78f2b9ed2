import ArgumentParser
import Foundation

/// `claimgraph link [INPUT ...]`: lists the entities and events named in more than one document.
struct LinkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link", abstract: "List the entities and events found in more than one document, with documents and dates.")

  @Argument(help: "Input files or folders (default: seeds/).")
  var inputs: [String] = []
  @Option(help: "The rules folder.")
  var rules: String = "rules"

  func run() throws {
    do {
      var links = LinkTable()
      try Pipeline(rulesDirectory: rules, base: "", formats: []).forEachExtraction(inputs: inputs.isEmpty ? ["seeds"] : inputs) {
        links.add($0)
      }
      print(links.tsv, terminator: "")
    } catch let e as PipelineError {
      throw StandardError.fail(e.description)
    }
  }
}

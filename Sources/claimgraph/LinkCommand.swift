import ArgumentParser
import ClaimGraph

/// `claimgraph link [INPUT ...]`: lists the entities and events named in more than one document.
struct LinkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link",
    abstract: "List the entities and events found in more than one document, with documents and dates.")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    do {
      let run = CorpusRun(rulesDirectory: corpus.rules, base: "", formats: [])
      print(try run.links(inputs: corpus.inputsOrSeeds).tsv, terminator: "")
    } catch let e as CorpusRunError {
      throw DiagnosticsPrinter.fail(e)
    }
  }
}
